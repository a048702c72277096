// The exported workbook opens in a spreadsheet program: exceljs reads back values, formulas, dates, layout; CSV is RFC 4180.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { exportWorkbook } from "../../../sandbox/export";
import { leadsSheet } from "./helpers";

async function exported() {
  const { g, sheet, sb } = leadsSheet();
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  ss.setSpreadsheetTimeZone("America/Toronto");
  sheet.getRange("D:D").setNumberFormat("@");
  sheet.getRange(1, 1, 3, 5).setValues([
    ["Name", "Captured", "Notes", "Phone", "Won"],
    ["Ann Example", "2025-02-04", 'Said "call me", next week', "+15550142", '=COUNTIF(A:A,"Ann*")'],
    ["Bob, Jr.", new Date("2025-02-04T15:30:00Z"), "line one\nline two", "+15550143", ""],
  ]);
  sheet.getRange("A1:E1").setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.hideColumns(5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-"));
  sb.kernel.resetCounts();
  const files = await exportWorkbook(ss, dir, "Lead Ledger");
  return { files, dir, sb };
}

test("the xlsx holds values, formulas with their results, dates as dates, the frozen header and hidden columns", async () => {
  const { files, sb } = await exported();
  expect(sb.kernel.totalCalls).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(files.xlsx);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", "Leads"]);
  const ws = wb.getWorksheet("Leads")!;
  expect(ws.getCell("A2").value).toBe("Ann Example");
  expect(ws.getCell("E2").value).toEqual({ formula: 'COUNTIF(A:A,"Ann*")', result: 1 });
  expect(ws.getCell("B2").value).toEqual(new Date("2025-02-04T00:00:00Z"));
  expect(ws.getCell("B2").numFmt).toBe("yyyy-mm-dd");
  expect(ws.getCell("B3").value).toEqual(new Date("2025-02-04T10:30:00Z"));
  expect(ws.getCell("D2").value).toBe("+15550142");
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(ws.getColumn(5).hidden).toBe(true);
});

test("each tab becomes an RFC 4180 CSV of display values", async () => {
  const { files, dir } = await exported();
  expect(files.csv.map((f) => path.relative(dir, f))).toEqual(["Sheet1.csv", "Leads.csv"]);
  expect(fs.readFileSync(path.join(dir, "Leads.csv"), "utf8")).toBe(
    "Name,Captured,Notes,Phone,Won\r\n" +
      'Ann Example,2025-02-04,"Said ""call me"", next week",+15550142,1\r\n' +
      '"Bob, Jr.",2/4/2025 10:30:00,"line one\nline two",+15550143,\r\n',
  );
  expect(fs.readFileSync(path.join(dir, "Sheet1.csv"), "utf8")).toBe("");
});
