// The common ground of SpreadsheetApp.Range's fake: its rectangle, the call counter, cell iteration, shape checks.
import type { CellState, SheetState } from "./state";
import { ERRORS, sheetState, type Where } from "./cells";

export type GRange = GoogleAppsScript.Spreadsheet.Range;

export class RangeBase {
  constructor(
    readonly where: Where,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  protected call(method: string): SheetState {
    this.where.kernel.call(`SpreadsheetApp.Range.${method}`);
    return sheetState(this.where);
  }

  protected self(): GRange {
    return this as unknown as GRange;
  }

  /** Runs `f` on every cell, row by row, collecting a 2-D array. */
  protected grid<T>(f: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numCols; c++) row.push(f(this.row - 1 + r, this.col - 1 + c));
      out.push(row);
    }
    return out;
  }

  protected checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    if (data.length !== this.numRows) throw new Error(ERRORS.rows(data.length, this.numRows));
    for (const row of data) {
      if (!Array.isArray(row))
        throw new Error(
          "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
        );
      if (row.length !== this.numCols) throw new Error(ERRORS.cols(row.length, this.numCols));
    }
    return data as unknown[][];
  }
}

export function clearContentOf(cell: CellState): void {
  delete cell.v;
  delete cell.f;
  delete cell.link;
}

export function clearFormatOf(cell: CellState): void {
  delete cell.nf;
  delete cell.bg;
  delete cell.fw;
  delete cell.wrap;
}
