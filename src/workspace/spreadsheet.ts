// The ledger spreadsheet: open it, read a tab in one call, write computed blocks, append Activity rows.
import type { BlockWrite } from "../core/ledger/writes";
import { withKeptFormulas } from "../core/ledger/writes";
import type { CellValue } from "../core/ledger/literal";
import type { PropsStore } from "./props";

export const LEDGER_ID_KEY = "ledger.spreadsheetId";
/** Properties naming the columns whose cells are plain text, per tab (setup records them). */
export const PLAIN_TEXT_KEYS = {
  leads: "ledger.plainText.leads",
  activity: "ledger.plainText.activity",
} as const;
const OUTSIDE = /outside the dimensions|out of bounds|exceeds? the (grid|sheet)/i;

/** The ledger: the spreadsheet setup recorded, else the one this script is bound to; optionally a new one. */
export function openLedger(
  props: PropsStore,
  create = false,
): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const id = props.get(LEDGER_ID_KEY);
  if (id) return SpreadsheetApp.openById(id);
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  return create ? SpreadsheetApp.create("Lead Ledger") : null;
}

/** Every value of a tab, header included, in one call ([] for an empty tab). */
export function readAll(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  return sheet.getSheetValues(1, 1, -1, -1);
}

/** Runs `write`; when the sheet's grid is too small, grows it by `rows` and runs it again. */
function withRoom(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, write: () => void): void {
  try {
    write();
  } catch (err) {
    if (!OUTSIDE.test(String(err instanceof Error ? err.message : err))) throw err;
    sheet.insertRowsAfter(sheet.getMaxRows(), Math.max(rows, 100));
    write();
  }
}

/** Writes each block with one setValues; kept cells get their formulas back first (one getFormulas). */
export function writeBlocks(sheet: GoogleAppsScript.Spreadsheet.Sheet, blocks: readonly BlockWrite[]): void {
  for (const block of blocks) {
    withRoom(sheet, block.values.length, () => {
      const range = sheet.getRange(block.row, block.column, block.values.length, block.values[0].length);
      const values = block.keep.length ? withKeptFormulas(block, range.getFormulas()) : block.values;
      range.setValues(values);
    });
  }
}

/** Appends rows below the last row of the tab (Activity is append-only). */
export function appendRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly CellValue[][]): void {
  if (!rows.length) return;
  const start = sheet.getLastRow() + 1;
  withRoom(sheet, rows.length, () =>
    sheet.getRange(start, 1, rows.length, rows[0].length).setValues(rows as CellValue[][]),
  );
}
