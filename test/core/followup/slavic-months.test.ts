// Day-month follow-ups in Slovenian, Croatian, Serbian/Bosnian (latin) and Slovak: genitive month names.
import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";

// Reference: a forward written on Monday 7 December 2026.
const MON = dateOfHeader("Mon, 7 Dec 2026 09:15:00 +0100");

describe("genitive month names after a day", () => {
  test.each<[why: string, note: string, expected: string]>([
    ["sl: after the holidays, a day and 'januarja'", "Pokliči ga po novem letu, 8. januarja.", "2027-01-08"],
    ["sl: 'junija' is June", "Javi se mu 12. junija.", "2027-06-12"],
    ["hr: 'siječnja' is January", "Nazovi je nakon blagdana, 11. siječnja.", "2027-01-11"],
    ["hr: 'veljače' is February", "Javiti se 3. veljače.", "2027-02-03"],
    ["sr/bs latin: 'januara'", "Nazovi ga 14. januara.", "2027-01-14"],
    ["sk: 'januára' with its accent", "Zavolať mu 9. januára.", "2027-01-09"],
    ["cs: 'ledna' still January", "Zavolat 5. ledna.", "2027-01-05"],
    ["a day later this month in sl", "Pokliči 21. decembra.", "2026-12-21"],
  ])("%s", (_why, note, expected) => {
    expect(followUpFromNote(note, MON)?.date).toBe(expected);
  });
});
