// Weekly flow: each stage counted in the week its own "… on" date falls in; a skipped stage has no date to count.
import { addDays } from "./day";
import type { LeadFacts } from "./facts";

export interface WeekFlow {
  start: string;
  leadsIn: number;
  contacted: number;
  appointments: number;
  proposals: number;
  won: number;
  lost: number;
}

export const FLOW_KEYS = ["leadsIn", "contacted", "appointments", "proposals", "won", "lost"] as const;
export type FlowKey = (typeof FLOW_KEYS)[number];

/** A week starting on `start` with nothing counted yet. */
export function emptyWeek(start: string): WeekFlow {
  return { start, leadsIn: 0, contacted: 0, appointments: 0, proposals: 0, won: 0, lost: 0 };
}

/** One row per week start (oldest first); a date outside every week counts nowhere. */
export function weeklyFlow(facts: readonly LeadFacts[], starts: readonly string[]): WeekFlow[] {
  const weeks: WeekFlow[] = starts.map(emptyWeek);
  if (!starts.length) return weeks;
  const first = starts[0];
  const end = addDays(starts[starts.length - 1], 7);
  const at = (ymd: string): WeekFlow | undefined => {
    if (!ymd || ymd < first || ymd >= end) return undefined;
    let i = starts.length - 1;
    while (i > 0 && starts[i] > ymd) i--;
    return weeks[i];
  };
  const bump = (ymd: string, key: FlowKey) => {
    const w = at(ymd);
    if (w) w[key]++;
  };
  for (const f of facts) {
    bump(f.captured, "leadsIn");
    bump(f.on.contacted, "contacted");
    bump(f.on.appointment, "appointments");
    bump(f.on.proposal, "proposals");
    bump(f.on.won, "won");
    bump(f.on.lost, "lost");
  }
  return weeks;
}
