// Installable triggers in both deployments: Google's add-on limits, and firing at the sandbox's clock.
import { sheetsSandbox } from "./helpers";

describe("time-based triggers", () => {
  test("a bound script may capture every 5 minutes; the trigger reads back and fires at its times", () => {
    const { g, sb } = sheetsSandbox({ deployment: "bound" });
    const t = g.ScriptApp.newTrigger("captureJob").timeBased().everyMinutes(5).create();
    expect([t.getHandlerFunction(), t.getEventType(), t.getTriggerSource()]).toEqual([
      "captureJob",
      g.ScriptApp.EventType.CLOCK,
      g.ScriptApp.TriggerSource.CLOCK,
    ]);
    expect(g.ScriptApp.getProjectTriggers().map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    expect(sb.script.dueTriggers()).toEqual([]);
    const seen: unknown[] = [];
    const runs = sb.script.runUntil(new Date(sb.kernel.now().getTime() + 16 * 60_000), {
      captureJob: (e) => seen.push(e.minute),
    });
    expect(runs).toHaveLength(3);
    expect(runs.every((r) => r.error === undefined)).toBe(true);
  });

  test.each([
    {
      why: "an add-on may not run more often than hourly",
      make: (s: GoogleAppsScript.Script.ClockTriggerBuilder) => s.everyMinutes(30),
      error: "The recurrence interval for an Add-on trigger must be at least one hour.",
    },
    {
      why: "an add-on asking for less than an hour",
      make: (s: GoogleAppsScript.Script.ClockTriggerBuilder) => s.everyHours(0),
      error: "The recurrence interval for an Add-on trigger must be at least one hour.",
    },
  ])("add-on: $why fails at create()", ({ make, error }) => {
    const { g } = sheetsSandbox({ deployment: "addon" });
    const builder = make(g.ScriptApp.newTrigger("captureJob").timeBased());
    expect(() => builder.create()).toThrow(error);
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
  });

  test("add-on: one trigger of each event type per user per document", () => {
    const { g } = sheetsSandbox({ deployment: "addon" });
    g.ScriptApp.newTrigger("captureJob").timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger("remindersJob").timeBased().everyDays(1).atHour(8).create()).toThrow(
      "This add-on has created too many time-based triggers in this document for this Google user account.",
    );
  });

  test("add-on: no spreadsheet trigger on a sheet it opened by id (it runs from cards and its timer)", () => {
    const { g } = sheetsSandbox({ deployment: "addon" });
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => g.ScriptApp.newTrigger("onLedgerEdit").forSpreadsheet(ss).onEdit().create()).toThrow(
      "A Google Workspace add-on cannot create a spreadsheet trigger for a document it was not opened in.",
    );
  });

  test("everyMinutes accepts only Google's values, in any deployment", () => {
    const { g } = sheetsSandbox();
    expect(() => g.ScriptApp.newTrigger("x").timeBased().everyMinutes(7)).toThrow(
      "The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.",
    );
  });

  test("a daily trigger at an hour fires at that hour in the script's time zone, and a one-shot trigger goes away", () => {
    const { g, sb } = sheetsSandbox();
    sb.kernel.setNow(new Date("2025-02-04T12:00:00Z"));
    g.ScriptApp.newTrigger("remindersJob").timeBased().everyDays(1).atHour(8).create();
    g.ScriptApp.newTrigger("continueCapture").timeBased().after(60_000).create();
    const runs = sb.script.runUntil(new Date("2025-02-06T00:00:00Z"), {
      remindersJob: () => undefined,
      continueCapture: () => undefined,
    });
    expect(runs.map((r) => [r.handler, r.at.toISOString()])).toEqual([
      ["continueCapture", "2025-02-04T12:01:00.000Z"],
      ["remindersJob", "2025-02-04T13:00:00.000Z"],
      ["remindersJob", "2025-02-05T13:00:00.000Z"],
    ]);
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["remindersJob"]);
  });

  test("a handler that throws is recorded as a failed run; a missing handler too", () => {
    const { g, sb } = sheetsSandbox();
    g.ScriptApp.newTrigger("captureJob").timeBased().everyHours(1).create();
    g.ScriptApp.newTrigger("gone").timeBased().everyHours(1).create();
    sb.kernel.advance(3_600_000);
    const runs = sb.script.runDueTriggers({
      captureJob: () => {
        throw new Error("Exceeded maximum execution time");
      },
    });
    expect(runs.map((r) => r.error)).toEqual([
      "Exceeded maximum execution time",
      "Script function not found: gone",
    ]);
  });

  test("runs missed while nothing ran are not caught up", () => {
    const { g, sb } = sheetsSandbox();
    g.ScriptApp.newTrigger("captureJob").timeBased().everyHours(1).create();
    sb.kernel.advance(5 * 3_600_000);
    expect(sb.script.runDueTriggers({ captureJob: () => undefined })).toHaveLength(1);
    expect(sb.script.dueTriggers()).toEqual([]);
  });

  test("deleteTrigger removes it; deleting twice fails", () => {
    const { g } = sheetsSandbox();
    const t = g.ScriptApp.newTrigger("captureJob").timeBased().everyHours(1).create();
    g.ScriptApp.deleteTrigger(t);
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    expect(() => g.ScriptApp.deleteTrigger(t)).toThrow();
  });

  test("at most 20 triggers per user per script", () => {
    const { g } = sheetsSandbox();
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`job${i}`).timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger("one more").timeBased().everyHours(1).create()).toThrow(
      "This script has too many triggers.",
    );
  });
});

describe("user edits fire installable onEdit triggers", () => {
  test("a person typing a Stage sets the value as the UI does and the handler gets a proper event", () => {
    const { g, sb } = sheetsSandbox();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const leads = ss.insertSheet("Leads");
    leads.getRange("A1:B2").setValues([
      ["Name", "Stage"],
      ["Ann Example", "New"],
    ]);
    g.ScriptApp.newTrigger("onLedgerEdit").forSpreadsheet(ss).onEdit().create();
    const events: Record<string, unknown>[] = [];
    const runs = sb.sheets.edit({ sheet: "Leads", a1: "B2" }, "Contacted", {
      onLedgerEdit: (e) => {
        events.push(e);
        const range = e.range as GoogleAppsScript.Spreadsheet.Range;
        range.offset(0, 1).setValue(new Date("2025-02-04T15:30:00Z"));
      },
    });
    expect(runs.map((r) => [r.handler, r.error])).toEqual([["onLedgerEdit", undefined]]);
    expect(events[0]).toMatchObject({ value: "Contacted", oldValue: "New", authMode: "FULL" });
    expect((events[0].range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe("B2");
    expect((events[0].user as GoogleAppsScript.Base.User).getEmail()).toBe(sb.user);
    expect(leads.getRange("C2").getValue()).toEqual(new Date("2025-02-04T15:30:00Z"));
  });

  test("handlers run as Apps Script runs them: the services are globals during the run, and gone after", () => {
    const { g, sb } = sheetsSandbox();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet("Leads");
    g.ScriptApp.newTrigger("onLedgerEdit").forSpreadsheet(ss).onEdit().create();
    const seen: string[] = [];
    sb.sheets.edit({ sheet: "Leads", a1: "A1" }, "Name", {
      onLedgerEdit: () => seen.push(SpreadsheetApp.getActiveSpreadsheet().getSheets()[1].getName()),
    });
    expect(seen).toEqual(["Leads"]);
    expect("SpreadsheetApp" in globalThis).toBe(false);
    expect(sb.sheets.read("Leads")).toEqual([["Name"]]);
  });

  test("simple onEdit and onOpen run too, with limited authorization; onOpen may build the menu", () => {
    const { g, sb } = sheetsSandbox();
    g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Leads");
    const modes: unknown[] = [];
    const handlers = {
      onEdit: (e: Record<string, unknown>) => modes.push(e.authMode),
      onOpen: () => SpreadsheetApp.getUi().createMenu("Lead Ledger").addItem("Set up", "setup").addToUi(),
    };
    expect(sb.sheets.edit({ sheet: "Leads", a1: "A1" }, "x", handlers).map((r) => r.triggerId)).toEqual([
      "simple",
    ]);
    expect(modes).toEqual(["LIMITED"]);
    expect(sb.sheets.open(handlers).map((r) => r.error)).toEqual([undefined]);
    expect(sb.sheets.menus().map((m) => m.name)).toEqual(["Lead Ledger"]);
  });

  test("a dropdown that rejects invalid input refuses what is not on the list", () => {
    const { g, sb } = sheetsSandbox();
    const leads = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Leads");
    leads
      .getRange("B2:B")
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation()
          .requireValueInList(["New", "Won"])
          .setAllowInvalid(false)
          .build(),
      );
    expect(() => sb.sheets.edit({ sheet: "Leads", a1: "B2" }, "Maybe")).toThrow(
      /violates the data validation rules/,
    );
    sb.sheets.edit({ sheet: "Leads", a1: "B2" }, "Won");
    expect(leads.getRange("B2").getValue()).toBe("Won");
  });

  test("a person reorders columns, adds their own and sorts: cells travel with their column", () => {
    const { g, sb } = sheetsSandbox();
    const leads = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Leads");
    leads.getRange("A1:C3").setValues([
      ["Name", "Email", "Lead ID"],
      ["Bob", "bob@example.com", "L-2"],
      ["Ann", "ann@example.com", "L-1"],
    ]);
    leads.setFrozenRows(1);
    leads.hideColumns(3);
    sb.sheets.moveColumn("Leads", 2, 1);
    sb.sheets.insertColumn("Leads", 1, "My notes");
    sb.sheets.sortByColumn("Leads", 3);
    expect(leads.getDataRange().getValues()).toEqual([
      ["Email", "My notes", "Name", "Lead ID"],
      ["ann@example.com", "", "Ann", "L-1"],
      ["bob@example.com", "", "Bob", "L-2"],
    ]);
    expect(leads.isColumnHiddenByUser(4)).toBe(true);
  });
});
