// Changing a sheet's shape: rows and columns inserted and deleted, with formats, hidden columns and widths moved along.
import type { SheetState, SpreadsheetState } from "./state";
import { ERRORS, formatOnly } from "./cells";
import { AXIS, remapBook } from "./formula/rewrite";

export function checkColumns(sheet: SheetState, col: number, n: number): void {
  if (col < 1 || n < 1 || col + n - 1 > sheet.maxCols) throw new Error(ERRORS.outside);
}

/** Inserts `n` rows after row `after` (1-based; 0 = at the top); new rows take the formats of the row above. */
export function addRows(book: SpreadsheetState, sheet: SheetState, after: number, n: number): void {
  if (after < 0 || after > sheet.maxRows) throw new Error(ERRORS.outside);
  remapBook(book, { sheetName: sheet.name, rows: AXIS.inserted(after, n) });
  const above = after > 0 ? (sheet.rows[after - 1] ?? []) : [];
  const fresh = Array.from({ length: n }, () => above.map((cell) => formatOnly(cell)));
  if (sheet.rows.length > after) sheet.rows.splice(after, 0, ...fresh);
  else if (above.some(Boolean)) for (let i = 0; i < n; i++) sheet.rows[after + i] = fresh[i];
  for (let i = 0; i < sheet.rows.length; i++) sheet.rows[i] ??= [];
  sheet.maxRows += n;
}

export function removeRows(book: SpreadsheetState, sheet: SheetState, from: number, n: number): void {
  if (from < 1 || n < 1 || from + n - 1 > sheet.maxRows) throw new Error(ERRORS.outside);
  if (n >= sheet.maxRows) throw new Error("You can't delete all the rows on the sheet.");
  remapBook(book, { sheetName: sheet.name, rows: AXIS.deleted(from, n) });
  sheet.rows.splice(from - 1, n);
  sheet.maxRows -= n;
  sheet.frozenRows = Math.min(sheet.frozenRows, sheet.maxRows);
}

/** Inserts `n` columns after column `after` (1-based; 0 = at the left); later hidden columns and widths move right. */
export function addColumns(book: SpreadsheetState, sheet: SheetState, after: number, n: number): void {
  if (after < 0 || after > sheet.maxCols) throw new Error(ERRORS.outside);
  remapBook(book, { sheetName: sheet.name, cols: AXIS.inserted(after, n) });
  for (const row of sheet.rows) {
    if (!row || row.length <= after) continue;
    row.splice(after, 0, ...Array.from({ length: n }, () => null));
  }
  sheet.hiddenCols = sheet.hiddenCols.map((c) => (c > after ? c + n : c));
  sheet.colWidths = Object.fromEntries(
    Object.entries(sheet.colWidths).map(([c, w]) => [Number(c) > after ? Number(c) + n : Number(c), w]),
  );
  sheet.maxCols += n;
}

export function removeColumns(book: SpreadsheetState, sheet: SheetState, from: number, n: number): void {
  checkColumns(sheet, from, n);
  if (n >= sheet.maxCols) throw new Error("You can't delete all the columns on the sheet.");
  remapBook(book, { sheetName: sheet.name, cols: AXIS.deleted(from, n) });
  const map = AXIS.deleted(from, n);
  sheet.colWidths = Object.fromEntries(
    Object.entries(sheet.colWidths)
      .map(([c, w]) => [map(Number(c)), w] as const)
      .filter(([c]) => c !== null),
  );
  for (const row of sheet.rows) row?.splice(from - 1, n);
  sheet.hiddenCols = sheet.hiddenCols
    .filter((c) => c < from || c >= from + n)
    .map((c) => (c >= from + n ? c - n : c));
  sheet.maxCols -= n;
}
