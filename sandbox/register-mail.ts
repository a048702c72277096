// Services of the mail and files side of the sandbox: GmailApp, Gmail, DriveApp, Drive, DocumentApp,
// CalendarApp, MailApp, Utilities.
import type { ServiceFactory } from "./index";

export const MAIL_SERVICES: Record<string, ServiceFactory> = {};
