// Setup lays the ledger out for reading: widths (dates never "###"), long text wrapped, the Stage dropdown on
// every row, Origin as a link — once; a person's own widths survive every re-run.
import { ledgerSandbox, deliverInquiries, records, links } from "../helpers/ledger-sandbox";
import { execution, runCaptureUntilDone, runSetup } from "../../sandbox/cli/run-jobs";
import { LAYOUT_KEY } from "../../src/workspace/sheet-layout";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function onTab<T>(sb: ReturnType<typeof ledgerSandbox>, name: string, fn: (sheet: Sheet, col: (h: string) => number) => T): T {
  return execution(sb, () => {
    const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName(name)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    return fn(sheet, (h) => header.indexOf(h) + 1);
  });
}

describe("setup's layout", () => {
  test("dates wide enough, Notes / Details / Body / help wrapped, the Stage dropdown down to the last row", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    onTab(sb, "Leads", (sheet, col) => {
      for (const h of ["Contacted on", "Appointment on", "Proposal on", "Won on", "Lost on", "Next follow-up", "Last activity", "Last nurture"])
        expect({ h, width: sheet.getColumnWidth(col(h)) >= 110 }).toEqual({ h, width: true });
      expect(sheet.getColumnWidth(col("Captured"))).toBeGreaterThanOrEqual(140);
      expect(sheet.getRange(2, col("Notes"), sheet.getMaxRows() - 1, 1).getWraps().every(([w]) => w)).toBe(true);
      expect(sheet.getRange(sheet.getMaxRows(), col("Stage")).getDataValidation()).not.toBeNull();
    });
    onTab(sb, "Activity", (sheet, col) => expect(sheet.getRange(2, col("Details")).getWrap()).toBe(true));
    onTab(sb, "Templates", (sheet, col) => expect(sheet.getRange(2, col("Body")).getWrap()).toBe(true));
    onTab(sb, "Settings", (sheet, col) => expect(sheet.getRange(2, col("What it does")).getWrap()).toBe(true));
  });

  test("re-running setup keeps a person's own widths and reports no change", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    onTab(sb, "Leads", (sheet, col) => sheet.setColumnWidth(col("Notes"), 212));
    const again = runSetup(sb);
    expect(again.changed).toEqual([]);
    onTab(sb, "Leads", (sheet, col) => expect(sheet.getColumnWidth(col("Notes"))).toBe(212));
  });

  test("a ledger set up before the layout existed gets it on the next setup, except widths the person chose", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    onTab(sb, "Leads", (sheet, col) => {
      for (let c = 1; c <= sheet.getMaxColumns(); c++) sheet.setColumnWidth(c, 100);
      sheet.setColumnWidth(col("Name"), 240);
      sheet.getRange(2, col("Stage"), sheet.getMaxRows() - 1, 1).clearDataValidations();
    });
    execution(sb, () => PropertiesService.getUserProperties().deleteProperty(LAYOUT_KEY));
    const again = runSetup(sb);
    expect(again.changed).toEqual(expect.arrayContaining([expect.stringMatching(/^Leads: layout/)]));
    onTab(sb, "Leads", (sheet, col) => {
      expect(sheet.getColumnWidth(col("Name"))).toBe(240);
      expect(sheet.getColumnWidth(col("Next follow-up"))).toBeGreaterThanOrEqual(110);
      expect(sheet.getRange(sheet.getMaxRows(), col("Stage")).getDataValidation()).not.toBeNull();
    });
  });

  test("Origin reads 'email' or 'photo', linked to the message or file, and is plain text (never a formula)", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [1]);
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads")[0].Origin).toBe("email");
    expect(links(sb, "Leads", "Origin")).toEqual([["email", expect.stringMatching(/^https:\/\/mail\.google\.com\/mail\/\?authuser=[\w%.-]+#all\/\w+$/)]]);
    onTab(sb, "Leads", (sheet, col) => expect(sheet.getRange(2, col("Origin")).getFormula()).toBe(""));
  });
});
