// Every OAuth scope Lead Ledger may ask for: what in the built bundle (or the manifest) needs it, and how Google
// classifies it. test/manifest.test.ts checks appsscript.json against what dist/Code.js actually calls.

export type ScopeClass = "restricted" | "sensitive" | "non-sensitive";

export interface ScopeNeed {
  scope: string;
  /** Google's class (restricted scopes need verification and a yearly security assessment for a public listing). */
  class: ScopeClass;
  /** Calls in dist/Code.js that need this scope (any one is enough). */
  calls?: RegExp;
  /** Manifest entries that need it. */
  manifest?: (m: Manifest) => boolean;
}

export interface Manifest {
  oauthScopes: string[];
  addOns?: {
    common?: { useLocaleFromApp?: boolean };
    gmail?: { contextualTriggers?: unknown[] };
    drive?: { onItemsSelectedTrigger?: unknown };
  };
}

const G = "https://www.googleapis.com/auth/";

export const SCOPE_NEEDS: ScopeNeed[] = [
  { scope: `${G}spreadsheets`, class: "sensitive", calls: /\bSpreadsheetApp\.(openById|create|getActiveSpreadsheet)\b/ },
  // GmailApp's thread, label and search methods all need the full Gmail scope (Google's reference lists no other);
  // only the open message of a Gmail add-on card is read with GmailApp, under the add-on's current-message scope.
  {
    scope: "https://mail.google.com/",
    class: "restricted",
    calls: /\bGmailApp\.(?!setCurrentMessageAccessToken\b|getMessageById\b)\w+/,
  },
  { scope: `${G}gmail.settings.basic`, class: "restricted", calls: /\.Settings!?\.Filters!?\.create\b/ },
  // Gmail reads and labels through the advanced service (capture, nurture answers), raw sends (nurture).
  { scope: `${G}gmail.modify`, class: "restricted", calls: /\bGmail!?\.Users!?\.(Messages|Threads)!?\.(get|list|modify|batchModify)\b/ },
  { scope: `${G}gmail.send`, class: "sensitive", calls: /\bGmail!?\.Users!?\.Messages!?\.send\b/ },
  { scope: `${G}script.send_mail`, class: "sensitive", calls: /\bMailApp\.sendEmail\b/ },
  { scope: `${G}drive`, class: "restricted", calls: /\bDriveApp\.\w+|\b[dD]rive!?\.Files!?\.\w+/ },
  { scope: `${G}documents`, class: "sensitive", calls: /\bDocumentApp\.openById\b/ },
  { scope: `${G}calendar`, class: "sensitive", calls: /\bCalendarApp\.\w+|\bCalendar!?\.(Events|Calendars|CalendarList)\b/ },
  { scope: `${G}script.scriptapp`, class: "sensitive", calls: /\bScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger)\b/ },
  { scope: `${G}script.container.ui`, class: "non-sensitive", calls: /\.getUi\(\)|\.toast\(/ },
  { scope: `${G}script.external_request`, class: "sensitive", calls: /\bUrlFetchApp\.fetch\b/ },
  { scope: `${G}userinfo.email`, class: "non-sensitive", calls: /\bSession\.(getEffectiveUser|getActiveUser)\(\)/ },
  { scope: `${G}script.locale`, class: "non-sensitive", manifest: (m) => !!m.addOns?.common?.useLocaleFromApp },
  { scope: `${G}gmail.addons.execute`, class: "non-sensitive", manifest: (m) => !!m.addOns?.gmail },
  {
    scope: `${G}gmail.addons.current.message.readonly`,
    class: "sensitive",
    manifest: (m) => !!m.addOns?.gmail?.contextualTriggers?.length,
  },
  {
    scope: `${G}drive.addons.metadata.readonly`,
    class: "sensitive",
    manifest: (m) => !!m.addOns?.drive?.onItemsSelectedTrigger,
  },
];

/** The scopes the bundle and the manifest need, with what needs each one. */
export function neededScopes(code: string, manifest: Manifest): Map<string, string> {
  const needed = new Map<string, string>();
  for (const n of SCOPE_NEEDS) {
    const call = n.calls?.exec(code)?.[0];
    if (call) needed.set(n.scope, call);
    else if (n.manifest?.(manifest)) needed.set(n.scope, "appsscript.json addOns");
  }
  return needed;
}
