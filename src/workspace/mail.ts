// Mail to the ledger's owner (digest, weekly summary, alerts) through MailApp, and the day's sending quota.

export interface OwnerMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  inlineImages?: Record<string, GoogleAppsScript.Base.BlobSource>;
}

/** Sends one message with MailApp (scope script.send_mail); a service error is thrown to the job. */
export function sendOwnerMail(mail: OwnerMail): void {
  MailApp.sendEmail(mail);
}

/** How many more recipients MailApp may send to today. */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
