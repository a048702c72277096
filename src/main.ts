// Entry points that Apps Script calls by name; each is re-exported as a top-level function by the build.
import { HANDLERS } from "./handlers";
import { setupLedger as runSetup } from "./jobs/setup";
import { runCapture } from "./jobs/capture";
import { runTimedPass } from "./jobs/timed";
import { onLedgerEdit, type EditEvent } from "./jobs/stage-edit";
import * as addon from "./addon/actions";
import { rebuildSummary } from "./jobs/summary";
import { refreshSummaryAction, refreshSummaryMessage } from "./addon/summary-action";
import type { CardEvent } from "./addon/form-input";
import * as nurture from "./jobs/nurture-web";
import * as nurtureCard from "./addon/nurture-actions";

/** Simple trigger: the Lead Ledger menu in the bound spreadsheet. */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu("Lead Ledger")
    .addItem("Set up (safe to re-run)", HANDLERS.setup)
    .addItem("Capture now", HANDLERS.captureNow)
    .addItem("Refresh summary", HANDLERS.refreshSummary)
    .addItem("Preview this month's nurture", HANDLERS.previewNurture)
    .addItem("Send me a test nurture email (step 1)", HANDLERS.sendNurtureTest)
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

/** Menu: who gets which nurture step this month and who is skipped and why; nothing is sent. */
export function previewNurture(): void {
  nurture.previewDialog();
}

/** Menu: step 1 of the nurture sequence to the owner, as a lead would get it. */
export function sendNurtureTest(): void {
  notify(nurture.sendTest(1), []);
}

export function onAddonPreviewNurture(): GoogleAppsScript.Card_Service.ActionResponse {
  return nurtureCard.previewAction();
}

export function onAddonSendNurtureTest(e: CardEvent): GoogleAppsScript.Card_Service.ActionResponse {
  return nurtureCard.sendTestAction(e);
}

/** Web app (optional, bound or standalone script): the unsubscribe confirmation page. */
export function doGet(e: nurture.WebEvent): GoogleAppsScript.HTML.HtmlOutput {
  return nurture.unsubscribePage(e);
}

/** Web app: RFC 8058 one-click unsubscribe, and the confirmation page's button. */
export function doPost(e: nurture.WebEvent): GoogleAppsScript.HTML.HtmlOutput | GoogleAppsScript.Content.TextOutput {
  return nurture.unsubscribePost(e);
}

/** Menu: rebuild the Summary tab and its charts now. */
export function refreshSummary(): void {
  notify(refreshSummaryMessage(rebuildSummary()), []);
}

export function onAddonRefreshSummary(): GoogleAppsScript.Card_Service.ActionResponse {
  return refreshSummaryAction();
}

function notify(message: string, problems: string[]): void {
  const text = problems.length ? `${message}\nProblems: ${problems.join("; ")}` : message;
  try {
    SpreadsheetApp.getActiveSpreadsheet()?.toast(text, "Lead Ledger", 10);
  } catch {
    // no spreadsheet UI here (run from the editor or a card): the execution log has it
  }
}
