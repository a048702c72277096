// The capture plan: every input read this run, matched against the whole ledger, becomes row changes,
// new rows and one Activity entry each — computed in memory from one read of the Leads tab.
import type { Extraction, Lead } from "../lead";
import { LEAD_COLUMNS, type LeadKey } from "./columns";
import { mapHeaders, type HeaderMap } from "./headers";
import { readRecord, splitIds, type LeadRecord } from "./record";
import { DedupeIndex } from "./dedupe";
import { LeadIdAllocator } from "./ids";
import { planMerge } from "./merge";
import { captureTags } from "./tags";
import { addBusinessDays, isYmd, midnightInZone, ymdInZone } from "./dates";
import type { CellValue } from "./literal";
import type { ActivityEntry } from "./activity";
import { leadSource } from "./source";

export interface CaptureInput {
  /** Unique id of this input: a Gmail message id, a Drive file id, or `<message id>#<n>` for an attachment. */
  ref: string;
  /** "manual": typed or corrected by the user in an add-on card. */
  kind: "email" | "card" | "manual";
  /** What a person recognizes it by: the subject or the file name. */
  label: string;
  /** Who sent it (an e-mail's From), so an input without a subject is still recognisable. */
  from?: string;
  /** Link to the message or photo (the Origin column). */
  link: string;
  /** The id recorded in the ledger's system column so it is never captured twice. */
  recordId: string;
  idKey: "messageIds" | "photoIds";
  extraction?: Extraction;
  /** Set when the input could not be read: why (it gets an Activity entry and no row). */
  skipped?: string;
  /** What the user wrote with it (the add-on's Note field): appended to the lead's Notes. */
  note?: string;
  /** Another input of the same message produced a lead: an empty result here is no review row. */
  hasSibling?: boolean;
  /**
   * When it arrived (ms). Inputs are planned oldest first, so the first mention of a person makes the row; inputs
   * arriving together keep the reverse of the order given (Gmail lists the newest first).
   */
  at?: number;
}

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

export type OutcomeKind = "captured" | "merged" | "skipped" | "already";

export interface Outcome {
  ref: string;
  label: string;
  kind: OutcomeKind;
  leadId?: string;
  needsReview?: boolean;
  why?: string;
  name?: string;
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

/** An e-mail's sender as a person reads it: the address (or the name when there is no address). */
function sender(from: string | undefined): string {
  const text = (from ?? "").trim();
  if (!text) return "no sender";
  const m = /<([^<>@\s]+@[^<>\s]+)>/.exec(text);
  return m ? m[1] : text.slice(0, 80);
}

function describe(input: CaptureInput): string {
  const what =
    input.kind === "email"
      ? `email “${input.label}”${input.from !== undefined ? ` from ${sender(input.from)}` : ""}`
      : input.kind === "manual"
        ? `quick add “${input.label}”`
        : `card photo ${input.label}`;
  return input.note ? `${what} (note: ${input.note.replace(/\s+/g, " ")})` : what;
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
      log("", "skipped", `${describe(input)}: ${why}`, input.ref);
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
        `${describe(input)}: no person in the text; the lead comes from its card photo`,
        input.ref,
      );
      continue;
    }
    if (!hasIdentity(lead)) {
      // Nothing to follow up with (empty, binary, a newsletter): accounted for in Activity, never a row.
      const more = warnings.filter((w) => !/^no lead found/.test(w)).join("; ");
      const reason = `no person or company in it${more ? ` (${more})` : ""}`;
      plan.outcomes.push({ ref: input.ref, label: input.label, kind: "skipped", why: reason });
      log("", "skipped", `${describe(input)}: ${reason}`, input.ref);
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
        from: describe(input),
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
      log(leadId, "merged", `${describe(input)} merged into ${leadId}: ${facts.join("; ")}`, input.ref);
      if (needsReview)
        log(leadId, "review flagged", `${describe(input)}: ${why || "extraction was unsure"}`, input.ref);
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
    const rec: LeadRecord = {
      leadId,
      captured: ctx.now,
      name: lead.name ?? "",
      company: lead.company ?? "",
      title: lead.title ?? "",
      email: lead.email ?? "",
      phone: lead.phone ?? "",
      website: lead.website ?? "",
      source: leadSource(input.kind, lead),
      stage: "New",
      tags: captureTags(lead, review).join(", "),
      nextFollowUp: followUpCell as CellValue,
      owner: ctx.owner,
      lastActivity: todayCell,
      notes: `${today}: captured from ${describe(input)}`,
      origin: input.link,
      [input.idKey]: input.recordId,
    };
    plan.newRecords.push(rec);
    index.add(rec, { added: rec });
    const who = lead.name || lead.email || lead.phone || lead.company || "no person found";
    log(
      leadId,
      "captured",
      `${describe(input)}: ${who}${lead.company && lead.name ? `, ${lead.company}` : ""}`,
      input.ref,
    );
    if (review) log(leadId, "review flagged", `${describe(input)}: ${why || "no person found"}`, input.ref);
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
