// Every open lead accounted for: one rule, shared by the Leads highlight, the digest and the Summary.
import { followUpStatus } from "../../src/core/ledger/accounted";
import type { LeadRecord } from "../../src/core/ledger/record";

const TZ = "America/Toronto";
const today = "2026-12-10";

describe("followUpStatus", () => {
  test.each<[string, LeadRecord, string]>([
    [
      "an open lead with a date ahead is fine",
      { stage: "New", nextFollowUp: "2026-12-14", captured: "2026-12-09" },
      "ok",
    ],
    [
      "a cleared follow-up leaves an open lead with no next step",
      { stage: "Contacted", nextFollowUp: "" },
      "noNextStep",
    ],
    [
      "a blank Stage is a row the user typed: it counts as New",
      { stage: "", nextFollowUp: "" },
      "noNextStep",
    ],
    [
      "the day itself is a reminder, not a lapse",
      { stage: "Proposal", nextFollowUp: "2026-12-10" },
      "dueToday",
    ],
    [
      "within the grace days a passed date is not yet overdue",
      { stage: "New", nextFollowUp: "2026-12-08", captured: "2026-12-01" },
      "ok",
    ],
    [
      "past the grace days with nothing done since, it is overdue",
      { stage: "New", nextFollowUp: "2026-12-07", captured: "2026-12-01" },
      "overdue",
    ],
    [
      "activity after the date means the user acted on it",
      { stage: "Appointment", nextFollowUp: "2026-12-01", lastActivity: "2026-12-03" },
      "ok",
    ],
    [
      "a date cell (not text) counts the same",
      { stage: "New", nextFollowUp: new Date("2026-12-01T05:00:00Z"), captured: "2026-11-30" },
      "overdue",
    ],
    [
      "no touch for over two weeks is untouched",
      { stage: "Contacted", nextFollowUp: "2026-12-20", lastActivity: "2026-11-20" },
      "untouched",
    ],
    ["Won is closed whatever its dates", { stage: "Won", nextFollowUp: "" }, "closed"],
    [
      "a Lost lead's call-back date is never a lapse",
      { stage: "Lost", nextFollowUp: "2026-11-01" },
      "closed",
    ],
    ["a Stage the user invented is left alone", { stage: "On hold", nextFollowUp: "" }, "closed"],
  ])("%s", (_why, rec, expected) => {
    expect(followUpStatus(rec, today, TZ)).toBe(expected);
  });

  test("the grace days come from the rules (Settings)", () => {
    const rec: LeadRecord = { stage: "New", nextFollowUp: "2026-12-09", captured: "2026-12-01" };
    expect(followUpStatus(rec, today, TZ, { overdueAfterDays: 0, untouchedAfterDays: 14 })).toBe("overdue");
  });
});
