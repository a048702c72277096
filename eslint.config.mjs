// Lint: typescript-eslint's recommended rules; src/ may not reach for Node or browser globals.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const notInAppsScript = ["require", "process", "Buffer", "URL", "TextEncoder", "TextDecoder", "setTimeout", "setInterval", "fetch", "window", "document"].map(
  (name) => ({ name, message: `${name} does not exist in Apps Script's V8.` }),
);

/** Apps Script's services: only src/workspace (the adapters) and src/main.ts may touch them. */
const SERVICES = [
  "SpreadsheetApp", "GmailApp", "Gmail", "DriveApp", "Drive", "DocumentApp", "CalendarApp", "Calendar", "MailApp",
  "Utilities", "LockService", "PropertiesService", "CacheService", "ScriptApp", "Session", "UrlFetchApp",
  "CardService", "HtmlService", "ContentService", "Logger", "Browser", "FormApp", "SlidesApp", "XmlService", "Charts",
];
const service = (why) => (name) => ({ name, message: `${name}: ${why}` });
const coreRule = SERVICES.map(service("src/core is pure (no Apps Script service); take plain data from src/workspace."));
const jobsRule = SERVICES.map(service("jobs call src/workspace functions, not Apps Script services."));
const addonRule = SERVICES.filter((s) => s !== "CardService").map(
  service("the add-on builds cards; it calls jobs and src/workspace functions, not Apps Script services."),
);

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "examples/", "scripts/shims/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.ts"], rules: { "no-restricted-globals": ["error", ...notInAppsScript] } },
  // The layers (DESIGN.md): core pure, workspace the only adapters, jobs and add-on cards through workspace.
  { files: ["src/core/**/*.ts"], rules: { "no-restricted-globals": ["error", ...notInAppsScript, ...coreRule] } },
  { files: ["src/jobs/**/*.ts"], rules: { "no-restricted-globals": ["error", ...notInAppsScript, ...jobsRule] } },
  { files: ["src/addon/**/*.ts"], rules: { "no-restricted-globals": ["error", ...notInAppsScript, ...addonRule] } },
  {
    files: ["bin/**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
