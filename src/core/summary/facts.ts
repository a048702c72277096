// One lead as the Summary counts it: its days in the ledger's zone, its source kind and how far it got.
import { asStage } from "../ledger/stage";
import { TAGS } from "../ledger/columns";
import type { LeadRecord } from "../ledger/record";
import { dayOf, daysFrom, isLocalMidnight } from "./day";
import { sourceKind, type SourceKind } from "./source-kind";

/** The funnel's stages after capture, in order; Lost stands aside. */
export const FUNNEL = ["contacted", "appointment", "proposal", "won"] as const;
export type FunnelStage = (typeof FUNNEL)[number];
const STAGE_OF: Record<string, FunnelStage> = {
  Contacted: "contacted",
  Appointment: "appointment",
  Proposal: "proposal",
  Won: "won",
};

export interface LeadFacts {
  leadId: string;
  name: string;
  /** The sheet row it was read from (1-based), for links. */
  row: number;
  kind: SourceKind;
  detail: string;
  /** YYYY-MM-DD days ("" when blank or unreadable). */
  captured: string;
  on: Record<FunnelStage | "lost", string>;
  /** Index in FUNNEL of the furthest stage reached, by any date or by Stage (-1: none yet). */
  furthest: number;
  lost: boolean;
  /** Hours from Captured to Contacted on, when both are known. */
  hoursToContact?: number;
  tags: string;
  lostReason: string;
  nurtureStep: number;
  lastActivity: string;
}

/** A Date that carries a time of day in the zone (not a date-only cell at local midnight). */
function hasTime(v: unknown, timeZone: string): v is Date {
  return v instanceof Date && !isNaN(v.getTime()) && !isLocalMidnight(v, timeZone);
}

/**
 * Hours from capture to first contact: exact when both cells carry a time, else whole days × 24 (a date-only
 * "Contacted on" the same day as capture is 0 h, the next day 24 h): never a negative time.
 */
function hoursToContact(
  rec: LeadRecord,
  captured: string,
  contacted: string,
  timeZone: string,
): number | undefined {
  if (!captured || !contacted) return undefined;
  if (hasTime(rec.captured, timeZone) && hasTime(rec.contactedOn, timeZone))
    return Math.max(0, (rec.contactedOn.getTime() - rec.captured.getTime()) / 3600000);
  return Math.max(0, daysFrom(captured, contacted) * 24);
}

export function leadFacts(rec: LeadRecord, row: number, timeZone: string, dayFirst = false): LeadFacts {
  const day = (v: unknown) => dayOf(v, timeZone, dayFirst);
  const on = {
    contacted: day(rec.contactedOn),
    appointment: day(rec.appointmentOn),
    proposal: day(rec.proposalOn),
    won: day(rec.wonOn),
    lost: day(rec.lostOn),
  };
  const stage = asStage(rec.stage);
  let furthest = stage && STAGE_OF[stage] ? FUNNEL.indexOf(STAGE_OF[stage]) : -1;
  FUNNEL.forEach((s, i) => {
    if (on[s] && i > furthest) furthest = i;
  });
  const captured = day(rec.captured);
  const source = sourceKind(rec.source);
  return {
    leadId: String(rec.leadId ?? "").trim(),
    name: String(rec.name ?? "").trim(),
    row,
    kind: source.kind,
    detail: source.detail,
    captured,
    on,
    furthest,
    lost: stage === "Lost" || !!on.lost,
    hoursToContact: hoursToContact(rec, captured, on.contacted, timeZone),
    tags: String(rec.tags ?? ""),
    lostReason: String(rec.lostReason ?? "").trim(),
    nurtureStep: Number(String(rec.nurtureStep ?? "").trim()) || 0,
    lastActivity: day(rec.lastActivity),
  };
}

export function isReengaged(f: LeadFacts): boolean {
  return f.tags.toLowerCase().includes(TAGS.reengaged.toLowerCase());
}
