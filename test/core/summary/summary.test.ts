// The Summary's numbers on a nine-row ledger a reader can count by hand (Toronto, Monday 30 November 2026).
import { computeSummary } from "../../../src/core/summary/summary";
import { midnightInZone } from "../../../src/core/ledger/dates";
import type { LeadRecord } from "../../../src/core/ledger/record";

const TZ = "America/Toronto";
const day = (ymd: string, hours = 0) => new Date(midnightInZone(ymd, TZ).getTime() + hours * 3600000);
const NOW = new Date("2026-11-30T15:00:00Z");

/** Rows 2… of Leads. The comments say what each lead is there to prove. */
const LEDGER: LeadRecord[] = [
  // L1: won last week without a Proposal date (a skipped stage); contacted the day it came in
  {
    leadId: "L1",
    name: "Ada Quill",
    captured: day("2026-11-24", 10),
    source: "Referral: Jane Doe",
    stage: "Won",
    contactedOn: day("2026-11-24"),
    appointmentOn: day("2026-11-25"),
    wonOn: day("2026-11-27"),
  },
  // L2: every date typed as text
  {
    leadId: "L2",
    name: "Bo Lark",
    captured: "2026-11-25",
    source: "Business card",
    stage: "Contacted",
    contactedOn: "Nov 26, 2026",
  },
  // L3: captured in August, before the 12-week window, won inside it
  {
    leadId: "L3",
    name: "Cy Moss",
    captured: day("2026-08-03"),
    source: "Trade show: Expo Nord",
    stage: "Won",
    wonOn: day("2026-11-17"),
  },
  // L4: a blank Source and no next step
  { leadId: "L4", name: "Di Fern", captured: day("2026-11-17", 9), source: "", stage: "New" },
  // L5: captured 23:30 on Sunday 1 November in Toronto, the night the clocks went back (Monday in UTC)
  {
    leadId: "L5",
    name: "Ed Reed",
    captured: new Date("2026-11-02T04:30:00Z"),
    source: "Website",
    stage: "Lost",
    lostOn: day("2026-11-20"),
    lostReason: "budget",
  },
  // a blank row the user left: not a lead
  {},
  // L7: straight to Proposal (Contacted and Appointment skipped), follow-up passed ten days ago
  {
    leadId: "L7",
    name: "Flo Ash",
    captured: day("2026-11-18", 14),
    source: "Referral: Jane Doe",
    stage: "Proposal",
    proposalOn: day("2026-11-19"),
    nextFollowUp: day("2026-11-20"),
    lastActivity: day("2026-11-19"),
  },
  // L8: lost in February, replied to a nurture email on 1 August (181 days)
  {
    leadId: "L8",
    name: "Gus Pine",
    captured: day("2026-01-05"),
    source: "Inbound email",
    stage: "Lost",
    lostOn: day("2026-02-01"),
    tags: "Re-engaged",
    lastActivity: day("2026-08-01"),
    nurtureStep: 3,
  },
  // L9: lost in June, at nurture step 2; the reason typed with a capital
  {
    leadId: "L9",
    name: "Hal Yew",
    captured: day("2026-05-04"),
    source: "Quick add",
    stage: "Lost",
    lostOn: day("2026-06-01"),
    lostReason: "Budget",
    nurtureStep: 2,
  },
];

const rows = LEDGER.map((rec, i) => ({ rec, row: i + 2 }));
const s = computeSummary(rows, { now: NOW, timeZone: TZ });
const week = (start: string) => s.weeks.find((w) => w.start === start);

describe("weekly flow", () => {
  test("twelve whole weeks, oldest first, the last is the week just ended", () => {
    expect(s.weeks.map((w) => w.start)).toEqual([
      "2026-09-07",
      "2026-09-14",
      "2026-09-21",
      "2026-09-28",
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
    ]);
  });
  test("last week: L1 and L2 in, both contacted, L1's appointment and win; no proposal is invented for L1", () => {
    expect(week("2026-11-23")).toEqual({
      start: "2026-11-23",
      leadsIn: 2,
      contacted: 2,
      appointments: 1,
      proposals: 0,
      won: 1,
      lost: 0,
    });
  });
  test("the week before: L4 and L7 in, L7's proposal only, L3's win (captured before the window), L5 lost", () => {
    expect(week("2026-11-16")).toEqual({
      start: "2026-11-16",
      leadsIn: 2,
      contacted: 0,
      appointments: 0,
      proposals: 1,
      won: 1,
      lost: 1,
    });
  });
  test("a lead captured late Sunday in the DST week counts in that week, not the next", () => {
    expect(week("2026-10-26")!.leadsIn).toBe(1);
    expect(week("2026-11-02")!.leadsIn).toBe(0);
  });
  test("with weeks starting on Sunday the same lead opens the week of 1 November", () => {
    const sun = computeSummary(rows, { now: NOW, timeZone: TZ, weekStartsOn: "Sunday" });
    expect(sun.weekStartsOn).toBe("Sunday");
    expect(sun.weeks.find((w) => w.start === "2026-11-01")!.leadsIn).toBe(1);
  });
  test("last week against the week before and the 12-week average", () => {
    expect(s.lastWeek.vsPrevious).toEqual({
      leadsIn: 0,
      contacted: 2,
      appointments: 1,
      proposals: -1,
      won: 0,
      lost: -1,
    });
    // 5 leads in over 12 weeks: 0.4 a week, so last week's 2 is 1.6 above
    expect(s.lastWeek.average.leadsIn).toBe(0.4);
    expect(s.lastWeek.vsAverage.leadsIn).toBe(1.6);
    expect(s.lastWeek.average.won).toBe(0.2);
  });
});

describe("by source, last 90 days", () => {
  test("kinds in a fixed order, skipped stages counted as reached, referrers listed", () => {
    expect(s.bySource.map((r) => [r.kind, r.leadsIn, r.reached, r.appointments, r.proposals, r.won])).toEqual(
      [
        ["Referral", 2, 2, 2, 2, 1],
        ["Business card", 1, 1, 0, 0, 0],
        ["Website", 1, 0, 0, 0, 0],
        ["Unknown", 1, 0, 0, 0, 0],
      ],
    );
    expect(s.bySource[0].conversion).toBe(0.5);
    expect(s.bySource[0].details.map((d) => [d.name, d.leadsIn, d.won])).toEqual([["Jane Doe", 2, 1]]);
  });
  test("last week only: L1 and L2", () => {
    expect(s.bySourceLastWeek.map((r) => [r.kind, r.leadsIn, r.won])).toEqual([
      ["Referral", 1, 1],
      ["Business card", 1, 0],
    ]);
  });
  test("the 90-day funnel counts each lead at every stage it reached or passed", () => {
    expect(s.funnel90.map((f) => f.count)).toEqual([5, 3, 2, 2, 1]);
  });
});

describe("cohorts", () => {
  test("of last week's two leads: both contacted, one met, one past Proposal (skipped), one won; no rate under 10", () => {
    const c = s.cohorts[11];
    expect([c.leadsIn, c.contacted, c.appointments, c.proposals, c.won, c.lost]).toEqual([2, 2, 1, 1, 1, 0]);
    expect(c.wonRate).toBeNull();
  });
  test("rates appear from ten leads", () => {
    const ten = Array.from({ length: 10 }, (_x, i) => ({
      row: i + 2,
      rec: { leadId: `T${i}`, captured: day("2026-11-24"), stage: i < 3 ? "Won" : "New" } as LeadRecord,
    }));
    const c = computeSummary(ten, { now: NOW, timeZone: TZ }).cohorts[11];
    expect([c.leadsIn, c.won, c.wonRate, c.contactedRate]).toEqual([10, 3, 0.3, 0.3]);
  });
});

describe("speed to lead", () => {
  test("same day is 0 h, text dates a day apart 24 h; median 12, p90 24; one lead still waiting", () => {
    expect(s.speedToLead).toMatchObject({ n: 2, medianHours: 12, p90Hours: 24, waiting: 1 });
    expect(s.speedToLead.byKind).toEqual([
      { kind: "Referral", n: 1, medianHours: 0, p90Hours: 0 },
      { kind: "Business card", n: 1, medianHours: 24, p90Hours: 24 },
    ]);
  });
  test("when both cells carry a time the hours are exact", () => {
    const one = [
      {
        row: 2,
        rec: {
          leadId: "X",
          captured: day("2026-11-24", 9),
          contactedOn: day("2026-11-24", 15.5),
          stage: "Contacted",
        } as LeadRecord,
      },
    ];
    expect(computeSummary(one, { now: NOW, timeZone: TZ }).speedToLead.medianHours).toBe(6.5);
  });
  test("the p90 of ten waits is the ninth", () => {
    const ten = Array.from({ length: 10 }, (_x, i) => ({
      row: i + 2,
      rec: {
        leadId: `T${i}`,
        captured: day("2026-11-02"),
        contactedOn: day(`2026-11-${String(2 + i).padStart(2, "0")}`),
        stage: "Contacted",
      } as LeadRecord,
    }));
    expect(computeSummary(ten, { now: NOW, timeZone: TZ }).speedToLead).toMatchObject({
      medianHours: 108,
      p90Hours: 192,
    });
  });
});

describe("not accounted for (the follow-ups' rule)", () => {
  test("overdue first, then no next step by row; closed leads never listed", () => {
    expect(s.notAccountedFor.map((u) => [u.leadId, u.reason, u.row])).toEqual([
      ["L7", "overdue", 8],
      ["L2", "noNextStep", 3],
      ["L4", "noNextStep", 5],
    ]);
  });
});

describe("lost and nurtured", () => {
  test("reasons grouped without case, blanks named, nurture by step, re-engaged after 5.9 months", () => {
    expect(s.lostAndNurtured).toEqual({
      lost: 3,
      byReason: [
        { reason: "budget", count: 2 },
        { reason: "(no reason given)", count: 1 },
      ],
      inNurture: [{ step: 2, count: 1 }],
      reengaged: 1,
      medianMonthsToReply: 5.9,
    });
  });
  test("the blank row is not a lead", () => {
    expect(s.totalLeads).toBe(8);
  });
});
