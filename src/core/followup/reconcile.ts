// The diff between the follow-up events the ledger wants and the events the calendar has: what to create,
// move, update and delete, which rows to re-link, and — when the user moved an event in Calendar — which
// Next follow-up dates to change (two-way, newest change wins). Pure: one read of each side in, a plan out.
import type { CalendarOp, ExistingEvent, ReconcileOptions, ReconcilePlan, LeadRow } from "./reconcile-types";
import { planUpdate } from "./reconcile-update";

export type * from "./reconcile-types";
export { contentPrint, LINK_FIXES_PER_PASS } from "./event-print";

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
