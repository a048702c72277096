// The on-edit trigger's follow-up part: when a person edits a cell that shapes a follow-up event (date, stage,
// name, company, phone …) on Leads, the edited rows' events are reconciled at once.
import { LEAD_COLUMNS, type LeadKey } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { reconcileFollowUps } from "./followups";
import type { EditEvent } from "./stage-edit";

/**
 * Columns whose edit changes an event (or whether there is one) at once. Notes and Origin only change its
 * description: the timer's next full pass brings that over, so typing a note costs no Calendar call.
 */
const SHAPES_EVENT: readonly LeadKey[] = [
  "leadId",
  "name",
  "company",
  "email",
  "phone",
  "stage",
  "lostOn",
  "nextFollowUp",
  "calendarEventId",
];

/** Is one of the edited columns (their header map) one that shapes an event? */
export function shapesFollowUp(edited: Partial<Record<LeadKey, number>>): boolean {
  return SHAPES_EVENT.some((k) => edited[k] !== undefined);
}

/** Reconciles the events of the edited rows of Leads (`sheet`). */
export function followUpsOnEdit(
  e: EditEvent,
  now: () => Date,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): void {
  const firstRow = e.range.getRow();
  const numRows = e.range.getNumRows();
  if (firstRow + numRows - 1 < 2) return;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const map = mapHeaders<LeadKey>(header, LEAD_COLUMNS);
  const idCol = map.index.leadId;
  if (idCol === undefined) return;
  const top = Math.max(firstRow, 2);
  const ids = sheet
    .getRange(top, idCol + 1, firstRow + numRows - top, 1)
    .getValues()
    .map((r) => String(r[0] ?? "").trim())
    .filter(Boolean);
  if (ids.length) reconcileFollowUps({ now, leadIds: new Set(ids), lockWaitMs: 20000 });
}
