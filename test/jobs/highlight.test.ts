// The Leads tab shows an open lead's state at a glance: overdue or without a next step in red, due today in
// amber (the rule of src/core/ledger/accounted.ts, with the Overdue after (days) setting).
import { scriptHandlers } from "../../sandbox/cli/run-jobs";
import { formatA1 } from "../../sandbox/spreadsheet/a1";
import { followUpSandbox, reconcile } from "../helpers/followup-sandbox";
import type { Sandbox } from "../../sandbox/index";

const RED = "#f4c7c3";
const AMBER = "#fce8b2";
const WHITE = "#ffffff";

function colour(sb: Sandbox, leadId: string): string {
  const [head, ...rows] = sb.sheets.read("Leads");
  const r = rows.findIndex((row) => row[head.indexOf("Lead ID")] === leadId);
  return sb.sheets.background("Leads", formatA1(r + 2, head.indexOf("Next follow-up") + 1));
}

describe("Leads highlight (Monday 7 December)", () => {
  const sb = followUpSandbox([
    { followUp: "2026-12-01" }, // L-0001 overdue: 6 days past, grace 2
    { followUp: "2026-12-07" }, // L-0002 due today
    { followUp: "2026-12-05" }, // L-0003 2 days past: still within the grace days
    { followUp: "" }, // L-0004 open with no next step
    { followUp: "2026-12-01", stage: "Won" }, // L-0005 closed: nothing to chase
    { followUp: "2026-12-20" }, // L-0006 later
  ]);

  test.each([
    ["L-0001", "overdue past the grace days", RED],
    ["L-0002", "due today", AMBER],
    ["L-0003", "past, but within the grace days", WHITE],
    ["L-0004", "an open lead with no next step", RED],
    ["L-0005", "Won: closed", WHITE],
    ["L-0006", "later", WHITE],
  ])("%s (%s)", (leadId, _why, expected) => {
    expect(colour(sb, leadId)).toBe(expected);
  });

  test("activity after the follow-up date clears the red", () => {
    const [head, ...rows] = sb.sheets.read("Leads");
    const r = rows.findIndex((row) => row[head.indexOf("Lead ID")] === "L-0001");
    sb.sheets.edit(
      { sheet: "Leads", a1: formatA1(r + 2, head.indexOf("Last activity") + 1) },
      "2026-12-03",
      {},
    );
    expect(colour(sb, "L-0001")).toBe(WHITE);
  });

  test("a longer Overdue after (days) in Settings is followed by the next full pass", () => {
    const [head, ...rows] = sb.sheets.read("Settings");
    const r = rows.findIndex((row) => row[head.indexOf("Setting")] === "Overdue after (days)");
    sb.sheets.edit({ sheet: "Settings", a1: `B${r + 2}` }, "10", scriptHandlers(sb));
    reconcile(sb);
    expect(colour(sb, "L-0004")).toBe(RED);
    const [lh, ...lrows] = sb.sheets.read("Leads");
    const l1 = lrows.findIndex((row) => row[lh.indexOf("Lead ID")] === "L-0001");
    sb.sheets.edit({ sheet: "Leads", a1: formatA1(l1 + 2, lh.indexOf("Last activity") + 1) }, "", {});
    expect(colour(sb, "L-0001")).toBe(WHITE); // 6 days past, grace now 10
  });
});
