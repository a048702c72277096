// Setup of one tab: created when missing, missing headers added at the right, and formats, dropdowns and
// hidden system columns applied only to the columns setup creates (a user's own formatting is never redone).
import type { ColumnSpec } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { readAll } from "./spreadsheet";

/** Number format per column kind; text columns are plain text so Sheets never coerces what they hold. */
const FORMATS: Record<ColumnSpec["kind"], string> = {
  text: "@",
  system: "@",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
  number: "0",
};

export interface TabResult {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  created: boolean;
  /** Keys whose column setup added now, with their 1-based column. */
  added: { key: string; column: number }[];
  /** Header text → 1-based column, after repair. */
  columns: Record<string, number>;
}

export function ensureTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  spec: readonly ColumnSpec[],
  reuse?: GoogleAppsScript.Spreadsheet.Sheet,
): TabResult {
  let sheet = ss.getSheetByName(name);
  let created = false;
  if (!sheet) {
    sheet = reuse ? reuse.setName(name) : ss.insertSheet(name);
    created = true;
  }
  const header = (created ? [] : (readAll(sheet)[0] ?? [])).map((h) => String(h ?? ""));
  while (header.length && header[header.length - 1].trim() === "") header.pop();
  const map = mapHeaders(header, spec);
  const added: { key: string; column: number }[] = [];
  if (map.missing.length) {
    const start = header.length + 1;
    const need = header.length + map.missing.length;
    const maxCols = sheet.getMaxColumns();
    if (maxCols < need) sheet.insertColumnsAfter(maxCols, need - maxCols);
    const titles = map.missing.map((k) => spec.find((c) => c.key === k)!.header);
    sheet.getRange(1, start, 1, titles.length).setValues([titles]).setFontWeight("bold");
    const rows = Math.max(sheet.getMaxRows() - 1, 1);
    map.missing.forEach((key, i) => {
      const col = spec.find((c) => c.key === key)!;
      added.push({ key, column: start + i });
      sheet!.getRange(2, start + i, rows, 1).setNumberFormat(FORMATS[col.kind]);
    });
    const system = added.filter((a) => spec.find((c) => c.key === a.key)!.kind === "system");
    if (system.length && !created) for (const s of system) sheet.hideColumns(s.column);
    else if (system.length) sheet.hideColumns(system[0].column, system.length);
  }
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  const after = mapHeaders(
    [...header, ...map.missing.map((k) => spec.find((c) => c.key === k)!.header)],
    spec,
  );
  const columns: Record<string, number> = {};
  for (const [k, i] of Object.entries(after.index as Record<string, number>)) columns[k] = i + 1;
  return { sheet, created, added, columns };
}

/** The keys of columns whose cells (sampled on row 2) are formatted as plain text. */
export function plainTextKeys(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: Record<string, number>,
): string[] {
  const width = Math.max(0, ...Object.values(columns));
  if (!width || sheet.getMaxRows() < 2) return [];
  const formats = sheet.getRange(2, 1, 1, width).getNumberFormats()[0];
  return Object.entries(columns)
    .filter(([, col]) => formats[col - 1] === "@")
    .map(([key]) => key)
    .sort();
}

/** A dropdown of `choices` on a column (rows 2…), set when setup creates the column. */
export function setDropdown(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  choices: readonly string[],
): void {
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...choices], true)
    .setAllowInvalid(false)
    .build();
  sheet.getRange(2, column, Math.max(sheet.getMaxRows() - 1, 1), 1).setDataValidation(rule);
}

/** Appends rows below the tab's data (Settings and Templates defaults). */
export function appendBelow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  existingRows: number,
  rows: (string | number)[][],
): void {
  if (!rows.length) return;
  sheet.getRange(existingRows + 1, 1, rows.length, rows[0].length).setValues(rows);
}

/** The column letter of a 1-based column (for conditional-format formulas). */
export function columnLetter(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
