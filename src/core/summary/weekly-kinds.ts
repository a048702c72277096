// Leads in per week by source kind: the stacked-column chart's table.
import { addDays } from "./day";
import type { LeadFacts } from "./facts";
import { SOURCE_KINDS, type SourceKind } from "./source-kind";

export interface WeeklyKinds {
  /** Kinds with at least one lead in the 12 weeks, in the fixed kind order. */
  kinds: SourceKind[];
  weeks: { start: string; counts: number[] }[];
}

export function weeklyByKind(facts: readonly LeadFacts[], starts: readonly string[]): WeeklyKinds {
  const table = starts.map(() => new Map<SourceKind, number>());
  const end = starts.length ? addDays(starts[starts.length - 1], 7) : "";
  for (const f of facts) {
    if (!f.captured || f.captured < starts[0] || f.captured >= end) continue;
    let i = starts.length - 1;
    while (i > 0 && starts[i] > f.captured) i--;
    table[i].set(f.kind, (table[i].get(f.kind) ?? 0) + 1);
  }
  const kinds = SOURCE_KINDS.filter((k) => table.some((m) => m.has(k)));
  return {
    kinds,
    weeks: starts.map((start, i) => ({ start, counts: kinds.map((k) => table[i].get(k) ?? 0) })),
  };
}
