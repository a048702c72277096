// A set-up ledger with leads typed straight into Leads (fictional people), and the follow-up jobs run as
// executions: the scaffolding of the Calendar tests and the benchmark.
import { Sandbox } from "../../sandbox/index";
import { execution, runSetup } from "../../sandbox/cli/run-jobs";
import { calendarEvents } from "../../sandbox/calendar/user";
import { person } from "../../sandbox/testing/lead-mail";
import { LEAD_COLUMNS, TAB_NAMES } from "../../src/core/ledger/columns";
import { reconcileFollowUps } from "../../src/jobs/followups";
import type { FollowUpReport } from "../../src/jobs/followups-run";
import { HANDLERS } from "../../src/handlers";
import { scriptHandlers } from "../../sandbox/cli/run-jobs";
import { formatA1 } from "../../sandbox/spreadsheet/a1";

export const START = new Date("2026-12-07T14:00:00Z"); // Monday 09:00 in Toronto

export interface SeedLead {
  followUp?: string;
  stage?: string;
  lostOn?: string;
  notes?: string;
}

/** Set up, then `leads` rows written in one go (L-0001 …), follow-ups from Dec 8 on unless given. */
export function followUpSandbox(
  leads: number | SeedLead[],
  opts: { deployment?: "addon" | "bound" } = {},
): Sandbox {
  const sb = new Sandbox({ now: START, clockFollowsRealTime: false, deployment: opts.deployment });
  sb.script.setTimeZone("America/Toronto");
  runSetup(sb);
  const list: SeedLead[] = typeof leads === "number" ? Array.from({ length: leads }, () => ({})) : leads;
  if (list.length) seedLeads(sb, list);
  sb.kernel.resetCounts();
  return sb;
}

function seedLeads(sb: Sandbox, list: SeedLead[]): void {
  execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName(TAB_NAMES.leads)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const col = (key: string) => header.indexOf(LEAD_COLUMNS.find((c) => c.key === key)!.header);
    const rows = list.map((l, i) => {
      const p = person(i);
      const row: unknown[] = header.map(() => "");
      row[col("leadId")] = `L-${String(i + 1).padStart(4, "0")}`;
      row[col("captured")] = new Date("2026-12-01T15:00:00Z");
      row[col("name")] = `${p.first} ${p.last}`;
      row[col("company")] = p.company;
      row[col("email")] = p.email;
      row[col("phone")] = p.phone;
      row[col("stage")] = l.stage ?? "New";
      row[col("lostOn")] = l.lostOn ?? "";
      row[col("nextFollowUp")] = l.followUp ?? `2026-12-${String(8 + (i % 20)).padStart(2, "0")}`;
      row[col("notes")] = l.notes ?? "2026-12-01: captured from email";
      row[col("origin")] = `https://mail.google.com/mail/u/0/#all/${(0x1000 + i).toString(16)}`;
      return row;
    });
    if (sheet.getMaxRows() < rows.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
    sheet.getRange(2, 1, rows.length, header.length).setValues(rows);
  });
}

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
