// A follow-up reconcile cut off (or failing) at every Calendar, Sheets and Properties call, then run again:
// exactly one event per due lead, none for the Won lead, every change logged once.
import { encodeState, decodeState } from "../../sandbox/kernel";
import { Sandbox } from "../../sandbox/index";
import { activity, events, followUpSandbox, reconcile, START } from "../helpers/followup-sandbox";
import { execution } from "../../sandbox/cli/run-jobs";
import { LEAD_COLUMNS } from "../../src/core/ledger/columns";

/** Five leads with events; then L-0002 moved, L-0003 Won, two new leads: a pass that creates, moves and deletes. */
function baseState(): string {
  const sb = followUpSandbox(5);
  reconcile(sb);
  execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Leads")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const col = (key: string) => header.indexOf(LEAD_COLUMNS.find((c) => c.key === key)!.header) + 1;
    sheet.getRange(3, col("nextFollowUp")).setValue("2026-12-21");
    sheet.getRange(4, col("stage")).setValue("Won");
    sheet.getRange(7, 1, 2, 1).setValues([["L-0006"], ["L-0007"]]);
    sheet.getRange(7, col("name"), 2, 1).setValues([["Ana Ortiz"], ["Ben Ito"]]);
    sheet.getRange(7, col("nextFollowUp"), 2, 1).setValues([["2026-12-09"], ["2026-12-10"]]);
  });
  return encodeState(sb.kernel.state);
}

function fromState(state: string): Sandbox {
  const sb = new Sandbox({ now: START, clockFollowsRealTime: false });
  sb.kernel.state = decodeState(state) as Record<string, unknown>;
  return sb;
}

function expectSettled(sb: Sandbox): void {
  const byLead = new Map<string, string[]>();
  for (const e of events(sb))
    byLead.set(e.tags.leadId, [...(byLead.get(e.tags.leadId) ?? []), e.tags.ledgerDate]);
  expect(Object.fromEntries(byLead)).toEqual({
    "L-0001": ["2026-12-08"],
    "L-0002": ["2026-12-21"],
    "L-0004": ["2026-12-11"],
    "L-0005": ["2026-12-12"],
    "L-0006": ["2026-12-09"],
    "L-0007": ["2026-12-10"],
  });
  const log = activity(sb).map((a) => `${a["Lead ID"]} ${a.Event}`);
  for (const line of [
    "L-0002 reminder moved",
    "L-0003 reminder removed",
    "L-0006 reminder set",
    "L-0007 reminder set",
  ])
    expect(log.filter((l) => l === line)).toHaveLength(1);
}

describe.each([
  ["cut off (the execution ends at the fault)", true],
  ["one failing call", false],
])("follow-ups, %s at every call index, then a clean re-run", (_title, fatal) => {
  const state = baseState();
  const clean = fromState(state);
  clean.kernel.resetCounts();
  reconcile(clean);
  const calls = clean.kernel.totalCalls;

  test("the clean pass is the reference", () => {
    expect(clean.kernel.countOf("Calendar")).toBe(1 + 2 + 1 + 1); // list, two creates, one move, one delete
    expectSettled(clean);
  });

  test("each call index", () => {
    for (let nth = 1; nth <= calls; nth++) {
      const sb = fromState(state);
      sb.kernel.injectFault({
        nth,
        fatal,
        message: fatal ? "Exceeded maximum execution time" : "Service unavailable: Calendar",
      });
      try {
        reconcile(sb);
      } catch {
        // the execution failed, as a trigger run would
      }
      sb.kernel.clearFaults();
      reconcile(sb);
      try {
        expectSettled(sb);
      } catch (err) {
        if (err instanceof Error) err.message = `fault at call ${nth} of ${calls}: ${err.message}`;
        throw err;
      }
    }
  });
});
