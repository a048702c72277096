// The nurture entry points' stories: the unsubscribe web app (GET confirms, POST unsubscribes), the preview
// dialog of the sheet's menu, and the test email.
import { confirmPage, resultPage } from "../core/nurture/web-page";
import { escapeHtml } from "../core/nurture/html";
import { htmlOutput, showDialog, textOutput, webAppUrl } from "../workspace/web-output";
import { PropsStore } from "../workspace/props";
import { loadSettings } from "./settings";
import { openLedger } from "../workspace/spreadsheet";
import { unsubscribeByLink } from "./nurture-unsubscribe";
import { previewNurture, previewLines, sendTestNurture } from "./nurture-preview";

export interface WebEvent {
  parameter?: Record<string, string>;
  postData?: { contents?: string; type?: string };
}

export function unsubscribePage(e: WebEvent): GoogleAppsScript.HTML.HtmlOutput {
  const p = e?.parameter ?? {};
  const props = new PropsStore();
  const settings = loadSettings(props, () => openLedger(props));
  const action = webAppUrl() || settings.webAppUrl;
  return htmlOutput(confirmPage(action, p.lead ?? "", p.token ?? "", settings.businessName), "Unsubscribe");
}

export function unsubscribePost(
  e: WebEvent,
  now: () => Date = () => new Date(),
): GoogleAppsScript.HTML.HtmlOutput | GoogleAppsScript.Content.TextOutput {
  const p = e?.parameter ?? {};
  const result = unsubscribeByLink(p.lead, p.token, now);
  // A mail provider's one-click POST (RFC 8058) reads the status only; a person gets a page.
  const oneClick =
    /List-Unsubscribe=One-Click/i.test(e?.postData?.contents ?? "") || p["List-Unsubscribe"] === "One-Click";
  if (oneClick) return textOutput(result === "unsubscribed" ? "Unsubscribed." : "Invalid link.");
  return htmlOutput(
    resultPage(result === "unsubscribed"),
    result === "unsubscribed" ? "Unsubscribed" : "Unsubscribe",
  );
}

/** The sheet menu's preview: a dialog listing sends and skips. */
export function previewDialog(now: Date = new Date()): void {
  const lines = previewLines(previewNurture(now));
  const html = `<div style="font-family:Arial,Helvetica,sans-serif;font-size:13px"><p><b>${escapeHtml(lines[0])}</b></p><ul>${lines
    .slice(1)
    .map((l) => `<li>${escapeHtml(l)}</li>`)
    .join("")}</ul><p>Nothing has been sent.</p></div>`;
  showDialog(html, "Nurture preview", "This month's nurture");
}

export function sendTest(step: number, now: Date = new Date()): string {
  return sendTestNurture(step, now);
}
