// Mail to the ledger's owner (the Monday summary) through MailApp: HTML and text parts, inline images.

export interface OwnerMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Images by content id, referenced from the HTML as cid:… */
  images: Record<string, GoogleAppsScript.Base.BlobSource>;
}

/** Recipients MailApp may still send to today. */
export function mailQuotaLeft(): number {
  return MailApp.getRemainingDailyQuota();
}

export function sendOwnerMail(mail: OwnerMail): void {
  MailApp.sendEmail({
    to: mail.to,
    subject: mail.subject,
    body: mail.text,
    htmlBody: mail.html,
    inlineImages: mail.images,
    name: "Lead Ledger",
  });
}
