// Services of the spreadsheet side of the sandbox: SpreadsheetApp, PropertiesService, CacheService,
// LockService, ScriptApp, Session.
import type { ServiceFactory } from "./index";
import { createCharts, createSpreadsheetApp } from "./spreadsheet/app";

export const SHEET_SERVICES: Record<string, ServiceFactory> = {
  SpreadsheetApp: (kernel) => createSpreadsheetApp(kernel),
  Charts: (kernel) => createCharts(kernel),
};
