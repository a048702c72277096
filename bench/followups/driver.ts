// The follow-ups benchmark: a ledger of 1,000 open leads whose events exist, reconciled by the timer's full
// pass with 0, 10 and 1,000 changed follow-ups; calls per service and the modelled Apps Script time.
import { followUpSandbox } from "../../sandbox/testing/ledger-leads";
import { execution } from "../../sandbox/cli/run-jobs";
import { reconcileFollowUps } from "../../src/jobs/followups";
import type { FollowUpReport } from "../../src/jobs/followups-run";
import { LEAD_COLUMNS } from "../../src/core/ledger/columns";
import { latencyOf } from "../capture/latency";
import type { Sandbox } from "../../sandbox/index";

/** A Calendar API write is a round trip to Google's servers (assumption: as slow as a Sheets write). */
const calendarLatency = (m: string) =>
  /^Calendar\.Events\.list$/.test(m) ? 400 : /^Calendar\./.test(m) ? 250 : latencyOf(m);

export interface PassFigures {
  changes: number;
  calendar: number;
  sheets: number;
  other: number;
  byMethod: Record<string, number>;
  executions: number;
  modelledMs: number;
  moved: number;
}

/** Moves the follow-up of the first `n` leads by two days, as a person editing the sheet (not counted). */
function changeFollowUps(sb: Sandbox, n: number): void {
  execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Leads")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const col = header.indexOf(LEAD_COLUMNS.find((c) => c.key === "nextFollowUp")!.header) + 1;
    const range = sheet.getRange(2, col, n, 1);
    range.setValues(range.getValues().map(([d]) => [new Date((d as Date).getTime() + 2 * 86400_000)]));
  });
}

/** Timer passes (each an execution of at most 5 minutes, modelled) until the reconcile has nothing left. */
function passUntilDone(sb: Sandbox): { executions: number; moved: number } {
  let executions = 0;
  let moved = 0;
  for (;;) {
    executions++;
    const start = sb.kernel.now().getTime();
    const r = execution(sb, () =>
      reconcileFollowUps({
        now: () => sb.kernel.now(),
        msLeft: () => 300_000 - (sb.kernel.now().getTime() - start),
      }),
    ) as FollowUpReport;
    moved += r.moved;
    if (r.stopped !== "time" || executions > 20) return { executions, moved };
  }
}

export function runBench(
  leads = 1000,
  changes = [0, 10, 1000],
): { create: PassFigures; passes: PassFigures[] } {
  const sb = followUpSandbox(leads);
  sb.kernel.latency = calendarLatency;
  const measure = (n: number): PassFigures => {
    if (n) changeFollowUps(sb, n);
    sb.kernel.resetCounts();
    const t0 = sb.kernel.now().getTime();
    const { executions, moved } = passUntilDone(sb);
    const calls = { ...sb.kernel.calls };
    const calendar = sb.kernel.countOf("Calendar") + sb.kernel.countOf("CalendarApp");
    const sheets = sb.kernel.countOf("SpreadsheetApp");
    return {
      changes: n,
      calendar,
      sheets,
      other: sb.kernel.totalCalls - calendar - sheets,
      byMethod: calls,
      executions,
      modelledMs: sb.kernel.now().getTime() - t0,
      moved,
    };
  };
  const create = measure(0);
  return { create, passes: changes.map(measure) };
}
