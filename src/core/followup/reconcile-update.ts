// One lead whose event exists: move it, rewrite it or leave it, and whether the user's move in Calendar wins.
import type { DesiredEvent } from "./event-plan";
import { comparable, LINK_FIXES_PER_PASS, same } from "./event-print";
import type { ExistingEvent, LeadRow, ReconcileOptions, ReconcilePlan } from "./reconcile-types";

export function planUpdate(
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
