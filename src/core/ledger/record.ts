// A ledger row as a record keyed by column key, and back; user columns are never part of a record.
import type { HeaderMap } from "./headers";
import type { LeadKey } from "./columns";
import type { CellValue } from "./literal";

export type LeadRecord = Partial<Record<LeadKey, CellValue>>;

/** The record of one sheet row: our columns only, by key. */
export function readRecord<K extends string>(
  row: readonly unknown[],
  map: HeaderMap<K>,
): Partial<Record<K, CellValue>> {
  const out: Partial<Record<K, CellValue>> = {};
  for (const [key, i] of Object.entries(map.index) as [K, number][]) {
    const v = row[i];
    out[key] = v === null || v === undefined ? "" : (v as CellValue);
  }
  return out;
}

/** A full-width row for `record`, blanks everywhere else (columns of the map's width). */
export function recordToRow<K extends string>(
  record: Partial<Record<K, CellValue>>,
  map: HeaderMap<K>,
  width = map.width,
): CellValue[] {
  const row: CellValue[] = new Array(width).fill("");
  for (const [key, i] of Object.entries(map.index) as [K, number][]) {
    const v = record[key];
    if (v !== undefined && i < width) row[i] = v;
  }
  return row;
}

/** Ids listed in a system cell ("id1 id2" or one per line). */
export function splitIds(value: unknown): string[] {
  return String(value ?? "")
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinIds(ids: readonly string[]): string {
  return [...new Set(ids)].join(" ");
}
