// The capture plan: every input read this run, matched against the whole ledger, becomes row changes,
// new rows and one Activity entry each — computed in memory from one read of the Leads tab.
import type { Lead } from "../lead";
import { LEAD_COLUMNS, type LeadKey } from "./columns";
import { mapHeaders, type HeaderMap } from "./headers";
import { readRecord, splitIds, type LeadRecord } from "./record";
import { DedupeIndex } from "./dedupe";
import { LeadIdAllocator } from "./ids";
import { planMerge } from "./merge";
import { addBusinessDays, isYmd, midnightInZone, ymdInZone } from "./dates";
import type { ActivityEntry } from "./activity";
import { leadSource } from "./source";
import type { CaptureInput } from "./capture-input";
import type { Outcome } from "./capture-outcome";
import { describeInput } from "./describe-input";
import { newLeadRecord } from "./new-record";

export interface PlanContext {
  now: Date;
  timeZone: string;
  region: string;
  followUpDays: number;
  owner: string;
  /** The highest Lead ID number ever issued (script properties). */
  highestIssued: number;
  /** Inputs handled by an earlier run without a row (skipped for good): never planned again. */
  done?: ReadonlySet<string>;
}

export interface CapturePlan {
  map: HeaderMap<LeadKey>;
  /** Changed cells of existing rows, by 0-based index into the values read (row 0 is the header). */
  changes: Map<number, LeadRecord>;
  newRecords: LeadRecord[];
  activity: ActivityEntry[];
  outcomes: Outcome[];
  highestIssued: number;
}

function hasIdentity(lead: Lead): boolean {
  return !!(lead.name || lead.email || lead.phone || lead.company);
}

export function planCapture(
  values: readonly (readonly unknown[])[],
  inputs: readonly CaptureInput[],
  ctx: PlanContext,
): CapturePlan {
  const map = mapHeaders(values[0] ?? [], LEAD_COLUMNS);
  const today = ymdInZone(ctx.now, ctx.timeZone);
  const todayCell = midnightInZone(today, ctx.timeZone);
  const index = new DedupeIndex<{ existing?: number; added?: LeadRecord }>(ctx.region);
  const seen = new Set<string>();
  const rows: LeadRecord[] = [];
  for (let r = 1; r < values.length; r++) {
    const rec = readRecord(values[r], map) as LeadRecord;
    rows[r] = rec;
    index.add(rec, { existing: r });
    for (const id of [...splitIds(rec.messageIds), ...splitIds(rec.photoIds)]) seen.add(id);
  }
  const ids = new LeadIdAllocator(
    rows.filter(Boolean).map((r) => r.leadId),
    ctx.highestIssued,
  );
  const plan: CapturePlan = {
    map,
    changes: new Map(),
    newRecords: [],
    activity: [],
    outcomes: [],
    highestIssued: ctx.highestIssued,
  };
  const log = (leadId: string, event: string, details: string, ref: string) =>
    plan.activity.push({ time: ctx.now, leadId, event, details, by: "automation", ref });

  const ordered = inputs
    .map((input, i) => ({ input, i }))
    .sort((a, b) => (a.input.at ?? 0) - (b.input.at ?? 0) || b.i - a.i)
    .map((x) => x.input);
  for (const input of ordered) {
    if (seen.has(input.recordId) || seen.has(input.ref) || ctx.done?.has(input.ref)) {
      plan.outcomes.push({ ref: input.ref, label: input.label, kind: "already", why: "already captured" });
      continue;
    }
    seen.add(input.ref);
    if (input.skipped || !input.extraction) {
      const why = input.skipped ?? "nothing could be read";
      plan.outcomes.push({ ref: input.ref, label: input.label, kind: "skipped", why });
      log("", "skipped", `${describeInput(input)}: ${why}`, input.ref);
      continue;
    }
    const { lead, needsReview, warnings } = input.extraction;
    const why = warnings.join("; ");
    if (!hasIdentity(lead) && input.hasSibling) {
      plan.outcomes.push({
        ref: input.ref,
        label: input.label,
        kind: "skipped",
        why: "no person in the text; its card photo was read",
      });
      log(
        "",
        "skipped",
        `${describeInput(input)}: no person in the text; the lead comes from its card photo`,
        input.ref,
      );
      continue;
    }
    if (!hasIdentity(lead)) {
      // Nothing to follow up with (empty, binary, a newsletter): accounted for in Activity, never a row.
      const more = warnings.filter((w) => !/^no lead found/.test(w)).join("; ");
      const reason = `no person or company in it${more ? ` (${more})` : ""}`;
      plan.outcomes.push({ ref: input.ref, label: input.label, kind: "skipped", why: reason });
      log("", "skipped", `${describeInput(input)}: ${reason}`, input.ref);
      continue;
    }
    const followUp = isYmd(lead.followUp) ? lead.followUp : addBusinessDays(today, ctx.followUpDays);
    const followUpCell = midnightInZone(followUp, ctx.timeZone);
    const match = index.find(lead);
    if (match) {
      const target = match.item;
      const current: LeadRecord = target.added ?? {
        ...rows[target.existing!],
        ...plan.changes.get(target.existing!),
      };
      const result = planMerge(current, {
        lead: { ...lead, source: leadSource(input.kind, lead) },
        needsReview,
        from: describeInput(input),
        followUp: followUpCell,
        today,
        todayCell,
        origin: input.link,
        owner: ctx.owner,
        region: ctx.region,
        idKey: input.idKey,
        id: input.recordId,
      });
      if (target.added) Object.assign(target.added, result.changes);
      else plan.changes.set(target.existing!, { ...plan.changes.get(target.existing!), ...result.changes });
      index.add({ ...current, ...result.changes }, target);
      const leadId = String(current.leadId ?? "");
      const facts = [`matched by ${match.reason}`];
      if (result.filled.length) facts.push(`filled ${result.filled.join(", ")}`);
      if (result.differing.length) facts.push(`kept the row's values; also ${result.differing.join("; ")}`);
      log(leadId, "merged", `${describeInput(input)} merged into ${leadId}: ${facts.join("; ")}`, input.ref);
      if (needsReview)
        log(
          leadId,
          "review flagged",
          `${describeInput(input)}: ${why || "extraction was unsure"}`,
          input.ref,
        );
      plan.outcomes.push({
        ref: input.ref,
        label: input.label,
        kind: "merged",
        leadId,
        needsReview,
        why,
        name: lead.name ?? String(current.name ?? ""),
      });
      continue;
    }
    const leadId = ids.next();
    const review = needsReview;
    const rec = newLeadRecord(lead, input, {
      leadId,
      now: ctx.now,
      today,
      todayCell,
      followUpCell,
      owner: ctx.owner,
      review,
    });
    plan.newRecords.push(rec);
    index.add(rec, { added: rec });
    const who = lead.name || lead.email || lead.phone || lead.company || "no person found";
    log(
      leadId,
      "captured",
      `${describeInput(input)}: ${who}${lead.company && lead.name ? `, ${lead.company}` : ""}`,
      input.ref,
    );
    if (review)
      log(leadId, "review flagged", `${describeInput(input)}: ${why || "no person found"}`, input.ref);
    plan.outcomes.push({
      ref: input.ref,
      label: input.label,
      kind: "captured",
      leadId,
      needsReview: review,
      why,
      name: lead.name ?? who,
    });
  }
  plan.highestIssued = ids.highest;
  return plan;
}
