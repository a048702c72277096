// The diff between the follow-up events the ledger wants and the events the calendar has: what to create,
// move, update and delete, which rows to re-link, and — when the user moved an event in Calendar — which
// Next follow-up dates to change (two-way, newest change wins). Pure: one read of each side in, a plan out.
import type { DesiredEvent } from "./event-plan";

/** One of our events as listed (times already in the ledger's zone). */
export interface ExistingEvent {
  id: string;
  leadId: string;
  ymd: string;
  time: string;
  summary: string;
  description: string;
  popupMinutes: number[];
  emailMinutes: number[];
  /** The sheet's date and time when Lead Ledger last wrote the event (private properties). */
  ledgerDate: string;
  ledgerTime: string;
  /** ISO times from Calendar. */
  updated: string;
  created: string;
}

export interface LeadRow {
  row: number;
  leadId: string;
  /** What the hidden Calendar event ID column holds. */
  eventId: string;
  desired: DesiredEvent | null;
  /** Why there is no event (won, lost, no follow-up date). */
  why?: string;
}

export type CalendarOp =
  | { kind: "create"; leadId: string; row: number; event: DesiredEvent; recreated: boolean }
  | {
      kind: "update";
      leadId: string;
      row: number;
      eventId: string;
      event: DesiredEvent;
      /** Start to set (date and time), when the event moves. */
      moveTo?: { ymd: string; time: string };
      changed: string[];
    }
  | { kind: "delete"; leadId: string; row?: number; eventId: string; why: string };

export interface RowChange {
  row: number;
  leadId: string;
  eventId?: string;
  nextFollowUp?: string;
}

export interface LogLine {
  leadId: string;
  event: string;
  details: string;
}

export interface ReconcilePlan {
  ops: CalendarOp[];
  rows: RowChange[];
  log: LogLine[];
  /** Creates left for later (the daily limit of events created was reached). */
  waiting: number;
  /** Events whose only change is the row number of their ledger link, rewritten in this pass. */
  linkFixes: number;
}

export interface ReconcileOptions {
  /** Every lead and every event of the window were given: an event whose lead is gone is deleted. */
  full: boolean;
  /** Follow-ups before this date are outside the window read: left as they are. */
  windowStart: string;
  /** When the sheet side last changed (ISO): a Calendar move newer than this wins a conflict. */
  sheetChangedAt: string;
  /** No event may be created now (the daily limit was reached). */
  noCreate?: boolean;
  /** Events rewritten per pass only because their row moved (default LINK_FIXES_PER_PASS). */
  linkFixesPerPass?: number;
}

/** At most this many events a pass are rewritten only to fix the row of their ledger link. */
export const LINK_FIXES_PER_PASS = 20;

/** A description compared without the row number of the ledger link (a sort must not rewrite every event). */
const comparable = (d: string) => d.replace(/range=A\d+/g, "range=A");

/** A short fingerprint of an event's content (title, description, reminders): FNV-1a, 32 bits, in hex. */
export function contentPrint(e: {
  summary: string;
  description: string;
  popupMinutes: number | number[];
  emailMinutes: number | number[];
}): string {
  const text = [e.summary, comparable(e.description), String(e.popupMinutes), String(e.emailMinutes)].join(
    "\u0000",
  );
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function planReconcile(
  leads: readonly LeadRow[],
  events: readonly ExistingEvent[],
  opts: ReconcileOptions,
): ReconcilePlan {
  const plan: ReconcilePlan = { ops: [], rows: [], log: [], waiting: 0, linkFixes: 0 };
  const byLead = new Map<string, ExistingEvent[]>();
  for (const e of events) byLead.set(e.leadId, [...(byLead.get(e.leadId) ?? []), e]);
  const seen = new Set<string>();
  const creates: CalendarOp[] = [];

  for (const lead of leads) {
    if (!lead.leadId || seen.has(lead.leadId)) continue;
    seen.add(lead.leadId);
    const d = lead.desired;
    if (d && d.ymd < opts.windowStart) continue;
    // The event the row names first, then the oldest: any other event for the same lead is a duplicate.
    const mine = [...(byLead.get(lead.leadId) ?? [])].sort(
      (a, b) =>
        Number(b.id === lead.eventId) - Number(a.id === lead.eventId) || a.created.localeCompare(b.created),
    );
    const [keep, ...extras] = mine;
    for (const x of extras)
      plan.ops.push({ kind: "delete", leadId: lead.leadId, row: lead.row, eventId: x.id, why: "duplicate" });
    if (!d) {
      if (keep) {
        plan.ops.push({
          kind: "delete",
          leadId: lead.leadId,
          row: lead.row,
          eventId: keep.id,
          why: lead.why ?? "no follow-up",
        });
        plan.log.push({
          leadId: lead.leadId,
          event: "reminder removed",
          details: `Follow-up event of ${keep.ymd} removed: ${lead.why ?? "no follow-up"}`,
        });
      }
      if (lead.eventId) plan.rows.push({ row: lead.row, leadId: lead.leadId, eventId: "" });
      continue;
    }
    if (!keep) {
      if (opts.noCreate) plan.waiting++;
      else
        creates.push({
          kind: "create",
          leadId: lead.leadId,
          row: lead.row,
          event: d,
          recreated: !!lead.eventId,
        });
      continue;
    }
    if (lead.eventId !== keep.id) plan.rows.push({ row: lead.row, leadId: lead.leadId, eventId: keep.id });
    planUpdate(lead, d, keep, opts, plan);
  }
  if (opts.full)
    for (const [leadId, evs] of byLead)
      if (!seen.has(leadId))
        for (const e of evs) {
          plan.ops.push({ kind: "delete", leadId, eventId: e.id, why: "row deleted" });
          plan.log.push({
            leadId,
            event: "reminder removed",
            details: `Follow-up event of ${e.ymd} removed: the lead's row is gone`,
          });
        }
  // Soonest follow-ups first, so a daily limit reached part way leaves the later ones for tomorrow.
  creates.sort((a, b) =>
    a.kind === "create" && b.kind === "create" ? a.event.ymd.localeCompare(b.event.ymd) : 0,
  );
  for (const c of creates) {
    if (c.kind !== "create") continue;
    plan.ops.push(c);
    plan.log.push(
      c.recreated
        ? {
            leadId: c.leadId,
            event: "reminder re-created",
            details: `The follow-up event was deleted in Calendar; set again for ${c.event.ymd} ${c.event.time}`,
          }
        : {
            leadId: c.leadId,
            event: "reminder set",
            details: `Follow-up event on ${c.event.ymd} ${c.event.time}`,
          },
    );
  }
  return plan;
}

function planUpdate(
  lead: LeadRow,
  d: DesiredEvent,
  keep: ExistingEvent,
  opts: ReconcileOptions,
  plan: ReconcilePlan,
): void {
  let ymd = d.ymd;
  if (keep.ymd !== d.ymd) {
    const calendarMoved = keep.ymd !== keep.ledgerDate;
    const sheetMoved = d.ymd !== keep.ledgerDate;
    if (calendarMoved && (!sheetMoved || keep.updated > opts.sheetChangedAt)) {
      // The user moved the event in Calendar (and, if the sheet changed too, did so later): the row follows.
      ymd = keep.ymd;
      plan.rows.push({ row: lead.row, leadId: lead.leadId, nextFollowUp: ymd });
      plan.log.push({
        leadId: lead.leadId,
        event: "follow-up moved in Calendar",
        details: `Next follow-up ${d.ymd} → ${ymd} (the event was moved in Calendar)`,
      });
    }
  }
  // A time of day the user chose in Calendar stays; otherwise the Reminder time setting's.
  const time = keep.time !== keep.ledgerTime ? keep.time : d.time;
  const changed: string[] = [];
  const moves = keep.ymd !== ymd || keep.time !== time;
  if (moves) changed.push("date");
  if (keep.summary !== d.summary) changed.push("title");
  if (comparable(keep.description) !== comparable(d.description)) changed.push("details");
  if (!same(keep.popupMinutes, [d.popupMinutes]) || !same(keep.emailMinutes, [d.emailMinutes]))
    changed.push("reminders");
  if (keep.ledgerDate !== ymd || keep.ledgerTime !== d.time) changed.push("sync");
  if (!changed.length && keep.description !== d.description) {
    // Only the row moved (a sort, a deleted row above): its link is fixed a few events a pass, so one sort never
    // costs a pass a thousand writes; anything else the event gets written for fixes the link too.
    if (plan.linkFixes >= (opts.linkFixesPerPass ?? LINK_FIXES_PER_PASS)) return;
    plan.linkFixes++;
    changed.push("link");
  }
  if (!changed.length) return;
  plan.ops.push({
    kind: "update",
    leadId: lead.leadId,
    row: lead.row,
    eventId: keep.id,
    event: { ...d, ymd },
    ...(moves ? { moveTo: { ymd, time } } : {}),
    changed,
  });
  if (moves && ymd === d.ymd)
    plan.log.push({
      leadId: lead.leadId,
      event: "reminder moved",
      details: `Follow-up event ${keep.ymd} ${keep.time} → ${ymd} ${time}`,
    });
  else if (changed.some((c) => c === "title" || c === "details" || c === "reminders"))
    plan.log.push({
      leadId: lead.leadId,
      event: "reminder updated",
      details: `Follow-up event ${changed.filter((c) => c !== "sync" && c !== "date").join(", ")} updated`,
    });
}
