// Services of the mail and files side of the sandbox: GmailApp, Gmail, DriveApp, Drive, DocumentApp,
// CalendarApp, MailApp, Utilities.
import type { ServiceFactory } from "./index";
import { GmailAppFake } from "./gmail/gmail-app";
import { createGmailAdvanced } from "./gmail/advanced";
import { MailAppFake } from "./mail/mail-app";
import { DriveAppFake } from "./drive/drive-app";
import { createDriveAdvanced } from "./drive/advanced";
import { DocumentAppFake } from "./document/document-app";
import { UtilitiesFake } from "./utilities/utilities";
import { CalendarAppFake } from "./calendar/calendar";
import { createUrlFetchApp } from "./net/url-fetch";
import { createCalendarAdvanced } from "./calendar/advanced";

export const MAIL_SERVICES: Record<string, ServiceFactory> = {
  GmailApp: (kernel) => new GmailAppFake(kernel),
  Gmail: (kernel) => createGmailAdvanced(kernel),
  MailApp: (kernel) => new MailAppFake(kernel),
  DriveApp: (kernel) => new DriveAppFake(kernel),
  Drive: (kernel) => createDriveAdvanced(kernel),
  DocumentApp: (kernel) => new DocumentAppFake(kernel),
  Utilities: (kernel) => new UtilitiesFake(kernel),
  CalendarApp: (kernel) => new CalendarAppFake(kernel),
  UrlFetchApp: (kernel) => createUrlFetchApp(kernel),
  Calendar: (kernel) => createCalendarAdvanced(kernel),
};
