// Lost and nurtured: lost by reason, in nurture by step, re-engaged, and months from Lost on to the reply.
import { daysFrom } from "./day";
import { isReengaged, type LeadFacts } from "./facts";
import { median } from "./stats";

export interface LostAndNurtured {
  lost: number;
  byReason: { reason: string; count: number }[];
  /** Lost leads part-way through the nurture sequence (step ≥ 1, not re-engaged), by step. */
  inNurture: { step: number; count: number }[];
  reengaged: number;
  /**
   * Median months from Lost on to the reply, over re-engaged leads with both dates; the reply is the lead's
   * Last activity (nurture sets it when the reply is read). null when none.
   */
  medianMonthsToReply: number | null;
}

const DAYS_PER_MONTH = 365.25 / 12;

export function lostAndNurtured(facts: readonly LeadFacts[]): LostAndNurtured {
  const reasons = new Map<string, { reason: string; count: number }>();
  const steps = new Map<number, number>();
  const months: number[] = [];
  let lost = 0;
  let reengaged = 0;
  for (const f of facts) {
    const back = isReengaged(f);
    if (back) {
      reengaged++;
      if (f.on.lost && f.lastActivity && f.lastActivity >= f.on.lost)
        months.push(daysFrom(f.on.lost, f.lastActivity) / DAYS_PER_MONTH);
    }
    if (!f.lost) continue;
    lost++;
    const reason = f.lostReason || "(no reason given)";
    const key = reason.toLowerCase();
    const r = reasons.get(key) ?? { reason, count: 0 };
    r.count++;
    reasons.set(key, r);
    if (!back && f.nurtureStep >= 1) steps.set(f.nurtureStep, (steps.get(f.nurtureStep) ?? 0) + 1);
  }
  const m = median(months);
  return {
    lost,
    byReason: [...reasons.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    inNurture: [...steps.entries()].sort((a, b) => a[0] - b[0]).map(([step, count]) => ({ step, count })),
    reengaged,
    medianMonthsToReply: m === undefined ? null : Math.round(m * 10) / 10,
  };
}
