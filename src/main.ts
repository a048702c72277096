// Entry points that Apps Script calls by name; each is re-exported as a top-level function by the build.
import { HANDLERS } from "./handlers";

/** Simple trigger: the Lead Ledger menu in the bound spreadsheet. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu("Lead Ledger").addToUi();
  void HANDLERS;
}
