// Services of the spreadsheet side of the sandbox: SpreadsheetApp, PropertiesService, CacheService,
// LockService, ScriptApp, Session.
import type { ServiceFactory } from "./index";
import { activeBookId, createCharts, createSpreadsheetApp } from "./spreadsheet/app";
import { createPropertiesService } from "./script/properties";
import { createCacheService } from "./script/cache";
import { createLockService } from "./script/lock";
import { createScriptApp } from "./script/script-app";
import { createSession } from "./script/session";

export const SHEET_SERVICES: Record<string, ServiceFactory> = {
  SpreadsheetApp: (kernel) => createSpreadsheetApp(kernel),
  Charts: (kernel) => createCharts(kernel),
  PropertiesService: (kernel, sandbox) => createPropertiesService(kernel, sandbox.user),
  CacheService: (kernel, sandbox) => createCacheService(kernel, sandbox.user),
  LockService: (kernel, sandbox) =>
    createLockService(kernel, sandbox.user, () =>
      sandbox.deployment === "bound" ? activeBookId(kernel) : null,
    ),
  ScriptApp: (kernel, sandbox) => createScriptApp(kernel, sandbox.deployment, sandbox.user),
  Session: (kernel, sandbox) => createSession(kernel, sandbox.user),
};
