// Formulas a ledger and its summary use, computed on read against the sandbox clock and the workbook's tabs.
import { leadsSheet } from "./helpers";

function ledger() {
  const ctx = leadsSheet();
  ctx.sheet.getRange(1, 1, 5, 4).setValues([
    ["Name", "Stage", "Captured", "Amount"],
    ["Ann Example", "Won", "2025-01-06", 100],
    ["Bob Example", "Lost", "2025-01-20", 50],
    ["Cleo Example", "Won", "2025-02-03", 25],
    ["Dee Example", "", "2025-02-04", ""],
  ]);
  const summary = ctx.g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Weekly summary");
  return { ...ctx, summary };
}

describe("formula evaluation", () => {
  test.each([
    { why: "whole-column COUNTIF from another tab with a quoted name", f: '=COUNTIF(Leads!B:B,"Won")', v: 2 },
    {
      why: "COUNTIFS with a date bound built with DATE and &",
      f: '=COUNTIFS(Leads!B:B,"Won",Leads!C:C,">="&DATE(2025,2,1))',
      v: 1,
    },
    { why: "SUMIF over a criteria column", f: '=SUMIF(Leads!B2:B5,"Won",Leads!D2:D5)', v: 125 },
    { why: "SUMIFS with <> ", f: '=SUMIFS(Leads!D:D,Leads!B:B,"<>Lost")', v: 125 },
    { why: "COUNTA counts header and non-empty cells only", f: "=COUNTA(Leads!B:B)", v: 4 },
    { why: "COUNT counts numbers and dates", f: "=COUNT(Leads!C:D)", v: 7 },
    { why: "wildcards in criteria", f: '=COUNTIF(Leads!A:A,"*example")', v: 4 },
    { why: "IFERROR catches division by zero", f: '=IFERROR(1/0,"n/a")', v: "n/a" },
    { why: "IF with AND/OR/NOT", f: '=IF(AND(1<2,OR(FALSE,NOT(FALSE))),"yes","no")', v: "yes" },
    {
      why: "ratios for conversion rates",
      f: '=ROUND(COUNTIF(Leads!B:B,"Won")/COUNTA(Leads!A2:A)*100,1)',
      v: 50,
    },
    {
      why: "HYPERLINK's value is its label",
      f: '=HYPERLINK("https://mail.example.com/x","open")',
      v: "open",
    },
    { why: "text functions", f: '=UPPER(LEFT("lead",2))&LEN("ledger")&LOWER("AB")', v: "LE6ab" },
    { why: "ISBLANK on an empty cell", f: "=ISBLANK(Leads!B5)", v: true },
    { why: "an unknown function is #NAME?", f: '=QUERY(Leads!A:D,"select A")', v: "#NAME?" },
    { why: "a missing tab is #REF!", f: "=SUM(Nowhere!A:A)", v: "#REF!" },
    { why: "a sheet name with spaces in quotes", f: "=COUNTA('Weekly summary'!Z1:Z3)", v: 0 },
    { why: "UNIQUE then COUNTA counts distinct stages", f: "=COUNTA(UNIQUE(Leads!B2:B4))", v: 2 },
    {
      why: "FILTER with a condition over a range (array comparison)",
      f: '=COUNTA(FILTER(Leads!A2:A5,Leads!B2:B5="Won"))',
      v: 2,
    },
    { why: "SUMPRODUCT of array conditions", f: '=SUMPRODUCT((Leads!B2:B5="Won")*(Leads!D2:D5>30))', v: 1 },
    { why: "VLOOKUP exact", f: '=VLOOKUP("Bob Example",Leads!A2:D5,2,FALSE)', v: "Lost" },
    { why: "INDEX and MATCH", f: '=INDEX(Leads!D2:D5,MATCH("Cleo Example",Leads!A2:A5,0))', v: 25 },
    {
      why: "MATCH with no hit is #N/A, caught by IFNA",
      f: '=IFNA(MATCH("Zed",Leads!A2:A5,0),"none")',
      v: "none",
    },
    { why: "TEXT formats a date", f: '=TEXT(DATE(2025,2,4),"yyyy-mm-dd")', v: "2025-02-04" },
    { why: "WEEKNUM counts Sunday-start weeks", f: "=WEEKNUM(DATE(2025,2,4))", v: 6 },
    {
      why: "EOMONTH gives the month's last day",
      f: '=TEXT(EOMONTH(DATE(2025,2,4),0),"yyyy-mm-dd")',
      v: "2025-02-28",
    },
    {
      why: "EDATE keeps the day, clipped to the month",
      f: '=TEXT(EDATE(DATE(2025,1,31),1),"yyyy-mm-dd")',
      v: "2025-02-28",
    },
    { why: "IFS picks the first true branch", f: '=IFS(1>2,"a",2>1,"b")', v: "b" },
    { why: "COUNTUNIQUE ignores blanks", f: "=COUNTUNIQUE(Leads!B2:B5)", v: 2 },
  ])("$why", ({ f, v }) => {
    const { summary } = ledger();
    summary.getRange("A1").setFormula(f);
    expect(summary.getRange("A1").getValue()).toEqual(v);
    expect(summary.getRange("A1").getFormula()).toBe(f);
  });

  test("TODAY and NOW follow the sandbox's clock and come back as Dates", () => {
    const { summary, sb } = ledger();
    summary.getRange("A1:B1").setFormulas([["=TODAY()", "=TODAY()-7"]]);
    expect(summary.getRange("A1").getValue()).toEqual(new Date("2025-02-04T05:00:00Z"));
    expect(summary.getRange("A1:B1").getDisplayValues()).toEqual([["2/4/2025", "1/28/2025"]]);
    sb.kernel.advance(86400000);
    expect(summary.getRange("A1").getDisplayValue()).toBe("2/5/2025");
  });

  test("a formula follows the cells it reads", () => {
    const { summary, sheet } = ledger();
    summary.getRange("A1").setValue('=COUNTIF(Leads!B:B,"Won")');
    sheet.appendRow(["Eve Example", "Won", "2025-02-04", 10]);
    expect(summary.getRange("A1").getValue()).toBe(3);
  });

  test("a circular reference is an error value, not a hang", () => {
    const { summary } = ledger();
    summary.getRange("A1:B1").setFormulas([["=B1+1", "=A1+1"]]);
    expect(summary.getRange("A1").getValue()).toBe("#REF!");
  });
});

describe("references follow their cells, as in Sheets", () => {
  test("a user column inserted before a counted column: the summary formula moves with it and its value holds", () => {
    const { summary, sb, sheet } = ledger();
    summary.getRange("A1").setFormula('=COUNTIF(Leads!B:B,"Won")+SUM(Leads!$D$2:D5)');
    sb.sheets.insertColumn("Leads", 1, "My notes");
    expect(summary.getRange("A1").getFormula()).toBe('=COUNTIF(Leads!C:C,"Won")+SUM(Leads!$E$2:E5)');
    expect(summary.getRange("A1").getValue()).toBe(177);
    sheet.deleteColumn(2);
    expect(summary.getRange("A1").getFormula()).toBe('=COUNTIF(Leads!B:B,"Won")+SUM(Leads!$D$2:D5)');
  });

  test("a dragged column, a deleted row inside a range and a renamed tab are followed; a deleted cell is #REF!", () => {
    const { summary, sb, sheet } = ledger();
    summary
      .getRange("A1:C1")
      .setFormulas([['=COUNTIF(Leads!B2:B5,"Won")', "=Leads!A3", "=SUM(Leads!D2:D5)"]]);
    sb.sheets.moveColumn("Leads", 2, 4);
    expect(summary.getRange("A1").getFormula()).toBe('=COUNTIF(Leads!D2:D5,"Won")');
    sheet.deleteRow(3);
    expect(summary.getRange("A1:C1").getFormulas()).toEqual([
      ['=COUNTIF(Leads!D2:D4,"Won")', "=#REF!", "=SUM(Leads!C2:C4)"],
    ]);
    expect(summary.getRange("B1").getValue()).toBe("#REF!");
    sheet.setName("All leads");
    expect(summary.getRange("A1").getFormula()).toBe("=COUNTIF('All leads'!D2:D4,\"Won\")");
    expect(summary.getRange("A1").getValue()).toBe(2);
  });

  test("conditional format ranges and their formulas shift with an inserted column", () => {
    const { sheet, g, sb } = ledger();
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied("=$C2<TODAY()")
      .setBackground("#f4c7c3")
      .setRanges([sheet.getRange("A2:D1000")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sb.sheets.insertColumn("Leads", 0, "Flag");
    const [moved] = sheet.getConditionalFormatRules();
    expect(moved.getRanges()[0].getA1Notation()).toBe("B2:E1000");
    expect(moved.getBooleanCondition()!.getCriteriaValues()).toEqual(["=$D2<TODAY()"]);
  });
});
