// Finds each column by its header text, tolerant of case, accents, spacing and punctuation; never by position.
import type { ColumnSpec } from "./columns";

/** "Next  Follow-Up:" -> "next follow up"; "Téléphone" -> "telephone". */
export function normalizeHeader(text: unknown): string {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9#]+/g, " ")
    .trim();
}

export interface HeaderMap<K extends string> {
  /** 0-based column index of each column found. */
  index: Partial<Record<K, number>>;
  /** Keys of the spec that have no column yet (setup adds them at the right). */
  missing: K[];
  /** 0-based indexes of columns that are not ours: the user's, never written. */
  userColumns: number[];
  /** Width of the header row as read. */
  width: number;
}

/** Maps a header row to the spec: exact header text first, then aliases; the leftmost match wins. */
export function mapHeaders<K extends string>(
  headerRow: readonly unknown[],
  spec: readonly ColumnSpec<K>[],
): HeaderMap<K> {
  const normalized = headerRow.map(normalizeHeader);
  const taken = new Set<number>();
  const index: Partial<Record<K, number>> = {};
  // Two passes so that an exact header is never stolen by another column's alias.
  for (const pass of ["header", "alias"] as const) {
    for (const col of spec) {
      if (index[col.key] !== undefined) continue;
      const names = pass === "header" ? [col.header] : (col.aliases ?? []);
      for (const name of names) {
        const at = normalized.findIndex((h, i) => h !== "" && !taken.has(i) && h === normalizeHeader(name));
        if (at >= 0) {
          index[col.key] = at;
          taken.add(at);
          break;
        }
      }
    }
  }
  const missing = spec.filter((c) => index[c.key] === undefined).map((c) => c.key);
  const userColumns = normalized.map((_h, i) => i).filter((i) => !taken.has(i));
  return { index, missing, userColumns, width: headerRow.length };
}

/** The header row after adding the missing columns at the right of everything the user has. */
export function repairedHeaderRow<K extends string>(
  headerRow: readonly unknown[],
  spec: readonly ColumnSpec<K>[],
): string[] {
  const map = mapHeaders(headerRow, spec);
  const row = headerRow.map((h) => String(h ?? ""));
  // Trailing blank header cells are reused before growing the row.
  while (row.length && row[row.length - 1].trim() === "") row.pop();
  for (const key of map.missing) row.push(spec.find((c) => c.key === key)!.header);
  return row;
}
