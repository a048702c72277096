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

const PASTED_CARD_RE = /^BEGIN:VCARD\r?\n[\s\S]{0,4000}?^END:VCARD$/im;
/** A vCard property line ("ORG:…", "TITLE:…", "TEL;TYPE=CELL:…"). */
const VCARD_LINE_RE = /^(?:ORG|TITLE|TEL|EMAIL|URL|FN|N|ADR|NOTE|ROLE)(?:;[^:]*)?:/i;

/**
 * Fills the lead's missing phone, company, title and website from an attached vCard that is theirs (its address is
 * the lead's, or its name is). A card's mobile beats no number; a fax is never read (contact/vcard.ts).
 */
export function withAttachedCard(lead: Lead, input: EmailInput, defaultRegion: string): Lead {
  if (!lead.email && !lead.name) return lead;
  const texts = (input.attachments || [])
    .filter((a) => typeof a.raw === "string" && isContactCard(a.contentType || "", a.name || ""))
    .map((a) => utf8Decode(stringToBytes((a.raw as string).slice(0, 64 * 1024))));
  // A vCard pasted into the text ("BEGIN:VCARD … END:VCARD" under a signature, Outlook/Apple "copy contact").
  const pasted = PASTED_CARD_RE.exec((input.plainBody || "").slice(0, 64 * 1024))?.[0];
  if (pasted) texts.push(pasted);
  for (const text of texts) {
    const card = readVCard(text);
    if (!card) continue;
    const sameEmail = !!card.email && card.email === lead.email?.toLowerCase();
    const sameName =
      !!card.name && !!lead.name && normalizeName(card.name).toLowerCase() === lead.name.toLowerCase();
    if (!sameEmail && !sameName) continue;
    // A field read from the card's own lines as text ("ORG:Carvalho & Filhos") is the card's value.
    const out: Lead = Object.fromEntries(
      Object.entries(lead).filter(([, v]) => typeof v !== "string" || !VCARD_LINE_RE.test(v)),
    );
    const region = regionFromEmail(lead.email, defaultRegion);
    out.phone ??= card.phones.map((p) => toE164(p, region)).find(Boolean);
    // The text gives the office number the card also lists, and the card a mobile ("Tel." in the signature, the
    // "Visitenkarte" with TEL;TYPE=CELL; any client): the mobile, as a lead's number is preferred.
    const mobile = card.mobile && toE164(card.mobile, region);
    const listed = card.phones.some((p) => p !== card.mobile && toE164(p, region) === out.phone);
    if (mobile && listed) out.phone = mobile;
    if (card.company) out.company ??= card.company;
    if (card.title) out.title ??= card.title;
    if (card.website) out.website ??= bareHost(card.website);
    if (!out.email && card.email) out.email = card.email;
    return out;
  }
  return lead;
}
