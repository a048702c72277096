// A workbook saved to a folder and loaded by the next run is the same workbook.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Sandbox } from "../../../sandbox/index";
import { leadsSheet, type SheetGlobals } from "./helpers";

test("values, formulas, dates, formats, validation, rules and charts survive save and load", () => {
  const { sb, g, sheet } = leadsSheet();
  sheet.getRange("C:C").setNumberFormat("@");
  sheet.getRange(1, 1, 2, 4).setValues([
    ["Name", "Captured", "Phone", "Won"],
    ["Ann Example", new Date("2025-02-04T15:00:00Z"), "+15550142", '=COUNTIF(A:A,"Ann*")'],
  ]);
  sheet.setFrozenRows(1);
  sheet.hideColumns(4);
  sheet.getRange("B2:B").setDataValidation(g.SpreadsheetApp.newDataValidation().requireDate().build());
  sheet.setConditionalFormatRules([
    g.SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground("#eeeeee")
      .setRanges([sheet.getRange("A2:A")])
      .build(),
  ]);
  sheet.insertChart(
    sheet.newChart().setChartType(g.Charts.ChartType.PIE).addRange(sheet.getRange("A1:B2")).build(),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheets-"));
  sb.save(dir);

  const next = Sandbox.load(dir, { now: sb.kernel.now(), clockFollowsRealTime: false });
  const g2 = next.globals as unknown as SheetGlobals;
  const again = g2.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Leads")!;
  expect(again.getRange(1, 1, 2, 4).getValues()).toEqual([
    ["Name", "Captured", "Phone", "Won"],
    ["Ann Example", new Date("2025-02-04T15:00:00Z"), "+15550142", 1],
  ]);
  expect(again.getRange("D2").getFormula()).toBe('=COUNTIF(A:A,"Ann*")');
  expect(again.getFrozenRows()).toBe(1);
  expect(again.isColumnHiddenByUser(4)).toBe(true);
  expect(again.getRange("B9").getDataValidation()?.getCriteriaType()).toBe("DATE_IS_VALID_DATE");
  expect(again.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe("A2:A1000");
  expect(next.sheets.book().sheets[1].charts[0].type).toBe("PIE");
  expect(g2.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(
    g.SpreadsheetApp.getActiveSpreadsheet().getId(),
  );
});
