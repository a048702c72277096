// The installable on-edit trigger: a Stage change fills its "… on" date when empty and is logged in Activity;
// a Settings edit makes the next job read Settings again; any other edit costs two calls and stops.
import { LEAD_COLUMNS, TAB_NAMES, type LeadKey } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { readRecord } from "../core/ledger/record";
import { stageChange } from "../core/ledger/stage";
import type { ActivityEntry } from "../core/ledger/activity";
import { midnightInZone, ymdInZone } from "../core/ledger/dates";
import { PropsStore } from "../workspace/props";
import { PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { appendActivity } from "../workspace/activity-tab";
import { ownerEmail } from "../workspace/session";
import { invalidateSettings, loadSettings } from "./settings";
import { withLock } from "../workspace/lock";
import { markSummaryDirty } from "./summary";
import { followUpsOnEdit, shapesFollowUp } from "./followups-edit";

export interface EditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  value?: unknown;
  oldValue?: unknown;
  user?: { getEmail(): string };
}

/** The on-edit trigger: stage dates first (a Won or Lost date decides the event), then follow-up events. */
export function onLedgerEdit(e: EditEvent, now: () => Date = () => new Date()): void {
  const sheet = e.range.getSheet();
  const tab = sheet.getName();
  if (tab === TAB_NAMES.settings) {
    const props = new PropsStore();
    invalidateSettings(props);
    props.flush();
    return;
  }
  if (tab !== TAB_NAMES.leads) return;
  const column = e.range.getColumn();
  const numCols = e.range.getNumColumns();
  // Cheap test first: which of our headers are above the edited cells?
  const edited = mapHeaders(sheet.getRange(1, column, 1, numCols).getValues()[0], LEAD_COLUMNS).index;
  if (edited.stage !== undefined) stageDatesOnEdit(e, now, sheet, column, numCols);
  if (shapesFollowUp(edited)) followUpsOnEdit(e, now, sheet);
}

function stageDatesOnEdit(
  e: EditEvent,
  now: () => Date,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  numCols: number,
): void {
  const firstRow = e.range.getRow();
  const numRows = e.range.getNumRows();
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const map = mapHeaders<LeadKey>(header, LEAD_COLUMNS);
  const stageCol = map.index.stage;
  if (
    stageCol === undefined ||
    stageCol + 1 < column ||
    stageCol + 1 > column + numCols - 1 ||
    firstRow + numRows - 1 < 2
  )
    return;

  const props = new PropsStore();
  const settings = loadSettings(props, () => sheet.getParent());
  const at = now();
  const todayCell = midnightInZone(ymdInZone(at, settings.timeZone), settings.timeZone);
  const top = Math.max(firstRow, 2);
  const rows = sheet.getRange(top, 1, firstRow + numRows - top, width).getValues();
  const single = numRows === 1 && numCols === 1;
  const entries: ActivityEntry[] = [];
  // Without the lock nothing is written: a capture may be about to write these rows from an older read.
  withLock(20000, () => {
    rows.forEach((row, i) => {
      const rec = readRecord(row, map);
      const change = stageChange(single ? e.oldValue : "", rec.stage, rec, todayCell);
      if (!change) return;
      for (const [key, value] of Object.entries(change.changes) as [LeadKey, Date][]) {
        const col = map.index[key];
        if (col !== undefined) sheet.getRange(top + i, col + 1).setValue(value);
      }
      const by = e.user?.getEmail() || ownerEmail();
      entries.push({
        time: at,
        leadId: String(rec.leadId ?? ""),
        event: change.event,
        details: change.details,
        by,
        ref: `row ${top + i}`,
      });
    });
    if (entries.length) {
      markSummaryDirty(props);
      props.flush();
    }
    const activity = entries.length ? sheet.getParent().getSheetByName(TAB_NAMES.activity) : null;
    if (activity)
      appendActivity(activity, entries, new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])));
  });
}
