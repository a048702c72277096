// Entry points that Apps Script calls by name; each is re-exported as a top-level function by the build.
import { HANDLERS } from "./handlers";
import { setupLedger as runSetup } from "./jobs/setup";
import { runCapture } from "./jobs/capture";
import { runTimedPass } from "./jobs/timed";
import { onLedgerEdit, type EditEvent } from "./jobs/stage-edit";
import * as addon from "./addon/actions";
import type { CardEvent } from "./addon/form-input";

/** Simple trigger: the Lead Ledger menu in the bound spreadsheet. */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu("Lead Ledger")
    .addItem("Set up (safe to re-run)", HANDLERS.setup)
    .addItem("Capture now", HANDLERS.captureNow)
    .addToUi();
}

/** Menu and editor: creates or repairs the ledger, labels, filter, folder, calendar and triggers. */
export function setupLedger(): void {
  const report = runSetup({ mode: "bound" });
  notify(
    report.changed.length ? `Set up: ${report.changed.join("; ")}` : "Everything was already set up.",
    report.problems,
  );
}

/** Menu: capture what is waiting now, without waiting for the timer. */
export function captureNow(): void {
  const r = runCapture();
  const count = (k: string) => r.outcomes.filter((o) => o.kind === k).length;
  notify(
    r.status === "busy"
      ? "A capture is already running."
      : `Captured ${count("captured")}, merged ${count("merged")}, skipped ${count("skipped")}.`,
    [],
  );
}

/** Time-driven trigger: capture, then every scheduled job that is due. */
export function captureTrigger(): void {
  runTimedPass();
}

/** Installable on-edit trigger of the ledger spreadsheet. */
export function onStageEdit(e: EditEvent): void {
  onLedgerEdit(e);
}

/** Add-on home card (Gmail, Drive, Calendar side panel; phone included). */
export function onAddonHomepage(): GoogleAppsScript.Card_Service.Card {
  return addon.homepage();
}

/** Gmail contextual trigger: the lead in the open email. */
export function onGmailMessage(e: CardEvent): GoogleAppsScript.Card_Service.Card {
  return addon.gmailMessage(e);
}

/** Drive: photos of business cards selected by the user. */
export function onDriveItemsSelected(e: CardEvent): GoogleAppsScript.Card_Service.Card {
  return addon.driveItemsSelected(e);
}

export function onAddonSetup(e: CardEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return addon.setupAction(e);
}

export function onAddonCaptureNow(): GoogleAppsScript.Card_Service.ActionResponse {
  return addon.captureNowAction();
}

export function onAddonSaveLead(e: CardEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return addon.saveLeadAction(e);
}

export function onAddonCapturePhotos(e: CardEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return addon.capturePhotosAction(e);
}

function notify(message: string, problems: string[]): void {
  const text = problems.length ? `${message}\nProblems: ${problems.join("; ")}` : message;
  try {
    SpreadsheetApp.getActiveSpreadsheet()?.toast(text, "Lead Ledger", 10);
  } catch {
    // no spreadsheet UI here (run from the editor or a card): the execution log has it
  }
}
