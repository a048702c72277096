// Cohort conversion: of the leads captured in each week, how many reached each stage so far (any-stage funnel).
import { addDays } from "./day";
import type { LeadFacts } from "./facts";
import { emptyWeek, type WeekFlow } from "./weekly";

/** Below this many leads a rate says little: the tab and email show counts only. */
export const MIN_FOR_RATE = 10;

/** A week's cohort: the week's leads in, and how many of them reached each stage so far. */
export interface Cohort extends WeekFlow {
  /** won / leadsIn, or null when fewer than MIN_FOR_RATE leads came in. */
  wonRate: number | null;
  /** contacted / leadsIn, or null when fewer than MIN_FOR_RATE leads came in. */
  contactedRate: number | null;
}

export function cohorts(facts: readonly LeadFacts[], starts: readonly string[]): Cohort[] {
  return starts.map((start) => {
    const end = addDays(start, 7);
    const c: Cohort = { ...emptyWeek(start), wonRate: null, contactedRate: null };
    for (const f of facts) {
      if (!f.captured || f.captured < start || f.captured >= end) continue;
      c.leadsIn++;
      if (f.furthest >= 0) c.contacted++;
      if (f.furthest >= 1) c.appointments++;
      if (f.furthest >= 2) c.proposals++;
      if (f.furthest >= 3) c.won++;
      if (f.lost) c.lost++;
    }
    if (c.leadsIn >= MIN_FOR_RATE) {
      c.wonRate = c.won / c.leadsIn;
      c.contactedRate = c.contacted / c.leadsIn;
    }
    return c;
  });
}
