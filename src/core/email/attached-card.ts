// A vCard attached to the mail ("details in my card attached"): the lead's fields the message text does not give.
import type { EmailInput, Lead } from "../lead";
import { toE164 } from "../contact/phone";
import { regionFromEmail } from "../contact/region";
import { readVCard } from "../contact/vcard";
import { bareHost } from "../contact/website";
import { normalizeName } from "../contact/name";
import { utf8Decode, stringToBytes } from "./bytes";

/** A contact card attachment by type or name: text/vcard, text/x-vcard, text/directory, "*.vcf". */
export function isContactCard(contentType: string, name: string): boolean {
  return /^text\/(?:x-)?vcard|^text\/directory/i.test(contentType) || /\.vcf$/i.test(name);
}

/**
 * Fills the lead's missing phone, company, title and website from an attached vCard that is theirs (its address is
 * the lead's, or its name is). A card's mobile beats no number; a fax is never read (contact/vcard.ts).
 */
export function withAttachedCard(lead: Lead, input: EmailInput, defaultRegion: string): Lead {
  if (!lead.email && !lead.name) return lead;
  for (const a of input.attachments || []) {
    if (typeof a.raw !== "string" || !isContactCard(a.contentType || "", a.name || "")) continue;
    const card = readVCard(utf8Decode(stringToBytes(a.raw.slice(0, 64 * 1024))));
    if (!card) continue;
    const sameEmail = !!card.email && card.email === lead.email?.toLowerCase();
    const sameName =
      !!card.name && !!lead.name && normalizeName(card.name).toLowerCase() === lead.name.toLowerCase();
    if (!sameEmail && !sameName) continue;
    const out = { ...lead };
    const region = regionFromEmail(lead.email, defaultRegion);
    out.phone ??= card.phones.map((p) => toE164(p, region)).find(Boolean);
    if (card.company) out.company ??= card.company;
    if (card.title) out.title ??= card.title;
    if (card.website) out.website ??= bareHost(card.website);
    if (!out.email && card.email) out.email = card.email;
    return out;
  }
  return lead;
}
