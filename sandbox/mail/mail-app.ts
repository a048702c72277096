// MailApp: sends from the user's account within the daily recipient quota; the copy lands in Gmail's Sent.
import type { Kernel } from "../kernel";
import { composeMessage } from "../gmail/compose";
import { deliverSent } from "../gmail/gmail-app";
import { remainingRecipients, useRecipients } from "./email-quota";

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

export class MailAppFake implements GoogleAppsScript.Mail.MailApp {
  constructor(private readonly kernel: Kernel) {}

  getRemainingDailyQuota(): number {
    this.kernel.call("MailApp.getRemainingDailyQuota");
    return remainingRecipients(this.kernel);
  }

  sendEmail(a: string | Params, b?: string, c?: string, d?: string | Params): void {
    this.kernel.call("MailApp.sendEmail");
    let p: Params;
    if (typeof a === "object") p = a;
    else if (typeof d === "string") p = { to: a, replyTo: b, subject: c, body: d };
    else p = { ...(d ?? {}), to: a, subject: b, body: c };
    if (!p.to && !p.cc && !p.bcc) throw new Error("Invalid argument: recipient");
    if (p.subject === undefined || (p.body === undefined && p.htmlBody === undefined)) throw new Error("Invalid argument: subject/body");
    if (p.noReply) throw new Error("Invalid argument: noReply is only possible for Google Workspace accounts");
    const parsed = composeMessage(this.kernel, { ...p, to: p.to ?? "", subject: p.subject, body: p.body ?? "" });
    useRecipients(this.kernel, [parsed.to, parsed.cc, parsed.bcc]);
    deliverSent(this.kernel, parsed);
  }
}
