// A set-up ledger with leads typed straight into Leads (fictional people), and the follow-up jobs run as
// executions: the scaffolding of the Calendar tests and the benchmark.
import type { Sandbox } from "../../sandbox/index";
import { execution } from "../../sandbox/cli/run-jobs";
import { TAB_NAMES } from "../../src/core/ledger/columns";
import { calendarEvents } from "../../sandbox/calendar/user";
import { reconcileFollowUps } from "../../src/jobs/followups";
import type { FollowUpReport } from "../../src/jobs/followups-run";
import { HANDLERS } from "../../src/handlers";
import { scriptHandlers } from "../../sandbox/cli/run-jobs";
import { formatA1 } from "../../sandbox/spreadsheet/a1";

export { START, followUpSandbox, type SeedLead } from "../../sandbox/testing/ledger-leads";

/** One timer-style full reconcile, as its own execution. */
export function reconcile(sb: Sandbox, opts: { msLeft?: () => number } = {}): FollowUpReport {
  return execution(sb, () => reconcileFollowUps({ now: () => sb.kernel.now(), ...opts })) as FollowUpReport;
}

export const events = (sb: Sandbox) => calendarEvents(sb, "Lead follow-ups");

/** The event of a lead (there must be exactly one). */
export function eventOf(sb: Sandbox, leadId: string) {
  const mine = events(sb).filter((e) => e.tags.leadId === leadId);
  if (mine.length !== 1) throw new Error(`${leadId} has ${mine.length} events`);
  return mine[0];
}

/** Types into a lead's cell as a person would (the on-edit trigger fires). */
export function typeInto(sb: Sandbox, leadId: string, header: string, value: unknown) {
  const [head, ...rows] = sb.sheets.read(TAB_NAMES.leads);
  const r = rows.findIndex((row) => row[head.indexOf("Lead ID")] === leadId);
  const c = head.indexOf(header);
  if (r < 0 || c < 0) throw new Error(`no ${leadId} or no column ${header}`);
  const a1 = formatA1(r + 2, c + 1);
  const runs = sb.sheets.edit({ sheet: TAB_NAMES.leads, a1 }, value, scriptHandlers(sb));
  for (const run of runs) if (run.error) throw new Error(`${HANDLERS.onStageEdit}: ${run.error}`);
  return runs;
}

/** A lead's row as displayed, by header. */
export function leadRow(sb: Sandbox, leadId: string): Record<string, unknown> {
  const [head, ...rows] = sb.sheets.read(TAB_NAMES.leads, "display");
  const row = rows.find((r) => r[head.indexOf("Lead ID")] === leadId)!;
  return Object.fromEntries(head.map((h, i) => [String(h), row[i]]));
}

export function activity(sb: Sandbox): Record<string, unknown>[] {
  const [head, ...rows] = sb.sheets.read(TAB_NAMES.activity, "display");
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}
