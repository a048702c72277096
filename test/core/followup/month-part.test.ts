// Follow-up notes that name a part of a month, and wordings of languages the note tables lately learned.
import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";

// Reference: a forward written on Monday 7 December 2026.
const MON = dateOfHeader("Mon, 7 Dec 2026 09:15:00 +0100");

describe("a part of a month is its 1st, its 15th or its last day", () => {
  test.each<[why: string, note: string, expected: string | undefined]>([
    ["English early / mid / late", "Ping him early January", "2027-01-01"],
    ["English mid-month with a hyphen", "Check back mid-January", "2027-01-15"],
    ["English late month is its last day, as chrono reads 'end of'", "Follow up late January", "2027-01-31"],
    ["French 'début' names no day but the month's start", "Rappeler début février", "2027-02-01"],
    ["German 'Mitte' before the month", "Mitte Januar nachfassen", "2027-01-15"],
    ["Spanish 'a finales de'", "Llamar a finales de enero", "2027-01-31"],
    ["Italian 'a metà'", "Richiamare a metà marzo", "2027-03-15"],
    ["Dutch 'eind' (last day of a 28-day month)", "Eind februari bellen", "2027-02-28"],
    ["Portuguese 'em meados de'", "Ligar em meados de janeiro", "2027-01-15"],
    ["Swedish 'i slutet av'", "Ring i slutet av januari", "2027-01-31"],
    ["Danish business Latin 'primo'", "Ring primo januar", "2027-01-01"],
    ["Polish 'na początku' with the genitive month", "Zadzwonić na początku stycznia", "2027-01-01"],
    ["Russian 'в середине' with the genitive month", "Перезвонить в середине января", "2027-01-15"],
    ["Japanese 上旬 / 中旬 / 下旬 after a numbered month", "1月下旬に電話", "2027-01-31"],
    ["Korean 중순 after a numbered month", "1월 중순 연락", "2027-01-15"],
    ["the start of the month already under way is no date a year on", "Call him early December", undefined],
    [
      "Dutch 'begin' before an English verb is no month's start",
      "Call when they begin planning in May",
      undefined,
    ],
    ["no follow-up asked: a month's part alone is nothing", "They open mid-January", undefined],
  ])("%s", (_why, note, expected) => {
    expect(followUpFromNote(note, MON).date).toBe(expected);
  });
});

describe("follow-up cues and weekdays in more languages", () => {
  test.each<[why: string, note: string, expected: string]>([
    ["Czech genitive weekday after 'do' (by Friday)", "Ozvat se do pátku.", "2026-12-11"],
    ["Czech genitive Thursday", "Zavolat do čtvrtka.", "2026-12-10"],
    ["Greek 'κάλεσε' (call)", "Κάλεσέ τον την Πέμπτη.", "2026-12-10"],
    ["Greek 'να τον πάρω τηλέφωνο' (I am to phone him)", "Να τον πάρω τηλέφωνο την Παρασκευή.", "2026-12-11"],
    ["Bulgarian cue and weekday", "Да се обадя в петък.", "2026-12-11"],
    ["Bulgarian imperative", "Обади се в понеделник.", "2026-12-14"],
    ["Hungarian 'hívd' alone (call them)", "Hívd pénteken.", "2026-12-11"],
  ])("%s", (_why, note, expected) => {
    expect(followUpFromNote(note, MON).date).toBe(expected);
  });
});
