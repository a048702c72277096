// Reading and writing cells of a sheet: computed values, display text, formulas, and Sheets' write rules.
import type { Kernel } from "../kernel";
import {
  cellAt,
  cellFor,
  hasContent,
  sheetsState,
  type CellState,
  type CellValue,
  type SheetState,
  type SpreadsheetState,
} from "./state";
import { displayValue, interpret, outputValue } from "./values";
import { evaluateFormula } from "./formula/evaluator";
import { wallClock } from "./dates";

export const ERRORS = {
  outside: "The coordinates of the range are outside the dimensions of the sheet.",
  rowTooSmall: "The starting row of the range is too small.",
  colTooSmall: "The starting column of the range is too small.",
  rowsAtLeastOne: "The number of rows in the range must be at least 1.",
  colsAtLeastOne: "The number of columns in the range must be at least 1.",
  rangeNotFound: "Range not found",
  rows: (has: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${has} but the range has ${range}.`,
  cols: (has: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${has} but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  sheetGone: "The sheet you are trying to access has been deleted.",
  noSpreadsheet: (what: string) =>
    `Unexpected error while getting the method or property ${what} on object SpreadsheetApp.`,
  ui: "Cannot call SpreadsheetApp.getUi() from this context.",
} as const;

/** Where a fake object lives: the kernel, its spreadsheet id and (for sheets and ranges) its sheet id. */
export interface Where {
  kernel: Kernel;
  bookId: string;
  sheetId: number;
}

export function bookState(kernel: Kernel, bookId: string): SpreadsheetState {
  const book = sheetsState(kernel).books[bookId];
  if (!book) throw new Error(ERRORS.noSpreadsheet("openById"));
  return book;
}

export function sheetState(w: Where): SheetState {
  const sheet = bookState(w.kernel, w.bookId).sheets.find((s) => s.id === w.sheetId);
  if (!sheet) throw new Error(ERRORS.sheetGone);
  return sheet;
}

/** The value getValues returns for one cell (0-based r, c): formulas computed, Dates for dates, "" when empty. */
export function readValue(w: Where, sheet: SheetState, r: number, c: number): CellValue {
  const cell = cellAt(sheet, r, c);
  if (!cell) return "";
  const book = bookState(w.kernel, w.bookId);
  if (cell.f !== undefined) {
    const v = evaluateFormula(cell.f, {
      book,
      sheet,
      now: w.kernel.now(),
      visiting: new Set([`${sheet.id}:${r}:${c}`]),
    });
    return outputValue(v, cell.nf, book.timeZone);
  }
  return outputValue(cell.v, cell.nf, book.timeZone);
}

export function readDisplay(w: Where, sheet: SheetState, r: number, c: number): string {
  const cell = cellAt(sheet, r, c);
  const v = readValue(w, sheet, r, c);
  const tz = bookState(w.kernel, w.bookId).timeZone;
  let nf = cell?.nf;
  if (!nf && v instanceof Date && cell?.f !== undefined) {
    const t = wallClock(v, tz);
    nf = t.h || t.mi || t.s ? "M/d/yyyy H:mm:ss" : "M/d/yyyy";
  }
  return displayValue(v, nf, tz);
}

/** Writes what Apps Script code passed to setValue(s)/appendRow, as Sheets would store it. */
export function writeInput(w: Where, sheet: SheetState, r: number, c: number, input: unknown): void {
  const existing = cellAt(sheet, r, c);
  const tz = bookState(w.kernel, w.bookId).timeZone;
  const content = interpret(input, existing?.nf, tz);
  if (!existing && content.v === "" && content.f === undefined) return;
  const cell = cellFor(sheet, r, c);
  delete cell.v;
  delete cell.f;
  delete cell.link;
  if (content.f !== undefined) cell.f = content.f;
  else if (content.v !== "") cell.v = content.v;
  if (content.nf && !cell.nf) cell.nf = content.nf;
}

export function writeFormula(sheet: SheetState, r: number, c: number, formula: string): void {
  const cell = cellFor(sheet, r, c);
  delete cell.v;
  delete cell.f;
  if (formula) cell.f = formula.startsWith("=") ? formula : `=${formula}`;
}

export function lastRowWithContent(sheet: SheetState, fromCol = 0, toCol = Infinity): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    const row = sheet.rows[r];
    if (row && row.some((cell, c) => c >= fromCol && c < toCol && hasContent(cell))) return r + 1;
  }
  return 0;
}

export function lastColumnWithContent(sheet: SheetState): number {
  let last = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (let c = row.length - 1; c >= last; c--) {
      if (hasContent(row[c])) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

/** A copy of a cell's formatting (for rows Sheets adds below, which take the formats of the row above). */
export function formatOnly(cell: CellState | null): CellState | null {
  if (
    !cell ||
    (cell.nf === undefined &&
      cell.dv === undefined &&
      cell.bg === undefined &&
      cell.fw === undefined &&
      cell.wrap === undefined)
  )
    return null;
  const out: CellState = {};
  if (cell.nf !== undefined) out.nf = cell.nf;
  if (cell.dv !== undefined) out.dv = cell.dv;
  if (cell.bg !== undefined) out.bg = cell.bg;
  if (cell.fw !== undefined) out.fw = cell.fw;
  if (cell.wrap !== undefined) out.wrap = cell.wrap;
  return out;
}
