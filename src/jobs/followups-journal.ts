// The follow-ups journal: what a reconcile is about to log, saved before its Calendar writes and cleared after
// its Activity write, so a run cut off in between has each change that did happen logged once by the next run.
import { ACTIVITY_COLUMNS, TAB_NAMES } from "../core/ledger/columns";
import {
  contentPrint,
  type ExistingEvent,
  type LeadRow,
  type ReconcilePlan,
} from "../core/followup/reconcile";
import { activityRows, type ActivityEntry } from "../core/ledger/activity";
import type { PropsStore } from "../workspace/props";
import { appendRows, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import type { RunContext } from "./followups-run";

export const FOLLOWUP_JOURNAL_KEY = "followups.journal";

/**
 * [leadId, check, expected, details, Activity event]. Checks: c an event exists (none did), m the event is at
 * "date time", h the event's content print is this, d the event with this id is gone, r the row's date is this.
 */
type Entry = [string, "c" | "m" | "h" | "d" | "r", string, string, string];
interface Journal {
  at: string;
  run: string;
  entries: Entry[];
}

const SEQ_KEY = "followups.runSeq";

/** The reference every Activity row of a run carries: a recovery run tells whether that run was logged. */
export function runRef(props: PropsStore, at: Date): string {
  return `calendar ${at.toISOString()} #${props.get(SEQ_KEY) ?? "0"}`;
}

export function journalPlan(ctx: RunContext, plan: ReconcilePlan, at: Date): void {
  if (!plan.log.length) return;
  ctx.props.set(SEQ_KEY, String(Number(ctx.props.get(SEQ_KEY) ?? 0) + 1));
  const entries: Entry[] = [];
  for (const l of plan.log) {
    const op = plan.ops.find((o) => o.leadId === l.leadId && o.kind !== "delete");
    const del = plan.ops.find((o) => o.leadId === l.leadId && o.kind === "delete");
    const entry = (check: Entry[1], expected: string) =>
      entries.push([l.leadId, check, expected, l.details, l.event]);
    if (l.event === "follow-up moved in Calendar" && op?.kind === "update") entry("r", op.event.ymd);
    else if (op?.kind === "create") entry("c", "");
    else if (op?.kind === "update" && l.event === "reminder moved" && op.moveTo)
      entry("m", `${op.moveTo.ymd} ${op.moveTo.time}`);
    else if (op?.kind === "update") entry("h", contentPrint(op.event));
    else if (del?.kind === "delete") entry("d", del.eventId);
  }
  ctx.props.setJson(FOLLOWUP_JOURNAL_KEY, {
    at: at.toISOString(),
    run: runRef(ctx.props, at),
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
  const happened = ([leadId, check, expected]: Entry): boolean => {
    const evs = byLead.get(leadId) ?? [];
    if (check === "c") return evs.length > 0;
    if (check === "m") return evs.some((e) => `${e.ymd} ${e.time}` === expected);
    if (check === "h") return evs.some((e) => contentPrint(e) === expected);
    if (check === "d") return !evs.some((e) => e.id === expected);
    return rowYmd.get(leadId) === expected;
  };
  const entries: ActivityEntry[] = journal.entries.filter(happened).map(([leadId, , , details, event]) => ({
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
