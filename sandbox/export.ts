// Writes a sandbox workbook as a real .xlsx (exceljs) and one RFC 4180 .csv per tab, as a person would download them.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Kernel } from "./kernel";
import {
  bookState,
  lastColumnWithContent,
  lastRowWithContent,
  readDisplay,
  readValue,
  type Where,
} from "./spreadsheet/cells";
import { cellAt, type SheetState, type SpreadsheetState } from "./spreadsheet/state";
import { wallClock } from "./spreadsheet/dates";
import { writeChartImages } from "./export-charts";

export interface ExportedFiles {
  xlsx: string;
  csv: string[];
}

/** The sandbox's view of a Spreadsheet fake (reading it for export is not a script call, so nothing is counted). */
function unwrap(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  kernel: Kernel;
  book: SpreadsheetState;
} {
  const fake = spreadsheet as unknown as { kernel?: Kernel; bookId?: string };
  if (!fake.kernel || !fake.bookId) throw new Error("exportWorkbook needs a sandbox Spreadsheet");
  return { kernel: fake.kernel, book: bookState(fake.kernel, fake.bookId) };
}

/** A Date as Excel reads it: the spreadsheet's wall-clock time, written as if it were UTC. */
function excelDate(d: Date, tz: string): Date {
  const w = wallClock(d, tz);
  return new Date(Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s));
}

/** Sheets number formats as Excel writes them (Excel's codes are lower-case, AM/PM aside). */
function excelFormat(nf: string): string {
  return nf === "@"
    ? nf
    : nf.replace(/"[^"]*"|AM\/PM|A\/P|[^"]+/gi, (part) =>
        part.startsWith('"') || /^a/i.test(part) ? part : part.toLowerCase(),
      );
}

function writeSheet(wb: ExcelJS.Workbook, kernel: Kernel, book: SpreadsheetState, sheet: SheetState): void {
  const ws = wb.addWorksheet(sheet.name.slice(0, 31), {
    views:
      sheet.frozenRows || sheet.frozenCols
        ? [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: sheet.frozenCols }]
        : [],
  });
  const where: Where = { kernel, bookId: book.id, sheetId: sheet.id };
  const lastRow = lastRowWithContent(sheet);
  const lastCol = lastColumnWithContent(sheet);
  for (let r = 0; r < lastRow; r++) {
    for (let c = 0; c < lastCol; c++) {
      const cell = cellAt(sheet, r, c);
      if (!cell) continue;
      const target = ws.getCell(r + 1, c + 1);
      const value = readValue(where, sheet, r, c);
      const result = value instanceof Date ? excelDate(value, book.timeZone) : value;
      if (cell.f !== undefined)
        target.value = {
          formula: cell.f.slice(1),
          result: result as ExcelJS.CellValue,
        } as ExcelJS.CellFormulaValue;
      else if (value !== "") target.value = result as ExcelJS.CellValue;
      if (cell.nf) target.numFmt = excelFormat(cell.nf);
      else if (value instanceof Date) target.numFmt = "yyyy-mm-dd hh:mm:ss";
      if (cell.fw === "bold") target.font = { bold: true };
      if (cell.bg)
        target.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: `FF${cell.bg.replace("#", "").toUpperCase()}` },
        };
      if (cell.link && typeof value === "string") {
        target.value = { text: value, hyperlink: cell.link };
        target.font = { ...(target.font ?? {}), color: { argb: "FF1155CC" }, underline: true };
      }
      if (cell.wrap) target.alignment = { wrapText: true, vertical: "top" };
    }
  }
  writeValidations(ws, sheet);
  for (let c = 1; c <= Math.max(lastCol, ...sheet.hiddenCols, 0); c++) {
    const col = ws.getColumn(c);
    if (sheet.hiddenCols.includes(c)) col.hidden = true;
    if (sheet.colWidths[c]) col.width = Math.round(sheet.colWidths[c] / 7);
  }
  if (sheet.filter) ws.autoFilter = sheet.filter.range;
  for (const rule of sheet.rules) {
    const { criteria, values, background } = rule.condition;
    const style = background
      ? {
          fill: {
            type: "pattern" as const,
            pattern: "solid" as const,
            bgColor: { argb: `FF${background.replace("#", "").toUpperCase()}` },
          },
        }
      : {};
    const ref = rule.ranges.join(" ");
    if (criteria === "CUSTOM_FORMULA")
      ws.addConditionalFormatting({
        ref,
        rules: [{ type: "expression", priority: 1, formulae: [String(values[0]).replace(/^=/, "")], style }],
      });
    else if (criteria === "TEXT_CONTAINS")
      // As an expression: exceljs writes a containsText rule without its text attribute, which Excel and
      // LibreOffice then never match. SEARCH is case-insensitive, like Sheets' "Text contains".
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [`NOT(ISERROR(SEARCH("${String(values[0]).replace(/"/g, '""')}",${topLeft(rule.ranges[0])})))`],
            style,
          },
        ],
      });
  }
}

/** The top-left cell of an A1 range, relative ("Q2:Q1000" -> "Q2"). */
function topLeft(a1: string): string {
  return a1.split(":")[0].replace(/\$/g, "");
}

function columnName(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Dropdowns over the rows that carry them, empty rows included (a whole Stage column stays a dropdown). */
function writeValidations(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const runs = new Map<string, { col: number; from: number; to: number; list: string; strict: boolean }>();
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const dv = row[c]?.dv;
      if (dv?.criteria !== "VALUE_IN_LIST") continue;
      const list = (dv.values[0] as unknown[]).map(String).join(",");
      const run = runs.get(`${c}`);
      if (run && run.to === r - 1 && run.list === list) run.to = r;
      else {
        if (run) addValidation(ws, run);
        runs.set(`${c}`, { col: c + 1, from: r, to: r, list, strict: !dv.allowInvalid });
      }
    }
  }
  for (const run of runs.values()) addValidation(ws, run);
}

function addValidation(
  ws: ExcelJS.Worksheet,
  run: { col: number; from: number; to: number; list: string; strict: boolean },
): void {
  const col = columnName(run.col);
  (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${col}${run.from + 1}:${col}${run.to + 1}`,
    { type: "list", allowBlank: true, showErrorMessage: run.strict, formulae: [`"${run.list}"`] },
  );
}

/** One tab as RFC 4180 CSV: display values, fields quoted when they hold a quote, comma or line break; CRLF lines. */
export function sheetCsv(kernel: Kernel, book: SpreadsheetState, sheet: SheetState): string {
  const where: Where = { kernel, bookId: book.id, sheetId: sheet.id };
  const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines: string[] = [];
  for (let r = 0; r < lastRowWithContent(sheet); r++) {
    const fields: string[] = [];
    for (let c = 0; c < lastColumnWithContent(sheet); c++)
      fields.push(quote(readDisplay(where, sheet, r, c)));
    lines.push(fields.join(","));
  }
  return lines.length ? lines.join("\r\n") + "\r\n" : "";
}

/** A tab's name as a file name (characters file systems refuse become "_"). */
function fileName(name: string): string {
  return [...name].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch)).join("");
}

/** Writes `dir/<baseName>.xlsx` and `dir/<Tab>.csv` for every tab; returns the paths written. */
export async function exportWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  dir: string,
  baseName: string,
): Promise<ExportedFiles> {
  const { kernel, book } = unwrap(spreadsheet);
  fs.mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = "Lead Ledger sandbox";
  for (const sheet of book.sheets) writeSheet(wb, kernel, book, sheet);
  for (const sheet of book.sheets) writeChartImages(wb, { kernel, bookId: book.id, sheetId: sheet.id }, sheet);
  const xlsx = path.join(dir, `${baseName}.xlsx`);
  await wb.xlsx.writeFile(xlsx);
  const csv = book.sheets.map((sheet) => {
    const file = path.join(dir, `${fileName(sheet.name)}.csv`);
    fs.writeFileSync(file, sheetCsv(kernel, book, sheet));
    return file;
  });
  return { xlsx, csv };
}
