// `lead-ledger edit`: changes Leads cells as a person typing in the sheet would (Sheets' coercion, validation),
// so the installable on-edit trigger fires. Columns are found by their header text, the row by its Lead ID.
import path from "node:path";
import type { Sandbox } from "../index";
import { formatA1 } from "../spreadsheet/a1";
import { LEAD_COLUMNS, TAB_NAMES } from "../../src/core/ledger/columns";
import { mapHeaders, normalizeHeader } from "../../src/core/ledger/headers";
import { scriptHandlers } from "./run-jobs";
import { advanceTo, openWorkspace, saveWorkspace } from "./workspace";
import { writeOutputs } from "./outputs";

/** A mistake in what was asked (exit 2): nothing is changed. */
export class UsageError extends Error {}

export interface EditArgs {
  workspace: string;
  lead: string;
  sets: { column: string; value: string }[];
  now?: Date;
}

export function parseEditArgs(args: string[]): EditArgs {
  const out: EditArgs = { workspace: "workspace", lead: "", sets: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--workspace") out.workspace = value();
    else if (a === "--lead") out.lead = value().trim();
    else if (a === "--set") {
      const v = value();
      const eq = v.indexOf("=");
      if (eq <= 0) throw new UsageError(`--set needs "Column=value", got "${v}"`);
      out.sets.push({ column: v.slice(0, eq).trim(), value: v.slice(eq + 1) });
    } else if (a === "--now") {
      const d = new Date(value());
      if (isNaN(d.getTime())) throw new UsageError(`--now: not a date: ${args[i]}`);
      out.now = d;
    } else throw new UsageError(`unknown option ${a}`);
  }
  if (!out.lead) throw new UsageError("--lead L-0001 is required");
  if (!out.sets.length) throw new UsageError('at least one --set "Column=value" is required');
  return out;
}

export interface EditPlan {
  row: number;
  cells: { a1: string; header: string; value: string }[];
}

/** Where each `--set` lands on the Leads tab; unknown lead or column is a UsageError (nothing typed yet). */
export function planEdit(sb: Sandbox, args: EditArgs): EditPlan {
  const [header = [], ...rows] = sb.sheets.read(TAB_NAMES.leads, "values");
  if (!header.length)
    throw new UsageError(`no ${TAB_NAMES.leads} tab in this workspace: run lead-ledger run first`);
  const idCol = mapHeaders(header, LEAD_COLUMNS).index.leadId;
  if (idCol === undefined) throw new UsageError(`the ${TAB_NAMES.leads} tab has no Lead ID column`);
  const at = rows.findIndex(
    (r) =>
      String(r[idCol] ?? "")
        .trim()
        .toLowerCase() === args.lead.toLowerCase(),
  );
  if (at < 0) throw new UsageError(`no lead ${args.lead} in ${TAB_NAMES.leads}`);
  const headers = header.map(normalizeHeader);
  const cells = args.sets.map((s) => {
    const col = headers.indexOf(normalizeHeader(s.column));
    if (col < 0 || !normalizeHeader(s.column))
      throw new UsageError(
        `no column "${s.column}" in ${TAB_NAMES.leads} (columns: ${header.filter((h) => h !== "").join(", ")})`,
      );
    return { a1: formatA1(at + 2, col + 1), header: String(header[col]), value: s.value };
  });
  return { row: at + 2, cells };
}

export interface EditResult {
  plan: EditPlan;
  /** Errors thrown by on-edit trigger runs (recorded, as Apps Script does; the typing stands). */
  triggerErrors: string[];
}

/** Types each value in turn (one edit per cell, as a person types), firing the on-edit trigger each time. */
export function applyEdit(sb: Sandbox, args: EditArgs): EditResult {
  if (args.now) advanceTo(sb, args.now);
  const plan = planEdit(sb, args);
  const handlers = scriptHandlers(sb);
  const triggerErrors: string[] = [];
  for (const cell of plan.cells) {
    try {
      for (const run of sb.sheets.edit({ sheet: TAB_NAMES.leads, a1: cell.a1 }, cell.value, handlers))
        if (run.error) triggerErrors.push(`${run.handler}: ${run.error}`);
    } catch (e) {
      // Sheets refused the typing (a dropdown's rule): the workspace is not saved, so nothing changes.
      throw new UsageError(`${cell.header}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { plan, triggerErrors };
}

export async function editCommand(argv: string[]): Promise<number> {
  let args: EditArgs;
  let sb: Sandbox;
  let result: EditResult;
  try {
    args = parseEditArgs(argv);
    sb = openWorkspace(args.workspace);
    result = applyEdit(sb, args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`lead-ledger edit: ${e.message}\n`);
    return 2;
  }
  saveWorkspace(sb, args.workspace);
  const written = await writeOutputs(sb, args.workspace);
  for (const c of result.plan.cells)
    process.stdout.write(`${args.lead} ${c.header} = ${c.value} (${c.a1})\n`);
  for (const err of result.triggerErrors) process.stdout.write(`On-edit trigger failed: ${err}\n`);
  if (written.length)
    process.stdout.write(`Wrote ${written.map((f) => path.relative(process.cwd(), f)).join(", ")}\n`);
  return 0;
}
