// One follow-up reconcile under the ledger lock: one read of Leads, one list of the calendar's follow-up
// events, the plan (src/core), a journal, the Calendar writes (stopping cleanly at the daily limit or the
// time budget), then one write of the changed rows and one Activity append.
import { LEAD_COLUMNS, type LeadKey } from "../core/ledger/columns";
import { mapHeaders, type HeaderMap } from "../core/ledger/headers";
import { readRecord } from "../core/ledger/record";
import { midnightInZone, ymdInZone } from "../core/ledger/dates";
import { desiredEvent, followUpDateFor, type EventContext } from "../core/followup/event-plan";
import { planReconcile, type LeadRow, type ReconcilePlan } from "../core/followup/reconcile";
import { eventBody, readEvent } from "../core/followup/event-resource";
import { addDays, parseTimeOfDay } from "../core/followup/time";
import type { LedgerSettings } from "../core/ledger/settings";
import { CALENDAR_QUOTA, insertEvent, patchEvent, removeEvent } from "../workspace/calendar-events";
import type { PropsStore } from "../workspace/props";
import { keepHighlightRules, ledgerLink, listEvents } from "./followups-reads";
import { journalPlan, recoverFollowUpJournal, clearJournal } from "./followups-journal";
import { writeFollowUpRows } from "./followups-rows";

/** Events of follow-ups this many days old are still read (an overdue lead keeps its event). */
export const WINDOW_DAYS = 60;
export const QUOTA_DAY_KEY = "followups.quotaDay";
/** Calendar writes stop when the pass has less than this left; the next pass continues. */
const RESERVE_MS = 30_000;

export interface Scope {
  /** Every lead (the timer's pass), or only these leads (an edit, a capture). */
  leadIds?: ReadonlySet<string>;
}

export interface FollowUpReport {
  created: { leadId: string; ymd: string; time: string; title: string }[];
  moved: number;
  updated: number;
  deleted: number;
  rowsChanged: number;
  /** Creates left for tomorrow (daily limit) or the next pass (time budget, a failure). */
  waiting: number;
  stopped?: "quota" | "time" | string;
}

export interface RunContext {
  now: () => Date;
  msLeft: () => number;
  props: PropsStore;
  settings: LedgerSettings;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  leads: GoogleAppsScript.Spreadsheet.Sheet;
  /** When the sheet side last changed (ISO): a Calendar move newer than this wins. */
  sheetChangedAt: string;
}

export function leadRows(
  values: unknown[][],
  map: HeaderMap<LeadKey>,
  first: number,
  ectx: EventContext,
): LeadRow[] {
  return values.map((row, i) => {
    const rec = readRecord(row, map);
    const desired = desiredEvent(rec, first + i, ectx);
    return {
      row: first + i,
      leadId: String(rec.leadId ?? "").trim(),
      eventId: String(rec.calendarEventId ?? "").trim(),
      desired,
      why: desired ? undefined : followUpDateFor(rec, ectx.timeZone).why,
    };
  });
}

/** Reconciles `scope` (all leads by default). Assumes the ledger lock is held. */
export function reconcileLocked(ctx: RunContext, scope: Scope = {}): FollowUpReport {
  const s = ctx.settings;
  const tz = s.timeZone;
  const today = ymdInZone(ctx.now(), tz);
  const windowStart = addDays(today, -WINDOW_DAYS);
  const values = ctx.leads.getSheetValues(1, 1, -1, -1);
  const map = mapHeaders<LeadKey>(values[0] ?? [], LEAD_COLUMNS);
  const link = ledgerLink(ctx.props, ctx.ss, ctx.leads);
  const ectx: EventContext = {
    timeZone: tz,
    reminderTime: parseTimeOfDay(s.reminderTime),
    reminderMinutes: Number(s.reminderMinutes),
    ledgerUrl: link.url,
    leadsSheetId: link.gid,
  };
  const all = leadRows(values.slice(1), map, 2, ectx);
  if (!scope.leadIds) keepHighlightRules(ctx, map);
  const rows = scope.leadIds ? all.filter((r) => scope.leadIds!.has(r.leadId)) : all;
  const single = scope.leadIds?.size === 1 ? [...scope.leadIds][0] : undefined;
  // The window's first day starts at midnight in the ledger's zone (00:00 UTC is 13 hours late in Auckland).
  const timeMin = midnightInZone(windowStart, tz);
  const { calendarId, items } = listEvents(ctx, timeMin, single);
  const events = items
    .map((it) => readEvent(it, tz))
    .filter((e): e is NonNullable<typeof e> => !!e && (!scope.leadIds || scope.leadIds.has(e.leadId)));
  recoverFollowUpJournal(ctx, events, all);
  const plan = planReconcile(rows, events, {
    full: !scope.leadIds,
    windowStart,
    sheetChangedAt: ctx.sheetChangedAt,
    noCreate: ctx.props.get(QUOTA_DAY_KEY) === today,
  });
  const runAt = ctx.now();
  const report = execute(ctx, plan, calendarId, today, runAt);
  report.rowsChanged = writeFollowUpRows(ctx, map, plan, runAt, values);
  clearJournal(ctx.props);
  return report;
}

/** The Calendar writes, each one call, in plan order; a limit, a failure or the budget stops them cleanly. */
function execute(
  ctx: RunContext,
  plan: ReconcilePlan,
  calendarId: string,
  today: string,
  runAt: Date,
): FollowUpReport {
  const tz = ctx.settings.timeZone;
  const report: FollowUpReport = {
    created: [],
    moved: 0,
    updated: 0,
    deleted: 0,
    rowsChanged: 0,
    waiting: plan.waiting,
  };
  journalPlan(ctx, plan, runAt);
  const done = new Set<number>();
  plan.ops.forEach((op, i) => {
    if (report.stopped) {
      if (op.kind === "create") report.waiting++;
      return;
    }
    if (ctx.msLeft() < RESERVE_MS) {
      report.stopped = "time";
      if (op.kind === "create") report.waiting++;
      return;
    }
    try {
      if (op.kind === "create") {
        const made = insertEvent(
          calendarId,
          eventBody(op.event, tz, { ymd: op.event.ymd, time: op.event.time }),
        );
        plan.rows.push({ row: op.row, leadId: op.leadId, eventId: String(made.id) });
        report.created.push({
          leadId: op.leadId,
          ymd: op.event.ymd,
          time: op.event.time,
          title: op.event.summary,
        });
      } else if (op.kind === "update") {
        patchEvent(calendarId, op.eventId, eventBody(op.event, tz, op.moveTo));
        if (op.moveTo) report.moved++;
        else report.updated++;
      } else {
        removeEvent(calendarId, op.eventId);
        report.deleted++;
      }
      done.add(i);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (CALENDAR_QUOTA.test(message) && op.kind === "create") {
        ctx.props.set(QUOTA_DAY_KEY, today);
        report.stopped = "quota";
        report.waiting++;
      } else {
        // A failing call (an outage, a cut-off): what is done is recorded below; the next pass does the rest.
        report.stopped = message;
        if (op.kind === "create") report.waiting++;
      }
    }
  });
  // Only what happened is logged; a move in Calendar changes a row whether or not its event write ran.
  plan.log = plan.log.filter((l) => {
    if (l.event === "follow-up moved in Calendar") return true;
    return plan.ops.some((op, i) => done.has(i) && op.leadId === l.leadId);
  });
  if (report.stopped === "quota")
    plan.log.push({
      leadId: "",
      event: "calendar limit reached",
      details: `Google Calendar's daily limit of events created was reached; ${report.waiting} follow-up event(s) will be created tomorrow`,
    });
  return report;
}
