// The ledger a capture run writes, read in one call: when setup is not in place (a tab or a column was removed),
// setup repairs it first and the ledger is read again.
import { LEAD_COLUMNS, TAB_NAMES } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import type { PropsStore } from "../workspace/props";
import { openLedger, readAll } from "../workspace/spreadsheet";
import { setupLedger } from "./setup";

export interface CaptureLedger {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  leads: GoogleAppsScript.Spreadsheet.Sheet;
  activity: GoogleAppsScript.Spreadsheet.Sheet;
  /** Every value of the Leads tab, header included. */
  values: unknown[][];
}

/** `ss`: the spreadsheet if reading the settings opened it already. Null when setup could not put the ledger in place. */
export function readLedger(
  props: PropsStore,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null,
  now: () => Date,
): CaptureLedger | null {
  ss ??= openLedger(props);
  let leads = ss?.getSheetByName(TAB_NAMES.leads) ?? null;
  let activity = ss?.getSheetByName(TAB_NAMES.activity) ?? null;
  let values = leads ? readAll(leads) : [];
  if (!ss || !leads || !activity || mapHeaders(values[0] ?? [], LEAD_COLUMNS).missing.length) {
    // Setup is not in place (a tab or a column was removed): repair it, then read again.
    setupLedger({ now });
    props.reload();
    ss = openLedger(props);
    leads = ss?.getSheetByName(TAB_NAMES.leads) ?? null;
    activity = ss?.getSheetByName(TAB_NAMES.activity) ?? null;
    if (!ss || !leads || !activity) return null;
    values = readAll(leads);
  }
  return { ss, leads, activity, values };
}
