// Data validation, conditional formatting and charts: built with Google's builders, recorded for tests to read.
import { leadsSheet } from "./helpers";

describe("data validation", () => {
  test("a Stage dropdown built with requireValueInList reads back with its criteria", () => {
    const { sheet, g } = leadsSheet();
    const stages = ["New", "Contacted", "Appointment", "Proposal", "Won", "Lost"];
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(stages, true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange("B2:B1000").setDataValidation(rule);
    const read = sheet.getRange("B500").getDataValidation()!;
    expect(read.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(read.getCriteriaValues()).toEqual([stages, true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(sheet.getRange("B1").getDataValidation()).toBeNull();
  });

  test("rows Sheets adds below keep the validation and formats of the row above", () => {
    const { sheet, g } = leadsSheet();
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(["New", "Won"]).build();
    sheet.getRange(1, 2, 1000, 1).setDataValidation(rule).setNumberFormat("@");
    sheet.getRange(1000, 1).setValue("last");
    sheet.appendRow(["next", "+15550100"]);
    expect(sheet.getRange(1001, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual(["New", "Won"]);
    expect(sheet.getRange(1001, 2).getValue()).toBe("+15550100");
  });

  test("a dropdown from a range gives the Range back", () => {
    const { sheet, g } = leadsSheet();
    const settings = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Lost reasons");
    sheet
      .getRange("C2:C")
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation().requireValueInRange(settings.getRange("A1:A9")).build(),
      );
    const [range, dropdown] = sheet.getRange("C3").getDataValidation()!.getCriteriaValues();
    expect([range.getSheet().getName(), range.getA1Notation(), dropdown]).toEqual([
      "Lost reasons",
      "A1:A9",
      true,
    ]);
  });

  test("building without a criterion fails", () => {
    const { g } = leadsSheet();
    expect(() => g.SpreadsheetApp.newDataValidation().build()).toThrow(/criteria/);
  });
});

describe("conditional format rules", () => {
  test("rules are set, read back with their condition and ranges, and replaced as a whole", () => {
    const { sheet, g } = leadsSheet();
    const overdue = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($N2<>"",$N2<TODAY())')
      .setBackground("#f4c7c3")
      .setRanges([sheet.getRange("A2:Z1000")])
      .build();
    const review = g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains("Needs review")
      .setBackground("#fce8b2")
      .setRanges([sheet.getRange("M2:M")])
      .build();
    sheet.setConditionalFormatRules([overdue, review]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    expect(rules[0].getBooleanCondition()!.getCriteriaType()).toBe(
      g.SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA,
    );
    expect(rules[0].getBooleanCondition()!.getCriteriaValues()).toEqual(['=AND($N2<>"",$N2<TODAY())']);
    expect(rules[1].getBooleanCondition()!.getBackground()).toBe("#fce8b2");
    expect(rules[1].getRanges().map((r) => r.getA1Notation())).toEqual(["M2:M1000"]);
    sheet.setConditionalFormatRules(rules.slice(1));
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });
});

describe("conditional formats as a person sees them", () => {
  test("an overdue follow-up colours its row; a Needs review tag its cell; the first matching rule wins", () => {
    const { sheet, g, sb } = leadsSheet();
    sheet.getRange(1, 1, 4, 3).setValues([
      ["Name", "Tags", "Next follow-up"],
      ["Ann", "Needs review", "2025-02-01"],
      ["Bob", "", "2025-03-01"],
      ["Cleo", "Needs review", ""],
    ]);
    const overdue = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($C2<>"",$C2<TODAY())')
      .setBackground("#f4c7c3")
      .setRanges([sheet.getRange("A2:C1000")])
      .build();
    const review = g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextContains("needs review")
      .setBackground("#fce8b2")
      .setRanges([sheet.getRange("B2:B1000")])
      .build();
    sheet.setConditionalFormatRules([overdue, review]);
    expect(["A2", "B2", "A3", "B4", "A4"].map((a1) => sb.sheets.background("Leads", a1))).toEqual([
      "#f4c7c3",
      "#f4c7c3",
      "#ffffff",
      "#fce8b2",
      "#ffffff",
    ]);
    sb.kernel.setNow(new Date("2025-03-02T15:00:00Z"));
    expect(sb.sheets.background("Leads", "A3")).toBe("#f4c7c3");
  });
});

describe("charts", () => {
  test("a chart is recorded with its type, ranges, options and position; it can be updated and removed", () => {
    const { sheet, g, sb } = leadsSheet();
    const chart = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange("A1:B13"))
      .setPosition(2, 5, 0, 0)
      .setOption("title", "Leads per week")
      .build();
    sheet.insertChart(chart);
    const [stored] = sb.sheets.book().sheets.find((s) => s.name === "Leads")!.charts;
    expect(stored).toMatchObject({
      type: "COLUMN",
      ranges: ["A1:B13"],
      options: { title: "Leads per week" },
      position: { row: 2, col: 5 },
    });
    const [inserted] = sheet.getCharts();
    sheet.updateChart(inserted.modify().setOption("title", "Leads by week").build());
    expect(sheet.getCharts()[0].getOptions().get("title")).toBe("Leads by week");
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe("A1:B13");
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });
});
