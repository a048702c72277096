// The Activity tab: entries appended in the tab's own column order (read from its header each time), and the
// inputs of its last rows (for a run that recovers a journal).
import type { ActivityEntry } from "../core/ledger/activity";
import { activityRows } from "../core/ledger/activity";
import { ACTIVITY_COLUMNS } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { appendRows } from "./spreadsheet";

/** The tab's header row, in one call ([] for an empty tab). */
export function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  return sheet.getSheetValues(1, 1, 1, -1)[0] ?? [];
}

/** Appends `entries` laid out by the tab's own header: a user's column order (and own columns) are kept. */
export function appendActivity(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  entries: readonly ActivityEntry[],
  plainText: ReadonlySet<string>,
): void {
  if (!entries.length) return;
  appendRows(sheet, activityRows(headerRow(sheet), entries, plainText));
}

/** The inputs named in the last `count` rows of the tab (found by header, wherever the Input column is). */
export function lastInputs(sheet: GoogleAppsScript.Spreadsheet.Sheet, count: number): Set<string> {
  const last = sheet.getLastRow();
  const tail = Math.min(Math.max(last - 1, 0), count);
  if (!tail) return new Set();
  const col = mapHeaders(headerRow(sheet), ACTIVITY_COLUMNS).index.ref;
  if (col === undefined) return new Set();
  return new Set(
    sheet
      .getRange(last - tail + 1, col + 1, tail, 1)
      .getValues()
      .map((r) => String(r[0])),
  );
}
