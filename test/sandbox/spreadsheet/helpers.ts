// Test helpers for the spreadsheet sandbox: a fresh sandbox at a fixed virtual time and its globals, typed.
import { Sandbox, type SandboxOptions } from "../../../sandbox/index";

export interface SheetGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
}

export const NOW = new Date("2025-02-04T15:30:00Z");

export function sheetsSandbox(opts: SandboxOptions = {}): { sb: Sandbox; g: SheetGlobals } {
  const sb = new Sandbox({ now: NOW, clockFollowsRealTime: false, ...opts });
  return { sb, g: sb.globals as unknown as SheetGlobals };
}

/** A "Leads" tab in the bound spreadsheet, with call counts reset. */
export function leadsSheet(opts: SandboxOptions = {}): {
  sb: Sandbox;
  g: SheetGlobals;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
} {
  const { sb, g } = sheetsSandbox(opts);
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Leads");
  sb.kernel.resetCounts();
  return { sb, g, sheet };
}
