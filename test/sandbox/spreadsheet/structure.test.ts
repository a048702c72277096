// Tabs, rows and columns: what setup and a user do to the shape of a ledger.
import { leadsSheet, sheetsSandbox } from "./helpers";

describe("spreadsheets and tabs", () => {
  test("insertSheet refuses a duplicate name with Google's message (names are case-insensitive)", () => {
    const { g } = leadsSheet();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.insertSheet("leads")).toThrow(
      'A sheet with the name "leads" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName("LEADS")?.getName()).toBe("Leads");
    expect(ss.getSheetByName("Missing")).toBeNull();
  });

  test("insertSheet at an index, deleteSheet, and the last tab cannot be deleted", () => {
    const { g } = sheetsSandbox();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet("Activity", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Activity", "Sheet1"]);
    ss.deleteSheet(ss.getSheetByName("Sheet1")!);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  test("the active tab is the one last activated, the first one otherwise", () => {
    const { g } = sheetsSandbox();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const leads = ss.insertSheet("Leads");
    expect(g.SpreadsheetApp.getActiveSheet().getName()).toBe("Sheet1");
    leads.activate();
    expect(ss.getActiveSheet().getName()).toBe("Leads");
    ss.setActiveSheet(ss.getSheets()[0]);
    expect(g.SpreadsheetApp.getActiveSheet().getName()).toBe("Sheet1");
  });

  test("openById finds a created spreadsheet and fails like Google for an unknown id", () => {
    const { g } = sheetsSandbox();
    const created = g.SpreadsheetApp.create("Lead Ledger");
    expect(g.SpreadsheetApp.openById(created.getId()).getName()).toBe("Lead Ledger");
    expect(created.getUrl()).toContain(created.getId());
    expect(() => g.SpreadsheetApp.openById("nope")).toThrow(
      "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
  });

  test("getUi throws Google's error outside a UI context; menus are recorded when allowed", () => {
    const { g, sb } = sheetsSandbox();
    expect(() => g.SpreadsheetApp.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
    sb.sheets.withUi(() =>
      g.SpreadsheetApp.getUi()
        .createMenu("Lead Ledger")
        .addItem("Capture now", "captureNow")
        .addSeparator()
        .addItem("Set up", "setup")
        .addToUi(),
    );
    expect(sb.sheets.menus()).toEqual([
      {
        name: "Lead Ledger",
        items: [
          { caption: "Capture now", functionName: "captureNow" },
          "separator",
          { caption: "Set up", functionName: "setup" },
        ],
      },
    ]);
  });
});

describe("rows and columns", () => {
  test("appendRow writes after the last row with content and grows the sheet when full", () => {
    const { g } = sheetsSandbox();
    const sheet = g.SpreadsheetApp.create("Small", 2, 3).getSheets()[0];
    sheet.appendRow(["Lead ID", "Name"]);
    sheet.appendRow(["L-1", "Ann Example"]);
    sheet.appendRow(["L-2", "Bob Example", "extra", "more"]);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getMaxColumns()).toBe(4);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["Lead ID", "Name", "", ""],
      ["L-1", "Ann Example", "", ""],
      ["L-2", "Bob Example", "extra", "more"],
    ]);
  });

  test("frozen rows, hidden columns and widths are kept", () => {
    const { sheet } = leadsSheet();
    sheet.setFrozenRows(1);
    sheet.hideColumns(24, 2);
    sheet.setColumnWidth(2, 220);
    expect(sheet.getFrozenRows()).toBe(1);
    expect([23, 24, 25, 26].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    sheet.showColumns(25);
    expect(sheet.isColumnHiddenByUser(25)).toBe(false);
    expect(sheet.getColumnWidth(2)).toBe(220);
  });

  test("a user column inserted in the middle moves later columns right, hidden ones included", () => {
    const { sheet } = leadsSheet();
    sheet.getRange(1, 1, 1, 3).setValues([["Name", "Email", "System"]]);
    sheet.hideColumns(3);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange(1, 1, 1, 4).getValues()).toEqual([["Name", "", "Email", "System"]]);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  test("sort keeps the frozen header and puts blanks last", () => {
    const { sheet } = leadsSheet();
    sheet.getRange(1, 1, 5, 2).setValues([
      ["Name", "Next follow-up"],
      ["Bob", "2025-03-01"],
      ["Ann", ""],
      ["Cleo", "2025-02-10"],
      ["Dee", "2025-02-20"],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(2);
    expect(sheet.getRange(1, 1, 5, 1).getValues().flat()).toEqual(["Name", "Cleo", "Dee", "Bob", "Ann"]);
    sheet.getRange(2, 1, 4, 2).sort({ column: 1, ascending: false });
    expect(sheet.getRange(2, 1, 4, 1).getValues().flat()).toEqual(["Dee", "Cleo", "Bob", "Ann"]);
  });

  test("deleteRows and insertRowsAfter change the sheet's size", () => {
    const { sheet } = leadsSheet();
    sheet.getRange(1, 1, 3, 1).setValues([["a"], ["b"], ["c"]]);
    sheet.deleteRows(1, 2);
    expect(sheet.getRange("A1").getValue()).toBe("c");
    sheet.insertRowsAfter(0, 1);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[""], ["c"]]);
    expect(sheet.getMaxRows()).toBe(999);
  });
});

describe("filters", () => {
  test("a user's filter hides rows but scripts still read and write every row, as in Google", () => {
    const { sheet, sb, g } = leadsSheet();
    sheet.getRange(1, 1, 4, 2).setValues([
      ["Name", "Stage"],
      ["Ann", "Won"],
      ["Bob", "Lost"],
      ["Cleo", "New"],
    ]);
    sb.sheets.filterBy("Leads", 2, ["Lost"]);
    expect([2, 3, 4].map((r) => sheet.isRowHiddenByFilter(r))).toEqual([false, true, false]);
    expect(sheet.getDataRange().getValues()).toHaveLength(4);
    const filter = sheet.getFilter()!;
    expect(filter.getRange().getA1Notation()).toBe("A1:B4");
    expect(filter.getColumnFilterCriteria(2)!.getHiddenValues()).toEqual(["Lost"]);
    expect(() => sheet.getRange("A1:B4").createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter.",
    );
    sb.sheets.insertColumn("Leads", 0, "Mine");
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe("B1:C4");
    expect(sheet.getFilter()!.getColumnFilterCriteria(3)!.getHiddenValues()).toEqual(["Lost"]);
    sheet.getFilter()!.remove();
    expect(sheet.getFilter()).toBeNull();
    const mine = sheet.getRange("B1:C4").createFilter();
    mine.setColumnFilterCriteria(3, g.SpreadsheetApp.newFilterCriteria().setHiddenValues(["New"]).build());
    expect(sheet.isRowHiddenByFilter(4)).toBe(true);
  });
});
