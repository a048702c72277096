// Is an open lead accounted for? One rule for the Leads highlight, the daily digest and the Summary tab.
import { asStage } from "./stage";
import { cellYmd } from "./dates";
import type { LeadRecord } from "./record";

/** Why an open lead needs attention; `dueToday` is a reminder, not a lapse. */
export type FollowUpStatus = "closed" | "noNextStep" | "overdue" | "dueToday" | "untouched" | "ok";

export interface AccountedRules {
  /** Days past its follow-up date, with no activity since, before an open lead is overdue. */
  overdueAfterDays: number;
  /** Days without any activity (or since capture) before an open lead is untouched. */
  untouchedAfterDays: number;
}

export const DEFAULT_ACCOUNTED_RULES: AccountedRules = { overdueAfterDays: 2, untouchedAfterDays: 14 };

const OPEN = new Set(["New", "Contacted", "Appointment", "Proposal"]);

/** Whole days from `a` to `b` (YYYY-MM-DD each). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

/**
 * The follow-up status of one lead on `today` (YYYY-MM-DD in the ledger's zone). A blank Stage is New (a row
 * the user typed in). Won and Lost leads are closed: a Lost lead's later follow-up is a reminder, never a lapse.
 */
export function followUpStatus(
  rec: LeadRecord,
  today: string,
  timeZone: string,
  rules: AccountedRules = DEFAULT_ACCOUNTED_RULES,
): FollowUpStatus {
  const stage = asStage(rec.stage) ?? (String(rec.stage ?? "").trim() ? undefined : "New");
  if (!stage || !OPEN.has(stage)) return "closed";
  const next = cellYmd(rec.nextFollowUp, timeZone);
  const last = cellYmd(rec.lastActivity, timeZone) || cellYmd(rec.captured, timeZone);
  if (!next) return "noNextStep";
  if (next === today) return "dueToday";
  if (next < today) {
    const touchedSince = !!last && last > next;
    if (!touchedSince && daysBetween(next, today) > rules.overdueAfterDays) return "overdue";
  }
  if (last && daysBetween(last, today) > rules.untouchedAfterDays) return "untouched";
  return "ok";
}

/** The statuses that mean a lead is not accounted for (the digest's and the Summary's list). */
export const UNACCOUNTED: readonly FollowUpStatus[] = ["overdue", "noNextStep", "untouched"];
