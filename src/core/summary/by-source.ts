// By source: the leads captured in a window, grouped by source kind, and how far each group got so far.
import type { LeadFacts } from "./facts";
import { SOURCE_KINDS, type SourceKind } from "./source-kind";

export interface SourceCounts {
  leadsIn: number;
  /** Contacted or any stage after it (a lead that skipped Contacted still counts). */
  reached: number;
  appointments: number;
  proposals: number;
  won: number;
  /** won / leadsIn; null when nothing came in. */
  conversion: number | null;
}

export interface SourceRow extends SourceCounts {
  kind: SourceKind;
  /** Who referred (Referral) or which show (Trade show), busiest first. */
  details: ({ name: string } & SourceCounts)[];
}

function empty(): SourceCounts {
  return { leadsIn: 0, reached: 0, appointments: 0, proposals: 0, won: 0, conversion: null };
}

function add(c: SourceCounts, f: LeadFacts): void {
  c.leadsIn++;
  if (f.furthest >= 0) c.reached++;
  if (f.furthest >= 1) c.appointments++;
  if (f.furthest >= 2) c.proposals++;
  if (f.furthest >= 3) c.won++;
  c.conversion = c.won / c.leadsIn;
}

/** Kinds with leads captured in [from, to) (YYYY-MM-DD), in the fixed kind order; busiest detail first. */
export function bySource(facts: readonly LeadFacts[], from: string, to: string): SourceRow[] {
  const rows = new Map<SourceKind, SourceRow>();
  const details = new Map<SourceKind, Map<string, { name: string } & SourceCounts>>();
  for (const f of facts) {
    if (!f.captured || f.captured < from || f.captured >= to) continue;
    let row = rows.get(f.kind);
    if (!row) rows.set(f.kind, (row = { kind: f.kind, ...empty(), details: [] }));
    add(row, f);
    if (f.kind === "Referral" || f.kind === "Trade show" || f.kind === "Other") {
      const name = f.detail || "(not named)";
      let byName = details.get(f.kind);
      if (!byName) details.set(f.kind, (byName = new Map()));
      const key = name.toLowerCase();
      let d = byName.get(key);
      if (!d) byName.set(key, (d = { name, ...empty() }));
      add(d, f);
    }
  }
  return SOURCE_KINDS.filter((k) => rows.has(k)).map((k) => {
    const row = rows.get(k)!;
    row.details = [...(details.get(k)?.values() ?? [])].sort(
      (a, b) => b.leadsIn - a.leadsIn || b.won - a.won || a.name.localeCompare(b.name),
    );
    return row;
  });
}
