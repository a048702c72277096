// Follow-up notes as owners jot them: weekday short forms ("call Tue 15th") and a note that is only a date.
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
  ])("%s: %j", (_why, note, expected) => {
    expect(followUpFromNote(note, MON).date).toBe(expected);
  });
});
