// One lead's nurture email, from the planned step to raw MIME: placeholders, unsubscribe links, our Message-ID.
import { buildNurtureMime } from "./mime";
import { firstName, renderTemplate, type PlaceholderValues } from "./render";
import { monthsBetween } from "./eligibility";
import { cellYmd } from "../ledger/dates";
import type { NurtureLead } from "./eligibility";
import type { NurtureTemplate } from "./templates";

export interface Sender {
  ownerEmail: string;
  ownerName: string;
  businessName: string;
  businessAddress: string;
  /** The deployed web app's /exec URL, or "" (mailto only). */
  webAppUrl: string;
  timeZone: string;
}

export type Composed =
  { ok: true; raw: string; messageId: string; subject: string; text: string } | { ok: false; reason: string };

/** The owner's plus-address unsubscribe requests go to: you+unsubscribe@… */
export function unsubscribeAddress(ownerEmail: string): string {
  const at = ownerEmail.lastIndexOf("@");
  return `${ownerEmail.slice(0, at).replace(/\+.*$/, "")}+unsubscribe@${ownerEmail.slice(at + 1)}`;
}

export function unsubscribeMailto(ownerEmail: string, leadId: string, token: string): string {
  return `mailto:${unsubscribeAddress(ownerEmail)}?subject=${encodeURIComponent(`unsubscribe ${leadId} ${token}`)}`;
}

export function unsubscribeHttps(webAppUrl: string, leadId: string, token: string): string {
  const sep = webAppUrl.includes("?") ? "&" : "?";
  return `${webAppUrl}${sep}lead=${encodeURIComponent(leadId)}&token=${token}`;
}

/** Our Message-ID for (lead, step, month): the same on a retry, so Sent can be searched for it. */
export function nurtureMessageId(
  leadId: string,
  step: number,
  monthKey: string,
  token: string,
  ownerEmail: string,
): string {
  const domain = ownerEmail.slice(ownerEmail.lastIndexOf("@") + 1);
  return `<lead-ledger.nurture.${leadId.replace(/[^A-Za-z0-9-]/g, "")}.${step}.${monthKey}.${token.slice(0, 12)}@${domain}>`;
}

const MARKER = "\u0001UNSUBSCRIBE\u0001";

export function composeNurture(
  lead: NurtureLead,
  template: NurtureTemplate,
  sender: Sender,
  token: string,
  monthKey: string,
  now: Date,
  today: string,
): Composed {
  const https = sender.webAppUrl ? unsubscribeHttps(sender.webAppUrl, lead.leadId, token) : undefined;
  const mailto = unsubscribeMailto(sender.ownerEmail, lead.leadId, token);
  const lostOn = cellYmd(lead.lostOn, sender.timeZone);
  const values: PlaceholderValues = {
    "First name": firstName(lead.name),
    Name: lead.name,
    Company: lead.company,
    "Lost reason": lead.lostReason,
    "Months since": lostOn ? String(monthsBetween(lostOn, today)) : "",
    "Owner name": sender.ownerName,
    "Business name": sender.businessName,
    "Unsubscribe link": MARKER,
  };
  const r = renderTemplate(template.subject, template.body, values);
  if (!r.ok) return r;
  const messageId = nurtureMessageId(lead.leadId, template.step, monthKey, token, sender.ownerEmail);
  const raw = buildNurtureMime({
    fromName: sender.ownerName,
    fromEmail: sender.ownerEmail,
    toName: lead.name,
    toEmail: lead.email,
    subject: r.subject,
    text: r.text,
    unsubscribeMarker: MARKER,
    unsubscribeUrl: https ?? mailto,
    listUnsubscribeMailto: mailto,
    listUnsubscribeHttps: https,
    businessName: sender.businessName,
    businessAddress: sender.businessAddress,
    messageId,
    date: now,
  });
  return { ok: true, raw, messageId, subject: r.subject, text: r.text.split(MARKER).join(https ?? mailto) };
}
