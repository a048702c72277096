// SpreadsheetApp.Sheet: one tab; its size, frozen rows, hidden columns, rows added and removed, rules and charts.
import { strict } from "../strict";
import { parseA1, type GridRef } from "./a1";
import type { SheetState, SpreadsheetState } from "./state";
import { remapBook } from "./formula/rewrite";
import {
  ERRORS,
  bookState,
  lastColumnWithContent,
  lastRowWithContent,
  readValue,
  writeInput,
  type Where,
} from "./cells";
import { makeRange } from "./range";
import { makeSpreadsheet } from "./spreadsheet";
import { sortRows } from "./sort";
import { addColumns, addRows, checkColumns, removeColumns, removeRows } from "./shape";
import { SheetExtras } from "./sheet-extras";

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type Implemented =
  | "getName"
  | "setName"
  | "getSheetId"
  | "getIndex"
  | "getParent"
  | "getRange"
  | "getDataRange"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "appendRow"
  | "insertRowsAfter"
  | "insertRowAfter"
  | "insertRowsBefore"
  | "insertRowBefore"
  | "deleteRow"
  | "deleteRows"
  | "insertColumnAfter"
  | "insertColumnBefore"
  | "insertColumnsAfter"
  | "insertColumnsBefore"
  | "deleteColumn"
  | "deleteColumns"
  | "setFrozenRows"
  | "getFrozenRows"
  | "setFrozenColumns"
  | "getFrozenColumns"
  | "hideColumns"
  | "showColumns"
  | "isColumnHiddenByUser"
  | "sort"
  | "setColumnWidth"
  | "getColumnWidth"
  | "getFilter"
  | "getConditionalFormatRules"
  | "setConditionalFormatRules"
  | "clearConditionalFormatRules"
  | "newChart"
  | "insertChart"
  | "getCharts"
  | "removeChart"
  | "updateChart"
  | "clear"
  | "clearContents"
  | "activate"
  | "getSheetValues"
  | "isRowHiddenByFilter";
export class FakeSheet extends SheetExtras implements Pick<GSheet, Implemented> {
  /** The workbook and this tab, for a call that changes the tab's shape. */
  private shape(method: string): [SpreadsheetState, SheetState] {
    const sheet = this.call(method);
    return [bookState(this.where.kernel, this.where.bookId), sheet];
  }

  getName(): string {
    return this.call("getName").name;
  }

  setName(name: string): GSheet {
    const sheet = this.call("setName");
    const book = bookState(this.where.kernel, this.where.bookId);
    if (book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(ERRORS.sheetExists(name));
    remapBook(book, { sheetName: sheet.name, newName: name });
    sheet.name = name;
    return this.self();
  }

  getSheetId(): number {
    return this.call("getSheetId").id;
  }

  getIndex(): number {
    const sheet = this.call("getIndex");
    return bookState(this.where.kernel, this.where.bookId).sheets.indexOf(sheet) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.call("getParent");
    return makeSpreadsheet(this.where.kernel, this.where.bookId);
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    const sheet = this.call("getRange");
    if (typeof a === "string") {
      const ref = parseA1(a);
      if (!ref || (ref.sheet !== undefined && ref.sheet.toLowerCase() !== sheet.name.toLowerCase()))
        throw new Error(ERRORS.rangeNotFound);
      return rangeFromA1(this.where, sheet, ref);
    }
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return makeRange(this.where, sheet, a, column, numRows ?? 1, numColumns ?? 1);
  }

  getDataRange(): GRange {
    const sheet = this.call("getDataRange");
    return makeRange(
      this.where,
      sheet,
      1,
      1,
      Math.max(1, lastRowWithContent(sheet)),
      Math.max(1, lastColumnWithContent(sheet)),
    );
  }

  /** Google's shortcut read: -1 rows or columns means "to the last row/column with content". One call. */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const sheet = this.call("getSheetValues");
    const rows = numRows === -1 ? lastRowWithContent(sheet) - startRow + 1 : numRows;
    const cols = numColumns === -1 ? lastColumnWithContent(sheet) - startColumn + 1 : numColumns;
    if (rows <= 0 || cols <= 0) return [];
    if (
      startRow < 1 ||
      startColumn < 1 ||
      startRow + rows - 1 > sheet.maxRows ||
      startColumn + cols - 1 > sheet.maxCols
    )
      throw new Error(ERRORS.outside);
    return Array.from({ length: rows }, (_r, r) =>
      Array.from({ length: cols }, (_c, c) =>
        readValue(this.where, sheet, startRow - 1 + r, startColumn - 1 + c),
      ),
    );
  }

  getLastRow(): number {
    return lastRowWithContent(this.call("getLastRow"));
  }

  getLastColumn(): number {
    return lastColumnWithContent(this.call("getLastColumn"));
  }

  getMaxRows(): number {
    return this.call("getMaxRows").maxRows;
  }

  getMaxColumns(): number {
    return this.call("getMaxColumns").maxCols;
  }

  appendRow(rowContents: unknown[]): GSheet {
    const sheet = this.call("appendRow");
    const r = lastRowWithContent(sheet);
    if (r + 1 > sheet.maxRows) addRows(bookState(this.where.kernel, this.where.bookId), sheet, r, 1);
    if (rowContents.length > sheet.maxCols) sheet.maxCols = rowContents.length;
    rowContents.forEach((v, c) => writeInput(this.where, sheet, r, c, v));
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    addRows(...this.shape("insertRowsAfter"), afterPosition, howMany);
    return this.self();
  }

  insertRowAfter(afterPosition: number): GSheet {
    addRows(...this.shape("insertRowAfter"), afterPosition, 1);
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    addRows(...this.shape("insertRowsBefore"), beforePosition - 1, howMany);
    return this.self();
  }

  insertRowBefore(beforePosition: number): GSheet {
    addRows(...this.shape("insertRowBefore"), beforePosition - 1, 1);
    return this.self();
  }

  deleteRow(rowPosition: number): GSheet {
    removeRows(...this.shape("deleteRow"), rowPosition, 1);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): GSheet {
    removeRows(...this.shape("deleteRows"), rowPosition, howMany);
    return this.self();
  }

  insertColumnAfter(afterPosition: number): GSheet {
    addColumns(...this.shape("insertColumnAfter"), afterPosition, 1);
    return this.self();
  }

  insertColumnBefore(beforePosition: number): GSheet {
    addColumns(...this.shape("insertColumnBefore"), beforePosition - 1, 1);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    addColumns(...this.shape("insertColumnsAfter"), afterPosition, howMany);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    addColumns(...this.shape("insertColumnsBefore"), beforePosition - 1, howMany);
    return this.self();
  }

  deleteColumn(columnPosition: number): GSheet {
    removeColumns(...this.shape("deleteColumn"), columnPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): GSheet {
    removeColumns(...this.shape("deleteColumns"), columnPosition, howMany);
    return this.self();
  }

  setFrozenRows(rows: number): void {
    const sheet = this.call("setFrozenRows");
    if (rows < 0 || rows > sheet.maxRows) throw new Error(ERRORS.outside);
    sheet.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.call("getFrozenRows").frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const sheet = this.call("setFrozenColumns");
    if (columns < 0 || columns > sheet.maxCols) throw new Error(ERRORS.outside);
    sheet.frozenCols = columns;
  }

  getFrozenColumns(): number {
    return this.call("getFrozenColumns").frozenCols;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    const sheet = this.call("hideColumns");
    checkColumns(sheet, columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      if (!sheet.hiddenCols.includes(c)) sheet.hiddenCols.push(c);
    sheet.hiddenCols.sort((a, b) => a - b);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    const sheet = this.call("showColumns");
    checkColumns(sheet, columnIndex, numColumns);
    sheet.hiddenCols = sheet.hiddenCols.filter((c) => c < columnIndex || c >= columnIndex + numColumns);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    const sheet = this.call("isColumnHiddenByUser");
    checkColumns(sheet, columnPosition, 1);
    return sheet.hiddenCols.includes(columnPosition);
  }

  sort(columnPosition: number, ascending = true): GSheet {
    const sheet = this.call("sort");
    const last = lastRowWithContent(sheet);
    if (last > sheet.frozenRows)
      sortRows(this.where, sheet, sheet.frozenRows, last - sheet.frozenRows, 0, sheet.maxCols, {
        column: columnPosition,
        ascending,
      });
    return this.self();
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    const sheet = this.call("setColumnWidth");
    checkColumns(sheet, columnPosition, 1);
    sheet.colWidths[columnPosition] = width;
    return this.self();
  }

  getColumnWidth(columnPosition: number): number {
    const sheet = this.call("getColumnWidth");
    checkColumns(sheet, columnPosition, 1);
    return sheet.colWidths[columnPosition] ?? 100;
  }

  clear(): GSheet {
    this.call("clear").rows = [];
    return this.self();
  }

  clearContents(): GSheet {
    const sheet = this.call("clearContents");
    for (const row of sheet.rows) {
      for (const cell of row ?? []) {
        if (!cell) continue;
        delete cell.v;
        delete cell.f;
      }
    }
    return this.self();
  }

  activate(): GSheet {
    this.call("activate");
    bookState(this.where.kernel, this.where.bookId).activeSheetId = this.where.sheetId;
    return this.self();
  }
}

/** The Range an A1 reference names on `sheet` (whole columns or rows run to the sheet's edge). */
export function rangeFromA1(where: Where, sheet: SheetState, ref: GridRef): GRange {
  const endRow = ref.endRow ?? sheet.maxRows;
  const endCol = ref.endCol ?? sheet.maxCols;
  return makeRange(where, sheet, ref.row, ref.col, endRow - ref.row + 1, endCol - ref.col + 1);
}

export function makeSheet(where: Where): GSheet {
  return strict(new FakeSheet(where), "spreadsheet", "Sheet", "SpreadsheetApp.Sheet") as unknown as GSheet;
}
