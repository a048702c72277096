// The Summary tab's "By source" table: a row per kind of source, each of its sources indented below it.
import { F, type Grid } from "./grid";
import type { SourceRow } from "./by-source";

/** Appends the table: its header, then each kind of source and its sources (or a line saying none came in). */
export function sourceRows(g: Grid, rows: readonly SourceRow[]): void {
  g.row(["Source", "Leads in", "Reached", "Appointments", "Proposals", "Won", "Lead → won"], [], true);
  if (!rows.length) g.row(["No leads came in."]);
  for (const r of rows) {
    g.row(
      [r.kind, r.leadsIn, r.reached, r.appointments, r.proposals, r.won, r.conversion],
      [F.text, F.int, F.int, F.int, F.int, F.int, F.pct],
    );
    for (const d of r.details)
      g.row(
        [`   ${d.name}`, d.leadsIn, d.reached, d.appointments, d.proposals, d.won, d.conversion],
        [F.text, F.int, F.int, F.int, F.int, F.int, F.pct],
      );
  }
}
