// Not accounted for: open leads overdue, with no next step, or untouched — the follow-ups' own rule, reused.
import { followUpStatus, UNACCOUNTED, type AccountedRules, type FollowUpStatus } from "../ledger/accounted";
import type { LeadRecord } from "../ledger/record";
import { dayOf } from "./day";

export interface Unaccounted {
  leadId: string;
  name: string;
  row: number;
  reason: FollowUpStatus;
}

const ORDER: Record<string, number> = { overdue: 0, noNextStep: 1, untouched: 2 };

/** `rows` pairs each record with its sheet row (1-based); overdue first, then no next step, then untouched. */
export function notAccountedFor(
  rows: readonly { rec: LeadRecord; row: number }[],
  today: string,
  timeZone: string,
  rules?: AccountedRules,
): Unaccounted[] {
  const out: Unaccounted[] = [];
  for (const { rec, row } of rows) {
    // The rule reads its dates as calendar days; handing them over as days already (memoised by zone) keeps
    // 10,000 leads from building a date formatter per cell. Same rule, same answer.
    const days: LeadRecord = {
      stage: rec.stage,
      nextFollowUp: dayOf(rec.nextFollowUp, timeZone),
      lastActivity: dayOf(rec.lastActivity, timeZone),
      captured: dayOf(rec.captured, timeZone),
    };
    const reason = followUpStatus(days, today, timeZone, rules);
    if (UNACCOUNTED.includes(reason))
      out.push({ leadId: String(rec.leadId ?? "").trim(), name: String(rec.name ?? "").trim(), row, reason });
  }
  return out.sort((a, b) => ORDER[a.reason] - ORDER[b.reason] || a.row - b.row);
}

export const REASON_TEXT: Record<string, string> = {
  overdue: "overdue",
  noNextStep: "no next step",
  untouched: "untouched",
};
