// Follow-up notes as owners jot them: short weekdays and months, a bare date, a part of this or next month.
import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";

// Reference: a forward written on Monday 7 December 2026.
const MON = dateOfHeader("Mon, 7 Dec 2026 09:15:00 +0100");

describe("weekday short forms and bare dates in a note", () => {
  test.each<[why: string, note: string, expected: string | undefined]>([
    ["English short weekday after the cue", "Call Tue", "2026-12-08"],
    ["English short weekday with its day number names that week", "call Tue 15th", "2026-12-15"],
    [
      "several facts in one line, the follow-up in the middle",
      "Met at the fair – call Thu – mobile 07700 900 412",
      "2026-12-10",
    ],
    ["'ring him Wed'", "ring him Wed", "2026-12-09"],
    ["a note that is only a period asks for a follow-up then", "in three weeks", "2026-12-28"],
    ["a note that is only a weekday", "Friday", "2026-12-11"],
    ["a bare French period", "dans 3 semaines", "2026-12-28"],
    ["a short note that only mentions a day is no request", "Monday's meeting went well", undefined],
    ["a past short weekday is when they met, not a follow-up", "met him last Tue", undefined],
    ["'sat' is a verb, never Saturday", "Sat with him at lunch", undefined],
    ["a part of next month is its 1st, 15th or last day", "Call Andrei early next month.", "2027-01-01"],
    [
      "es: a Mexican colleague's conditional, end of this month",
      "Yo le marcaría a fin de mes.",
      "2026-12-31",
    ],
    ["de: the end of this month", "Ende des Monats anrufen", "2026-12-31"],
    ["fr: the start of next month", "Rappeler début du mois prochain", "2027-01-01"],
    ["early this month has passed: no date", "call early this month", undefined],
    ["da: a day and a dotted short month", "Ring efter nytår, 4. jan", "2027-01-04"],
    ["de: 'am 3. Dez.' is a date, not the next 3rd", "Anrufen am 3. Dez.", "2027-12-03"],
    [
      "a typo in the cue still asks ('folow up')",
      "met her at the fair on sat, folow up monday",
      "2026-12-14",
    ],
    ["'nxt week' typed on a phone", "call him nxt week", "2026-12-14"],
    ["de: a calendar week is its Monday ('Rückruf KW 51')", "Rückruf KW 51", "2026-12-14"],
    ["de: a week already past is next year's", "Rückruf KW 2", "2027-01-11"],
    ["nb: 'uke 51'", "ring i uke 51", "2026-12-14"],
    ["en: 'EOW' is this week's Friday", "follow up EOW", "2026-12-11"],
    [
      "de: an appointment's week is not the call-back asked after the dash",
      "Termin KW 15 – Rückruf am Montag.",
      "2026-12-14",
    ],
    [
      "a weekday beside 'next week' is that day of next week, not this one",
      "call next week Tuesday",
      "2026-12-15",
    ],
    ["the weekday first ('Tuesday next week')", "Tuesday next week", "2026-12-15"],
    ["de: 'nächste Woche Dienstag'", "nächste Woche Dienstag anrufen", "2026-12-15"],
    ["nl: 'volgende week dinsdag'", "volgende week dinsdag bellen", "2026-12-15"],
    [
      "a weekday in another sentence than 'next week' is this week's",
      "Ring him Tuesday. Met him next week at the fair",
      "2026-12-08",
    ],
  ])("%s: %j", (_why, note, expected) => {
    expect(followUpFromNote(note, MON).date).toBe(expected);
  });
});
