// Speed to lead: hours from Captured to Contacted on, median and 90th percentile, overall and by source kind.
import type { LeadFacts } from "./facts";
import { median, percentile } from "./stats";
import { SOURCE_KINDS, type SourceKind } from "./source-kind";

export interface Speed {
  /** Leads with both dates that count. */
  n: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface SpeedToLead extends Speed {
  /** Leads captured in the window and not contacted yet. */
  waiting: number;
  byKind: ({ kind: SourceKind } & Speed)[];
}

const round1 = (x: number | undefined) => (x === undefined ? null : Math.round(x * 10) / 10);

function speedOf(hours: number[]): Speed {
  return { n: hours.length, medianHours: round1(median(hours)), p90Hours: round1(percentile(hours, 90)) };
}

/** Over the leads captured in [from, to). */
export function speedToLead(facts: readonly LeadFacts[], from: string, to: string): SpeedToLead {
  const all: number[] = [];
  const byKind = new Map<SourceKind, number[]>();
  let waiting = 0;
  for (const f of facts) {
    if (!f.captured || f.captured < from || f.captured >= to) continue;
    if (f.hoursToContact === undefined) {
      if (f.furthest < 0 && !f.lost) waiting++;
      continue;
    }
    all.push(f.hoursToContact);
    const list = byKind.get(f.kind) ?? [];
    list.push(f.hoursToContact);
    byKind.set(f.kind, list);
  }
  return {
    ...speedOf(all),
    waiting,
    byKind: SOURCE_KINDS.filter((k) => byKind.has(k)).map((kind) => ({
      kind,
      ...speedOf(byKind.get(kind)!),
    })),
  };
}
