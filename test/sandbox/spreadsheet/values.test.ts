// Range values as Google stores them: strict shapes, formulas, apostrophes, automatic coercion, dates, display.
import { leadsSheet } from "./helpers";

describe("setValues is as strict as Google", () => {
  test.each([
    {
      why: "too few rows",
      data: [["a", "b"]],
      error:
        "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    },
    {
      why: "too many columns",
      data: [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
      error:
        "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    },
    {
      why: "one ragged row",
      data: [["a", "b"], ["c"]],
      error:
        "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    },
  ])("a shape mismatch throws Google's message ($why)", ({ data, error }) => {
    const { sheet } = leadsSheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues(data)).toThrow(error);
    expect(sheet.getLastRow()).toBe(0);
  });

  test("reading beyond the sheet's size throws, as it does in Google", () => {
    const { sheet } = leadsSheet();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
  });

  test("an Apps Script method the sandbox lacks fails loudly, never a silent undefined", () => {
    const { sheet } = leadsSheet();
    expect(() => sheet.getRange("A1").activateAsCurrentCell()).toThrow(
      "SpreadsheetApp.Range.activateAsCurrentCell is not implemented in the sandbox",
    );
  });
});

describe("what a written value becomes", () => {
  test.each([
    { why: "a formula string becomes a formula", input: "=1+2", value: 3, formula: "=1+2" },
    {
      why: "an apostrophe keeps formula-like text literal, without the apostrophe",
      input: '\'=HYPERLINK("http://x.example","y")',
      value: '=HYPERLINK("http://x.example","y")',
      formula: "",
    },
    {
      why: "a phone written as text is coerced to a number, losing its +",
      input: "+14165550142",
      value: 14165550142,
      formula: "",
    },
    { why: "thousands separators are read as a number", input: "1,234", value: 1234, formula: "" },
    { why: "TRUE becomes a boolean", input: "TRUE", value: true, formula: "" },
    { why: "a percent becomes a fraction", input: "15%", value: 0.15, formula: "" },
    { why: "ordinary text stays text", input: "Acme Inc.", value: "Acme Inc.", formula: "" },
    {
      why: "a phone with spaces after + is read as a broken formula",
      input: "+1 416-555-0142",
      value: "#ERROR!",
      formula: "=+1 416-555-0142",
    },
    {
      why: "a note starting with a dash is read as a formula too",
      input: "- met at the fair",
      value: "#ERROR!",
      formula: "=- met at the fair",
    },
    { why: "a negative number is a number", input: "-12.5", value: -12.5, formula: "" },
    {
      why: "day-month-year with a month name is a date",
      input: "4 Feb 2025",
      value: new Date("2025-02-04T05:00:00Z"),
      formula: "",
    },
    { why: "a lone = is text", input: "=", value: "=", formula: "" },
    { why: "null clears the cell to an empty string", input: null, value: "", formula: "" },
  ])("$why", ({ input, value, formula }) => {
    const { sheet } = leadsSheet();
    sheet.getRange("A1").setValue(input);
    expect(sheet.getRange("A1").getValue()).toEqual(value);
    expect(sheet.getRange("A1").getFormula()).toBe(formula);
  });

  test("a column formatted as plain text keeps strings as written, even formula-like ones", () => {
    const { sheet } = leadsSheet();
    sheet.getRange("B:B").setNumberFormat("@");
    sheet.getRange(1, 1, 1, 3).setValues([["+14165550142", "+14165550142", "=1+1"]]);
    sheet.getRange("C1").setNumberFormat("@");
    sheet.getRange("C2").setValue("=1+1");
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[14165550142, "+14165550142"]]);
    expect(sheet.getRange("C2").getFormula()).toBe("=1+1");
    expect(sheet.getRange("B1").getNumberFormat()).toBe("@");
  });

  test("an ISO date string becomes a Date at midnight in the spreadsheet's time zone", () => {
    const { sheet, g } = leadsSheet();
    g.SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone("America/Toronto");
    sheet.getRange("A1").setValue("2025-02-04");
    const v = sheet.getRange("A1").getValue();
    expect(v).toBeInstanceOf(Date);
    expect(v.toISOString()).toBe("2025-02-04T05:00:00.000Z");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("2025-02-04");
  });

  test("a Date written comes back as a Date and displays in the default date-time format", () => {
    const { sheet } = leadsSheet();
    sheet.getRange("A1").setValue(new Date("2025-02-04T15:30:00Z"));
    expect(sheet.getRange("A1").getValue()).toEqual(new Date("2025-02-04T15:30:00Z"));
    expect(sheet.getRange("A1").getDisplayValue()).toBe("2/4/2025 10:30:00");
  });

  test("empty cells come back as empty strings, and getLastRow counts rows with content", () => {
    const { sheet } = leadsSheet();
    sheet.getRange("B3").setValue("x");
    expect(sheet.getRange("A1:B3").getValues()).toEqual([
      ["", ""],
      ["", ""],
      ["", "x"],
    ]);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    sheet.getRange("B3").clearContent();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe("display values follow the number format", () => {
  test.each([
    { format: "yyyy-mm-dd", value: new Date("2025-02-04T05:00:00Z"), shown: "2025-02-04" },
    { format: "mmm d, yyyy", value: new Date("2025-02-04T05:00:00Z"), shown: "Feb 4, 2025" },
    { format: "yyyy-mm-dd hh:mm", value: new Date("2025-02-04T15:07:00Z"), shown: "2025-02-04 10:07" },
    { format: "0.00", value: 3.14159, shown: "3.14" },
    { format: "#,##0", value: 1234567, shown: "1,234,567" },
    { format: "0%", value: 0.256, shown: "26%" },
    { format: "0.0%", value: 0.256, shown: "25.6%" },
    { format: "+0;-0;0", value: 3, shown: "+3" },
    { format: "+0;-0;0", value: -3, shown: "-3" },
    { format: "+0;-0;0", value: 0, shown: "0" },
    { format: "+0.0;-0.0;0.0", value: 1.25, shown: "+1.3" },
  ])("$format shows $shown", ({ format, value, shown }) => {
    const { sheet } = leadsSheet();
    sheet.getRange("A1").setNumberFormat(format).setValue(value);
    expect(sheet.getRange("A1").getDisplayValue()).toBe(shown);
  });

  test("a number in a date-formatted cell reads back as a Date (serial days since 1899-12-30)", () => {
    const { sheet } = leadsSheet();
    sheet.getRange("A1").setNumberFormat("yyyy-mm-dd").setValue(45692);
    expect(sheet.getRange("A1").getDisplayValue()).toBe("2025-02-04");
    expect(sheet.getRange("A1").getValue()).toBeInstanceOf(Date);
  });
});

describe("every call is counted, getRange included", () => {
  test("a read of one table is two calls: getDataRange and getValues", () => {
    const { sheet, sb } = leadsSheet();
    sheet.getDataRange().getValues();
    expect(sb.kernel.countOf("SpreadsheetApp")).toBe(2);
    expect(sb.kernel.calls).toEqual({
      "SpreadsheetApp.Sheet.getDataRange": 1,
      "SpreadsheetApp.Range.getValues": 1,
    });
  });

  test("an injected fault fails the call with Google's message", () => {
    const { sheet, sb } = leadsSheet();
    sb.kernel.injectFault({
      method: "SpreadsheetApp.Range.setValues",
      nth: 1,
      message: "Service unavailable: Spreadsheets",
    });
    expect(() => sheet.getRange("A1").setValues([["x"]])).toThrow("Service unavailable: Spreadsheets");
    expect(sheet.getLastRow()).toBe(0);
  });
});
