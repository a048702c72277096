// SpreadsheetApp.Range: a rectangle of cells, read and written with Google's rules and errors.
import { strict } from "../strict";
import { formatA1 } from "./a1";
import { cellAt, cellFor, hasContent, type CellState, type SheetState } from "./state";
import { ERRORS, readDisplay, readValue, sheetState, writeFormula, writeInput, type Where } from "./cells";
import { makeSheet } from "./sheet";
import { makeValidation, validationOf } from "./validation";
import { sortRows, type SortSpec } from "./sort";

type GRange = GoogleAppsScript.Spreadsheet.Range;
type Implemented =
  | "getValues" | "getValue" | "setValues" | "setValue" | "getDisplayValues" | "getDisplayValue" | "getFormulas" | "getFormula"
  | "setFormula" | "setFormulas" | "getRow" | "getColumn" | "getLastRow" | "getLastColumn" | "getNumRows" | "getNumColumns"
  | "getA1Notation" | "getSheet" | "getGridId" | "setNumberFormat" | "setNumberFormats" | "getNumberFormat" | "getNumberFormats"
  | "setDataValidation" | "setDataValidations" | "getDataValidation" | "getDataValidations" | "clearDataValidations" | "clear"
  | "clearContent" | "clearFormat" | "setFontWeight" | "getFontWeight" | "getFontWeights" | "setBackground" | "getBackground"
  | "getBackgrounds" | "offset" | "getCell" | "sort" | "isBlank";

const AUTO_FORMAT = "0.###############";

export class FakeRange implements Pick<GRange, Implemented> {
  constructor(
    readonly where: Where,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  private call(method: string): SheetState {
    this.where.kernel.call(`SpreadsheetApp.Range.${method}`);
    return sheetState(this.where);
  }

  private self(): GRange {
    return this as unknown as GRange;
  }

  /** Runs `f` on every cell, row by row, collecting a 2-D array. */
  private grid<T>(f: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numCols; c++) row.push(f(this.row - 1 + r, this.col - 1 + c));
      out.push(row);
    }
    return out;
  }

  private checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
    if (data.length !== this.numRows) throw new Error(ERRORS.rows(data.length, this.numRows));
    for (const row of data) {
      if (!Array.isArray(row)) throw new Error("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
      if (row.length !== this.numCols) throw new Error(ERRORS.cols(row.length, this.numCols));
    }
    return data as unknown[][];
  }

  getValues(): unknown[][] {
    const sheet = this.call("getValues");
    return this.grid((r, c) => readValue(this.where, sheet, r, c));
  }

  getValue(): unknown {
    const sheet = this.call("getValue");
    return readValue(this.where, sheet, this.row - 1, this.col - 1);
  }

  getDisplayValues(): string[][] {
    const sheet = this.call("getDisplayValues");
    return this.grid((r, c) => readDisplay(this.where, sheet, r, c));
  }

  getDisplayValue(): string {
    const sheet = this.call("getDisplayValue");
    return readDisplay(this.where, sheet, this.row - 1, this.col - 1);
  }

  setValues(values: unknown[][]): GRange {
    const sheet = this.call("setValues");
    const data = this.checkShape(values);
    this.grid((r, c) => writeInput(this.where, sheet, r, c, data[r - this.row + 1][c - this.col + 1]));
    return this.self();
  }

  setValue(value: unknown): GRange {
    const sheet = this.call("setValue");
    this.grid((r, c) => writeInput(this.where, sheet, r, c, value));
    return this.self();
  }

  getFormulas(): string[][] {
    const sheet = this.call("getFormulas");
    return this.grid((r, c) => cellAt(sheet, r, c)?.f ?? "");
  }

  getFormula(): string {
    const sheet = this.call("getFormula");
    return cellAt(sheet, this.row - 1, this.col - 1)?.f ?? "";
  }

  setFormula(formula: string): GRange {
    const sheet = this.call("setFormula");
    this.grid((r, c) => writeFormula(sheet, r, c, formula));
    return this.self();
  }

  setFormulas(formulas: string[][]): GRange {
    const sheet = this.call("setFormulas");
    const data = this.checkShape(formulas);
    this.grid((r, c) => writeFormula(sheet, r, c, String(data[r - this.row + 1][c - this.col + 1] ?? "")));
    return this.self();
  }

  getRow(): number {
    this.call("getRow");
    return this.row;
  }

  getColumn(): number {
    this.call("getColumn");
    return this.col;
  }

  getLastRow(): number {
    this.call("getLastRow");
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.call("getLastColumn");
    return this.col + this.numCols - 1;
  }

  getNumRows(): number {
    this.call("getNumRows");
    return this.numRows;
  }

  getNumColumns(): number {
    this.call("getNumColumns");
    return this.numCols;
  }

  getA1Notation(): string {
    this.call("getA1Notation");
    return formatA1(this.row, this.col, this.numRows, this.numCols);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.call("getSheet");
    return makeSheet(this.where);
  }

  getGridId(): number {
    this.call("getGridId");
    return this.where.sheetId;
  }

  setNumberFormat(numberFormat: string): GRange {
    const sheet = this.call("setNumberFormat");
    this.grid((r, c) => (cellFor(sheet, r, c).nf = numberFormat));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    const sheet = this.call("setNumberFormats");
    const data = this.checkShape(numberFormats);
    this.grid((r, c) => (cellFor(sheet, r, c).nf = String(data[r - this.row + 1][c - this.col + 1])));
    return this.self();
  }

  getNumberFormat(): string {
    const sheet = this.call("getNumberFormat");
    return cellAt(sheet, this.row - 1, this.col - 1)?.nf ?? AUTO_FORMAT;
  }

  getNumberFormats(): string[][] {
    const sheet = this.call("getNumberFormats");
    return this.grid((r, c) => cellAt(sheet, r, c)?.nf ?? AUTO_FORMAT);
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const sheet = this.call("setDataValidation");
    const state = rule ? validationOf(rule) : undefined;
    this.grid((r, c) => {
      if (state) cellFor(sheet, r, c).dv = state;
      else if (cellAt(sheet, r, c)) delete cellFor(sheet, r, c).dv;
    });
    return this.self();
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    const sheet = this.call("setDataValidations");
    const data = this.checkShape(rules) as (GoogleAppsScript.Spreadsheet.DataValidation | null)[][];
    this.grid((r, c) => {
      const rule = data[r - this.row + 1][c - this.col + 1];
      if (rule) cellFor(sheet, r, c).dv = validationOf(rule);
      else if (cellAt(sheet, r, c)) delete cellFor(sheet, r, c).dv;
    });
    return this.self();
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const sheet = this.call("getDataValidation");
    const dv = cellAt(sheet, this.row - 1, this.col - 1)?.dv;
    return dv ? makeValidation(this.where.kernel, dv) : null;
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    const sheet = this.call("getDataValidations");
    return this.grid((r, c) => {
      const dv = cellAt(sheet, r, c)?.dv;
      return dv ? makeValidation(this.where.kernel, dv) : null;
    });
  }

  clearDataValidations(): GRange {
    const sheet = this.call("clearDataValidations");
    this.grid((r, c) => cellAt(sheet, r, c) && delete cellFor(sheet, r, c).dv);
    return this.self();
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): GRange {
    const sheet = this.call("clear");
    const all = !options || (!options.contentsOnly && !options.formatOnly && !options.validationsOnly);
    this.grid((r, c) => {
      const cell = cellAt(sheet, r, c);
      if (!cell) return;
      if (all || options?.contentsOnly) clearContentOf(cell);
      if (all || options?.formatOnly) clearFormatOf(cell);
      if (all || options?.validationsOnly) delete cell.dv;
    });
    return this.self();
  }

  clearContent(): GRange {
    const sheet = this.call("clearContent");
    this.grid((r, c) => {
      const cell = cellAt(sheet, r, c);
      if (cell) clearContentOf(cell);
    });
    return this.self();
  }

  clearFormat(): GRange {
    const sheet = this.call("clearFormat");
    this.grid((r, c) => {
      const cell = cellAt(sheet, r, c);
      if (cell) clearFormatOf(cell);
    });
    return this.self();
  }

  setFontWeight(fontWeight: string | null): GRange {
    const sheet = this.call("setFontWeight");
    this.grid((r, c) => (fontWeight && fontWeight !== "normal" ? (cellFor(sheet, r, c).fw = fontWeight) : cellAt(sheet, r, c) && delete cellFor(sheet, r, c).fw));
    return this.self();
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    const sheet = this.call("getFontWeight");
    return (cellAt(sheet, this.row - 1, this.col - 1)?.fw ?? "normal") as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    const sheet = this.call("getFontWeights");
    return this.grid((r, c) => (cellAt(sheet, r, c)?.fw ?? "normal") as GoogleAppsScript.Spreadsheet.FontWeight);
  }

  setBackground(color: string | null): GRange {
    const sheet = this.call("setBackground");
    this.grid((r, c) => (color ? (cellFor(sheet, r, c).bg = color) : cellAt(sheet, r, c) && delete cellFor(sheet, r, c).bg));
    return this.self();
  }

  getBackground(): string {
    const sheet = this.call("getBackground");
    return cellAt(sheet, this.row - 1, this.col - 1)?.bg ?? "#ffffff";
  }

  getBackgrounds(): string[][] {
    const sheet = this.call("getBackgrounds");
    return this.grid((r, c) => cellAt(sheet, r, c)?.bg ?? "#ffffff");
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const sheet = this.call("offset");
    return makeRange(this.where, sheet, this.row + rowOffset, this.col + columnOffset, numRows ?? this.numRows, numColumns ?? this.numCols);
  }

  getCell(row: number, column: number): GRange {
    const sheet = this.call("getCell");
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) throw new Error("Cell reference out of range");
    return makeRange(this.where, sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }

  isBlank(): boolean {
    const sheet = this.call("isBlank");
    return this.grid((r, c) => hasContent(cellAt(sheet, r, c))).every((row) => !row.includes(true));
  }

  sort(sortSpecObj: unknown): GRange {
    const sheet = this.call("sort");
    sortRows(this.where, sheet, this.row - 1, this.numRows, this.col - 1, this.numCols, sortSpecObj as SortSpec);
    return this.self();
  }
}

function clearContentOf(cell: CellState): void {
  delete cell.v;
  delete cell.f;
}

function clearFormatOf(cell: CellState): void {
  delete cell.nf;
  delete cell.bg;
  delete cell.fw;
}

/** A Range over rows/columns (1-based), checked against the sheet's size like Google does. */
export function makeRange(where: Where, sheet: SheetState, row: number, col: number, numRows: number, numCols: number): GRange {
  if (row < 1) throw new Error(ERRORS.rowTooSmall);
  if (col < 1) throw new Error(ERRORS.colTooSmall);
  if (numRows < 1) throw new Error(ERRORS.rowsAtLeastOne);
  if (numCols < 1) throw new Error(ERRORS.colsAtLeastOne);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) throw new Error(ERRORS.outside);
  return strict(new FakeRange(where, row, col, numRows, numCols), "spreadsheet", "Range", "SpreadsheetApp.Range") as unknown as GRange;
}
