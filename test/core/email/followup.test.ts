import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";

// Reference: the forward's Date header, read on its own calendar date (Thursday 30 January 2025 here).
const THU = dateOfHeader("Thu, 30 Jan 2025 16:45:00 -0500");

describe("follow-up dates from the owner's note", () => {
  test.each<[string, string, string | undefined]>([
    ['"next Tuesday" is the first Tuesday after the forward', "follow up next Tuesday", "2025-02-04"],
    ["a bare weekday is the first such day after, never the same day", "Call Thursday", "2025-02-06"],
    ["a date without a year is its next occurrence, into the next year", "call back Jan 5", "2026-01-05"],
    ["a date without a year on the forward's own day is that day", "ring her Jan 30", "2025-01-30"],
    ['"in 2 weeks" counts from the forward\'s date', "Follow up in 2 weeks - wants a quote", "2025-02-13"],
    ['"tomorrow"', "call him tomorrow", "2025-01-31"],
    ["Spanish weekday", "Llamarla el jueves.", "2025-02-06"],
    ["German weekday after Rückruf", "Rückruf am Montag.", "2025-02-03"],
    ['French "demain"', "le rappeler demain", "2025-01-31"],
    ['Italian "tra 2 settimane"', "richiamare tra 2 settimane", "2025-02-13"],
    ["Dutch weekday", "terugbellen op vrijdag", "2025-01-31"],
    ["Portuguese date with month name", "ligar dia 3 de março", "2025-03-03"],
    ['a time of day ("last night") is no follow-up date', "Met him last night. Call Friday.", "2025-01-31"],
    [
      "no request to follow up: a date alone is not a follow-up",
      "she mentioned the gala on March 3",
      undefined,
    ],
    ["no date at all", "great lead, call her", undefined],
    ['"this week" names no day', "please call him this week", undefined],
    ['"next week" is a week on', "call her next week", "2025-02-06"],
    [
      'a day of the month without a month ("on the 12th") is its next occurrence',
      "Follow up on the 12th",
      "2025-02-12",
    ],
    ["a day of the month still ahead this month stays in this month", "call her on the 31st", "2025-01-31"],
    ['French "le 12" without a month', "rappeler le 12", "2025-02-12"],
    [
      'a deadline ("before the 20th") is no follow-up; the weekday asked for is',
      "needs it before the 20th - call Monday",
      "2025-02-03",
    ],
    ['"the 3rd floor" counts floors, not days', "call him, office on the 3rd floor", undefined],
    [
      'a rate ("20+ weddings a year") is no date; the weekday asked for is',
      "20+ weddings a year. Follow up Monday.",
      "2025-02-03",
    ],
    [
      'a rate of two periods ("7 days a week") is no date either',
      "open 7 days a week, call him tomorrow",
      "2025-01-31",
    ],
    ['"in a couple of weeks" is two weeks on', "call back in a couple of weeks", "2025-02-13"],
    [
      '"Chase in a fortnight" (en-GB): a cue and a period chrono does not know',
      "Chase in a fortnight",
      "2025-02-13",
    ],
    ["Italian verb with its pronoun attached", "Ricontattarla lunedì.", "2025-02-03"],
    ["Italian weekday ending in an accented letter", "Richiamare giovedì.", "2025-02-06"],
    ["Swedish request and weekday", "kan du ringa henne på fredag?", "2025-01-31"],
    ["Polish weekday after a preposition", "zadzwonić w poniedziałek", "2025-02-03"],
    ["Polish case form of a weekday", "zadzwonić w środę", "2025-02-05"],
    ["Czech weekday", "zavolat ve středu", "2025-02-05"],
    ["Finnish weekday with its case ending", "soita perjantaina", "2025-01-31"],
    ["Turkish weekday", "pazartesi ara", "2025-02-03"],
    ["Russian weekday", "перезвонить в пятницу", "2025-01-31"],
    ["Japanese: next week's Monday, no spaces between words", "来週月曜にフォロー。", "2025-02-03"],
    ["Japanese: in two weeks, the period written before its word", "2週間後に電話", "2025-02-13"],
    ['Polish "za tydzień": a week without a count is one', "zadzwonić za tydzień", "2025-02-06"],
    ['Swedish "om två veckor"', "ring henne om två veckor", "2025-02-13"],
    ['German "nächste Woche" is a week on', "nächste Woche anrufen", "2025-02-06"],
    ['Norwegian "i morgen"', "ring meg i morgen", "2025-01-31"],
    // A phone number is no date: chrono read "312-555-0158" as the forward's own day.
    [
      "a phone number in a note that asks for a call gives no date",
      "Nora decides now, call her at 312-555-0158.",
      undefined,
    ],
    ["a date written with a slash still counts", "call her back 2/14", "2025-02-14"],
    ['an ordinal day still counts ("the 14th")', "call her on the 14th", "2025-02-14"],
    ['a count of days still counts ("in 10 days")', "follow up in 10 days", "2025-02-09"],
  ])("%s", (_why, note, expected) => {
    expect(followUpFromNote(note, THU).date).toBe(expected);
  });

  test('"tomorrow" at 23:30 -0500 is the next day of the sender\'s calendar, although UTC is already a day on', () => {
    expect(followUpFromNote("call tomorrow", dateOfHeader("Fri, 3 Jan 2025 23:30:00 -0500")).date).toBe(
      "2025-01-04",
    );
  });

  test('"after the holidays" gets a sensible date and a warning to check it', () => {
    const r = followUpFromNote(
      "follow up after the holidays",
      dateOfHeader("Mon, 1 Dec 2025 12:00:00 -0700"),
    );
    expect(r.date).toBe("2026-01-05");
    expect(r.warning).toMatch(/after the holidays/);
  });
});
