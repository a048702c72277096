// What the web app answers: an HTML page (HtmlService) or plain text (ContentService, for one-click POSTs).

export function htmlOutput(html: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html).setTitle(title);
}

export function textOutput(text: string): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(text).setMimeType(ContentService.MimeType.TEXT);
}

/** The web app's own /exec URL, for the confirmation form ("" outside a web app). */
export function webAppUrl(): string {
  try {
    return ScriptApp.getService().getUrl() ?? "";
  } catch {
    return "";
  }
}

/** A dialog over the ledger sheet (the menu's preview). */
export function showDialog(html: string, title: string, dialogTitle: string): void {
  SpreadsheetApp.getUi().showModalDialog(htmlOutput(html, title), dialogTitle);
}
