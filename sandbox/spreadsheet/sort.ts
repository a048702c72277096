// Sorting rows of a block of cells like Sheets does: by computed values, blanks last, stable.
import type { SheetState, CellState } from "./state";
import { readValue, type Where } from "./cells";
import { compare } from "./formula/evaluator";

export type SortSpec =
  number | { column: number; ascending?: boolean } | (number | { column: number; ascending?: boolean })[];

/** Sorts rows r0..r0+n-1 (0-based) within columns c0..c0+nc-1; spec columns are the sheet's 1-based columns. */
export function sortRows(
  where: Where,
  sheet: SheetState,
  r0: number,
  n: number,
  c0: number,
  nc: number,
  spec: SortSpec,
): void {
  const keys = (Array.isArray(spec) ? spec : [spec]).map((s) =>
    typeof s === "number"
      ? { column: s, ascending: true }
      : { column: s.column, ascending: s.ascending ?? true },
  );
  for (const k of keys) {
    if (k.column - 1 < c0 || k.column - 1 >= c0 + nc)
      throw new Error(`The specified sort column is invalid or out of range.`);
  }
  const tz = "UTC";
  const rows = [];
  for (let i = 0; i < n; i++) {
    const r = r0 + i;
    rows.push({
      cells: Array.from({ length: nc }, (_, j) => sheet.rows[r]?.[c0 + j] ?? null) as (CellState | null)[],
      values: keys.map((k) => readValue(where, sheet, r, k.column - 1)),
      i,
    });
  }
  rows.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const x = a.values[k];
      const y = b.values[k];
      if (x === "" || y === "") {
        if (x === y) continue;
        return x === "" ? 1 : -1;
      }
      const c = compare(x, y, tz);
      if (c !== 0) return keys[k].ascending ? c : -c;
    }
    return a.i - b.i;
  });
  rows.forEach((row, i) => {
    const r = r0 + i;
    const target = (sheet.rows[r] ??= []);
    for (let i2 = sheet.rows.length - 1; i2 >= 0; i2--) if (sheet.rows[i2] == null) sheet.rows[i2] = [];
    row.cells.forEach((cell, j) => {
      for (let k = target.length; k < c0 + j; k++) target[k] = null;
      target[c0 + j] = cell;
    });
  });
}
