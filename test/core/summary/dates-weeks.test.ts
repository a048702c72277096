// Days and weeks as the Summary counts them: typed dates read, weeks cut at the ledger's local midnight.
import { dayOf } from "../../../src/core/summary/day";
import { lastWeekStarts, weekStartOf, weekdayIndex } from "../../../src/core/summary/weeks";

const TZ = "America/Toronto";

describe("dayOf", () => {
  test.each<[string, unknown, string, boolean]>([
    ["a date-only cell is local midnight", new Date("2026-03-09T04:00:00Z"), "2026-03-09", false],
    [
      "late Sunday evening in Toronto is still Sunday although it is Monday in UTC",
      new Date("2026-11-02T04:30:00Z"),
      "2026-11-01",
      false,
    ],
    ["ISO typed as text", "2026-03-04", "2026-03-04", false],
    ["a month name first", "Mar 4, 2026", "2026-03-04", false],
    ["a day then a month name", "4 March 2026", "2026-03-04", false],
    ["slashes read month first by default (US, Canada)", "3/4/2026", "2026-03-04", false],
    ["slashes read day first where the ledger does", "3/4/2026", "2026-04-03", true],
    ["a day over 12 settles the order whatever the setting", "13/3/2026", "2026-03-13", false],
    ["a day that does not exist is no date", "2026-02-30", "", false],
    ["words are no date", "last Tuesday", "", false],
    ["a blank is no date", "", "", false],
  ])("%s", (_why, value, expected, dayFirst) => {
    expect(dayOf(value, TZ, dayFirst)).toBe(expected);
  });
});

describe("weeks", () => {
  test("weekday names read loosely, unreadable is Monday", () => {
    expect([
      weekdayIndex("Sunday"),
      weekdayIndex("sat"),
      weekdayIndex("Monday"),
      weekdayIndex("whenever"),
    ]).toEqual([0, 6, 1, 1]);
  });
  test.each<[string, string, number, string]>([
    ["a Monday starts its own week", "2026-11-30", 1, "2026-11-30"],
    ["a Sunday belongs to the Monday before", "2026-11-29", 1, "2026-11-23"],
    ["with Sunday weeks, Sunday starts one", "2026-11-29", 0, "2026-11-29"],
    ["with Sunday weeks, Saturday ends one", "2026-11-28", 0, "2026-11-22"],
  ])("%s", (_why, ymd, start, expected) => {
    expect(weekStartOf(ymd, start)).toBe(expected);
  });
  test("the 12 whole weeks before this one, oldest first; the last is the week just ended", () => {
    const starts = lastWeekStarts("2026-11-30", 1);
    expect(starts).toHaveLength(12);
    expect(starts[11]).toBe("2026-11-23");
    expect(starts[0]).toBe("2026-09-07");
    // the week of the fall-back change (Nov 1) is still seven calendar days
    expect(starts).toContain("2026-10-26");
    expect(starts).toContain("2026-11-02");
  });
});
