// SpreadsheetApp.Range: a rectangle of cells, read and written with Google's rules and errors.
import { strict } from "../strict";
import { formatA1 } from "./a1";
import { cellAt, hasContent, type SheetState } from "./state";
import { ERRORS, readDisplay, readValue, writeFormula, writeInput, type Where } from "./cells";
import { makeSheet } from "./sheet";
import { sortRows, type SortSpec } from "./sort";
import type { GRange } from "./range-base";
import { RangeText } from "./range-text";
import { FILTER_ERRORS, makeFilter } from "./filter";
type Implemented =
  | "getValues"
  | "getValue"
  | "setValues"
  | "setValue"
  | "getDisplayValues"
  | "getDisplayValue"
  | "getFormulas"
  | "getFormula"
  | "setFormula"
  | "setFormulas"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getA1Notation"
  | "getSheet"
  | "getGridId"
  | "setNumberFormat"
  | "setNumberFormats"
  | "getNumberFormat"
  | "getNumberFormats"
  | "setDataValidation"
  | "setDataValidations"
  | "getDataValidation"
  | "getDataValidations"
  | "clearDataValidations"
  | "clear"
  | "clearContent"
  | "clearFormat"
  | "setFontWeight"
  | "setFontWeights"
  | "getFontWeight"
  | "getFontWeights"
  | "setBackground"
  | "getBackground"
  | "getBackgrounds"
  | "offset"
  | "getCell"
  | "sort"
  | "isBlank"
  | "createFilter"
  | "getFilter"
  | "setWrap"
  | "getWrap"
  | "getWraps"
  | "setRichTextValues"
  | "setRichTextValue"
  | "getRichTextValues"
  | "getRichTextValue";

export class FakeRange extends RangeText implements Pick<GRange, Implemented> {
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

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const sheet = this.call("offset");
    return makeRange(
      this.where,
      sheet,
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }

  getCell(row: number, column: number): GRange {
    const sheet = this.call("getCell");
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols)
      throw new Error("Cell reference out of range");
    return makeRange(this.where, sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }

  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    const sheet = this.call("createFilter");
    if (sheet.filter) throw new Error(FILTER_ERRORS.exists);
    sheet.filter = { range: formatA1(this.row, this.col, this.numRows, this.numCols), hidden: {} };
    return makeFilter(this.where);
  }

  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    const sheet = this.call("getFilter");
    return sheet.filter ? makeFilter(this.where) : null;
  }

  isBlank(): boolean {
    const sheet = this.call("isBlank");
    return this.grid((r, c) => hasContent(cellAt(sheet, r, c))).every((row) => !row.includes(true));
  }

  sort(sortSpecObj: unknown): GRange {
    const sheet = this.call("sort");
    sortRows(
      this.where,
      sheet,
      this.row - 1,
      this.numRows,
      this.col - 1,
      this.numCols,
      sortSpecObj as SortSpec,
    );
    return this.self();
  }
}

/** A Range over rows/columns (1-based), checked against the sheet's size like Google does. */
export function makeRange(
  where: Where,
  sheet: SheetState,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): GRange {
  if (row < 1) throw new Error(ERRORS.rowTooSmall);
  if (col < 1) throw new Error(ERRORS.colTooSmall);
  if (numRows < 1) throw new Error(ERRORS.rowsAtLeastOne);
  if (numCols < 1) throw new Error(ERRORS.colsAtLeastOne);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) throw new Error(ERRORS.outside);
  return strict(
    new FakeRange(where, row, col, numRows, numCols),
    "spreadsheet",
    "Range",
    "SpreadsheetApp.Range",
  ) as unknown as GRange;
}
