// The sheet side of a follow-up reconcile: the hidden Calendar event ID cells and Next follow-up dates that
// changed (a few cells one by one, many as one block of the system column), then one Activity append.
import { ACTIVITY_COLUMNS, TAB_NAMES, type LeadKey } from "../core/ledger/columns";
import type { HeaderMap } from "../core/ledger/headers";
import { activityRows, type ActivityEntry } from "../core/ledger/activity";
import { midnightInZone } from "../core/ledger/dates";
import type { ReconcilePlan } from "../core/followup/reconcile";
import { appendRows, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import type { RunContext } from "./followups-run";
import { runRef } from "./followups-journal";

/** More separate cells than this are written as one block of the column. */
const CELLS_ONE_BY_ONE = 3;

export function writeFollowUpRows(
  ctx: RunContext,
  map: HeaderMap<LeadKey>,
  plan: ReconcilePlan,
  at: Date,
  values: readonly (readonly unknown[])[],
): number {
  const idCol = map.index.calendarEventId;
  const dateCol = map.index.nextFollowUp;
  const ids = new Map<number, string>();
  for (const r of plan.rows) if (r.eventId !== undefined) ids.set(r.row, r.eventId);
  if (idCol !== undefined && ids.size) {
    const rows = [...ids.keys()].sort((a, b) => a - b);
    if (rows.length <= CELLS_ONE_BY_ONE) {
      for (const row of rows) ctx.leads.getRange(row, idCol + 1).setValue(ids.get(row));
    } else {
      // The column is ours (hidden, system): one write of the span, from this run's read, covers every change.
      const first = rows[0];
      const span = rows[rows.length - 1] - first + 1;
      const cells = Array.from({ length: span }, (_x, i) => [
        ids.has(first + i) ? ids.get(first + i)! : String(values[first + i - 1]?.[idCol] ?? ""),
      ]);
      ctx.leads.getRange(first, idCol + 1, span, 1).setValues(cells);
    }
  }
  let dates = 0;
  if (dateCol !== undefined)
    for (const r of plan.rows)
      if (r.nextFollowUp) {
        ctx.leads
          .getRange(r.row, dateCol + 1)
          .setValue(midnightInZone(r.nextFollowUp, ctx.settings.timeZone));
        dates++;
      }
  const entries: ActivityEntry[] = plan.log.map((l) => ({
    time: at,
    ...l,
    by: "automation",
    ref: runRef(ctx.props, at),
  }));
  const activity = entries.length ? ctx.ss.getSheetByName(TAB_NAMES.activity) : null;
  if (activity)
    appendRows(
      activity,
      activityRows(
        ACTIVITY_COLUMNS.map((c) => c.header),
        entries,
        new Set(ctx.props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
      ),
    );
  return ids.size + dates;
}
