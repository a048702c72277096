// Services of the spreadsheet side of the sandbox: SpreadsheetApp, PropertiesService, CacheService,
// LockService, ScriptApp, Session.
import type { ServiceFactory } from "./index";

export const SHEET_SERVICES: Record<string, ServiceFactory> = {};
