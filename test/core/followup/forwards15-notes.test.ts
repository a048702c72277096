// Follow-up wordings of issue 13's emails-forwards15 causes: a month's end named as one phrase, da "den 4.",
// hr/sk "za dva tjedna", ru/uk weekdays in the genitive, and a French phone number that is no day. Fictional notes.
import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";

// A forward written on Tuesday 1 December 2026.
const TUE = dateOfHeader("Tue, 1 Dec 2026 10:00:00 +0100");

describe("the end of this month written as one phrase is its last day", () => {
  test.each<[why: string, note: string, expected: string]>([
    ["cs 'do konce měsíce' (by the end of the month)", "Ozvat se mu do konce měsíce.", "2026-12-31"],
    ["sk 'koncom mesiaca'", "Zavolať koncom mesiaca, chcú ponuku.", "2026-12-31"],
    ["pl 'pod koniec miesiąca'", "Zadzwonić pod koniec miesiąca.", "2026-12-31"],
    ["ru 'в конце месяца'", "Перезвонить в конце месяца.", "2026-12-31"],
    ["ko '월말' (month-end), unspaced", "월말에 전화 부탁드립니다.", "2026-12-31"],
    ["ja '月末' after no month number", "月末に電話してください。", "2026-12-31"],
  ])("%s", (_why, note, expected) => {
    expect(followUpFromNote(note, TUE).date).toBe(expected);
  });
});

test("da 'den 4.' after the holidays, written on 7 December, is 4 January", () => {
  const MON = dateOfHeader("Mon, 7 Dec 2026 16:05:00 +0100");
  expect(followUpFromNote("Ring efter juleferien, den 4.", MON).date).toBe("2027-01-04");
});

describe("more day words of the owner's language", () => {
  test.each<[why: string, note: string, expected: string | undefined]>([
    ["nb 'den 15.' alone", "Ring henne den 15.", "2026-12-15"],
    ["hr 'za dva tjedna' (in two weeks)", "Nazovi ga za dva tjedna.", "2026-12-15"],
    ["sk 'za dva týždne'", "Zavolať za dva týždne.", "2026-12-15"],
    ["uk genitive 'наступного четверга' (next Thursday)", "Зателефонуй наступного четверга.", "2026-12-03"],
    ["ru genitive weekday 'до пятницы'", "Позвонить до пятницы.", "2026-12-04"],
    [
      "uk genitive of the day the note is written on is a week on",
      "Зателефонуй наступного вівторка.",
      "2026-12-08",
    ],
    [
      "fr: a mobile written in pairs after 'le' is no day of the month",
      "Je l'ai eue au téléphone : son portable c'est le 06 39 98 44 10.",
      undefined,
    ],
  ])("%s", (_why, note, expected) => {
    expect(followUpFromNote(note, TUE).date).toBe(expected);
  });
});
