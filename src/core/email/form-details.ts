// A form's lead (a web form, a marketplace notice, a helpdesk ticket): its fields, and the signature the fields lack.
import { isListedName } from "./form-name-above";
import { escape } from "./forward-labels";
import type { Lead } from "../lead";
import { bareHost } from "../contact/website";
import type { Choice } from "./choose";
import { FORM_FIELDS } from "./form-labels";
import { cleanName } from "./display-name";
import { regionFromEmail } from "../contact/region";
import { regionHints, regionOfWriting } from "./region-language";
import { trunkZeroPhone } from "./trunk-zero";
import { pickPhone, readSignature } from "./signature";
import { numberInShapeRegion } from "./principal-phone";
import { mobileInProse, offeredInProse } from "../contact/phone-rank";

/** The lead's fields for a form's choice: its number read where its text says, its signature's title and company. */
export function formLeadDetails(choice: Extract<Choice, { kind: "form" }>, defaultRegion: string): Lead {
  const f = choice.form;
  const region = regionFromEmail(f.email, defaultRegion);
  const lead: Lead = {};
  const name = cleanName(f.name);
  if (name) lead.name = name;
  if (f.email) lead.email = f.email.toLowerCase();
  // A number written without its country code is read in the region the form's own text implies ("PLZ/Ort:
  // 10115 Berlin", a French form's words) when the address's region gives no valid one.
  // A notice written in a one-country script (Greek, Cyrillic, kana, Hangul) gives national numbers in that country
  // ("Τηλέφωνο: 210 555 0123" is Athens, not a +1 210 reading).
  const written =
    f.phone && !/^\s*(?:\+|00)/.test(f.phone) ? regionOfWriting(choice.message.body) : undefined;
  const phone = f.phone
    ? ((written && written !== region ? pickPhone(f.phone, written) : undefined) ??
      pickPhone(f.phone, region) ??
      regionHints(choice.message.body.slice(0, 4000))
        .map((r) => pickPhone(f.phone || "", r))
        .find(Boolean) ??
      numberInShapeRegion(f.phone, choice.message) ??
      trunkZeroPhone(f.phone, region, choice.message.body))
    : undefined;
  // No phone field, but the customer's own message offers a number ("My number is 647 555 0119", "mi móvil es …").
  const body = choice.message.body.slice(0, 8000);
  const offered = phone
    ? undefined
    : [region, ...regionHints(body)]
        .map((r) => offeredInProse(body, r) ?? mobileInProse(body, r))
        .find(Boolean);
  if (phone || offered) lead.phone = phone ?? offered;
  if (f.company) lead.company = f.company;
  if (f.title) lead.title = f.title;
  if (f.website) lead.website = bareHost(f.website);
  // A helpdesk ticket quotes the requester's own message: their signature (under their own name line) gives
  // what the fields lack.
  const sig =
    name && lead.email && !f.company && !f.title && !isListedName(choice.message.body, f.name ?? "")
      ? readSignature(choice.message.body, { name, email: lead.email }, region)
      : undefined;
  if (sig && sig.name?.toLowerCase() === name?.toLowerCase()) {
    // A form's own label under the name ("Email", "Phone" alone on their lines) is no title or company.
    // Nor is any other field's label read off a "Label: value" line ("Teilnehmer/in: Lena …" under the booker).
    // Nor an answer under a form's question ("Which suburb is the pool going in?" / "Castle Hill", Typeform).
    const label = (v: string) =>
      FORM_FIELDS.some((f) => f.re.test(v.trim())) ||
      choice.message.body.includes(`${v.trim()}:`) ||
      new RegExp(`[?？][ \\t]*\\r?\\n[ \\t]*${escape(v.trim())}[ \\t]*(?:\\r?\\n|$)`, "u").test(
        choice.message.body,
      );
    if (sig.company && !label(sig.company)) lead.company = sig.company;
    if (sig.title && !label(sig.title)) lead.title = sig.title;
    if (sig.phone && !lead.phone) lead.phone = sig.phone;
  }
  return lead;
}
