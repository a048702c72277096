// The latency model of bench/capture.bench.mjs: modelled milliseconds per Apps Script service call.
// Sources and assumptions are in bench/README.md; the numbers are deliberately round and on the slow side.

/** [pattern, ms] — first match wins. */
export const LATENCY_MS: [RegExp, number][] = [
  // Spreadsheet reads and writes are round trips to the Sheets backend.
  [/^SpreadsheetApp\.(openById|getActiveSpreadsheet|getActive)$/, 300],
  [/^SpreadsheetApp\.Range\.(setValues|setValue)$/, 250],
  [/^SpreadsheetApp\.Sheet\.appendRow$/, 250],
  [
    /^SpreadsheetApp\.(Range\.(getValues|getFormulas|getDisplayValues|getNumberFormats)|Sheet\.getSheetValues)$/,
    200,
  ],
  [/^SpreadsheetApp\.Sheet\.(getLastRow|getLastColumn|getMaxRows|insertRowsAfter)$/, 60],
  [/^SpreadsheetApp\./, 30],
  // Gmail: search and the bulk fetch of a page of threads are round trips; label changes too.
  [/^GmailApp\.search$/, 400],
  [/^GmailApp\.getMessagesForThreads$/, 800],
  [/^GmailApp\.GmailThread\.getMessages$/, 200],
  [/^GmailApp\.(GmailLabel\.(addToThreads|removeFromThreads)|GmailThread\.(addLabel|removeLabel))$/, 300],
  [/^GmailApp\.(getUserLabelByName|createLabel|getAliases)$/, 150],
  // Accessors of a message getMessagesForThreads already fetched: local (assumption; see bench/README.md).
  [/^GmailApp\.(GmailMessage|GmailAttachment)\./, 1],
  [/^Gmail\./, 250],
  // Drive OCR: converting a photo is the slowest call of all.
  [/^Drive\.Files\.create$/, 4000],
  [/^Drive\.Files\./, 300],
  [/^DocumentApp\.openById$/, 500],
  [/^(DriveApp|DocumentApp)\./, 100],
  [/^PropertiesService\.Properties\.(setProperties|setProperty|deleteProperty)$/, 60],
  [/^PropertiesService\./, 30],
  [/^LockService\./, 50],
  // Decoding and wrapping bytes run inside the script's own process: no network (assumption).
  [/^Utilities\.(base64Decode|base64DecodeWebSafe|base64Encode|base64EncodeWebSafe|newBlob)$/, 1],
  [/^(Session|Utilities|ScriptApp|CalendarApp|CacheService)\./, 30],
];

export function latencyOf(method: string): number {
  for (const [re, ms] of LATENCY_MS) if (re.test(method)) return ms;
  return 50;
}

/** Calls that are not a round trip in this model (accessors of a fetched message, builders). */
/** The sensitivity case: bodies and attachments fetched on demand, each a short round trip. */
export const ON_DEMAND = /^GmailApp\.GmailMessage\.(getPlainBody|getBody|getRawContent|getAttachments)$/;
export const ON_DEMAND_MS = 40;

export function isLocal(method: string): boolean {
  return latencyOf(method) <= 1;
}
