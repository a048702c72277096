// The follow-ups journal: what a reconcile is about to log, saved before its Calendar writes and cleared after
// its Activity write, so a run cut off in between has each change that did happen logged once by the next run.
import { ACTIVITY_COLUMNS, TAB_NAMES } from "../core/ledger/columns";
import type { ExistingEvent, LeadRow, ReconcilePlan } from "../core/followup/reconcile";
import { activityRows, type ActivityEntry } from "../core/ledger/activity";
import type { PropsStore } from "../workspace/props";
import { appendRows, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import type { RunContext } from "./followups-run";

export const FOLLOWUP_JOURNAL_KEY = "followups.journal";

/** [leadId, check, date, details, event id]: c created, u updated, d deleted, r row moved to the date. */
type Entry = [string, "c" | "u" | "d" | "r", string, string, string, string];
interface Journal {
  at: string;
  run: string;
  entries: Entry[];
}

const CHECK: Record<string, Entry[1]> = {
  "reminder set": "c",
  "reminder re-created": "c",
  "reminder moved": "u",
  "reminder updated": "u",
  "reminder removed": "d",
  "follow-up moved in Calendar": "r",
};

/** The reference every Activity row of a run carries: a recovery run tells whether that run was logged. */
export const runRef = (at: Date) => `calendar ${at.toISOString()}`;

export function journalPlan(ctx: RunContext, plan: ReconcilePlan, at: Date): void {
  if (!plan.log.length) return;
  const entries: Entry[] = plan.log
    .filter((l) => CHECK[l.event])
    .map((l) => {
      const del = plan.ops.find((o) => o.kind === "delete" && o.leadId === l.leadId);
      const ymd = /(\d{4}-\d{2}-\d{2})\D*$/.exec(l.details)?.[1] ?? "";
      return [
        l.leadId,
        CHECK[l.event],
        ymd,
        l.details,
        del && del.kind === "delete" ? del.eventId : "",
        l.event,
      ];
    });
  ctx.props.setJson(FOLLOWUP_JOURNAL_KEY, {
    at: at.toISOString(),
    run: runRef(at),
    entries,
  } satisfies Journal);
  ctx.props.flush();
}

export function clearJournal(props: PropsStore): void {
  props.setJson(FOLLOWUP_JOURNAL_KEY, null);
  props.flush();
}

/**
 * A journal a cut-off run left: each entry whose change is visible now (an event created or patched since the
 * run began, an event gone, a row moved) is logged now, unless that run's Activity rows are there already.
 * Returns the number of entries logged.
 */
export function recoverFollowUpJournal(
  ctx: RunContext,
  events: readonly ExistingEvent[],
  rows: readonly LeadRow[],
): number {
  const journal = ctx.props.getJson<Journal | null>(FOLLOWUP_JOURNAL_KEY, null);
  if (!journal || !journal.entries?.length) return 0;
  const activity = ctx.ss.getSheetByName(TAB_NAMES.activity);
  if (!activity) return 0;
  {
    const last = activity.getLastRow();
    const tail = Math.min(Math.max(last - 1, 0), journal.entries.length + 50);
    const refCol = ACTIVITY_COLUMNS.findIndex((c) => c.key === "ref") + 1;
    const refs = tail ? activity.getRange(last - tail + 1, refCol, tail, 1).getValues() : [];
    if (refs.some((r) => String(r[0]) === journal.run)) return 0;
  }
  const byLead = new Map<string, ExistingEvent[]>();
  for (const e of events) byLead.set(e.leadId, [...(byLead.get(e.leadId) ?? []), e]);
  const rowYmd = new Map(rows.map((r) => [r.leadId, r.desired?.ymd ?? ""]));
  const happened = ([leadId, check, ymd, , eventId]: Entry): boolean => {
    const evs = byLead.get(leadId) ?? [];
    if (check === "c") return evs.some((e) => e.created >= journal.at);
    if (check === "u") return evs.some((e) => e.updated >= journal.at);
    if (check === "d") return !evs.some((e) => e.id === eventId);
    return rowYmd.get(leadId) === ymd;
  };
  const entries: ActivityEntry[] = journal.entries.filter(happened).map(([leadId, , , details, , event]) => ({
    time: new Date(journal.at),
    leadId,
    event,
    details,
    by: "automation",
    ref: journal.run,
  }));
  appendRows(
    activity,
    activityRows(
      ACTIVITY_COLUMNS.map((c) => c.header),
      entries,
      new Set(ctx.props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
    ),
  );
  clearJournal(ctx.props);
  return entries.length;
}
