// Which signature lines may be the company: capitalised, no contact data, sentence, title or department; legal forms.
import { findEmails } from "../contact/email";
import { looksLikeAddress } from "../contact/address";
import { ENDS_WITH_LEGAL_FORM_RE } from "../contact/legal-forms";
import { isCompanyLine, isSentence, isTitleLine } from "./line-kinds";
import { isDepartmentLine, isLabelledField } from "./sig-lines";

/** "Ashgrove Capital Partners Ltd.", "Maier Immobilien GmbH": a line ending in a legal form (every language). */
export function hasLegalForm(line: string): boolean {
  return ENDS_WITH_LEGAL_FORM_RE.test(line.replace(/[\s,]+$/, ""));
}

/**
 * A form tool's footer under the fields, a sentence with no full stop that ends in the site's address: nb "Denne
 * meldingen ble sendt fra kontaktskjemaet på example.no", en "This message was sent from the contact form on …" (any
 * language: four small-letter words or more, then a domain).
 */
export function isSiteFooter(line: string): boolean {
  return /\S\.\p{L}{2,}\/?$/u.test(line) && (line.match(/(?<=\s)\p{Ll}+(?=\s)/gu)?.length ?? 0) >= 4;
}

/** A line that may be the company: not contact data, not a sentence, not a title or department, capitalised. */
export function mayBeCompany(line: string): boolean {
  return (
    !findEmails(line).length &&
    !isLabelledField(line) &&
    !looksLikeAddress(line) &&
    !isSentence(line) &&
    !isTitleLine(line) &&
    !isDepartmentLine(line) &&
    /^[\p{Lu}\d]/u.test(line) &&
    /\p{L}{2}/u.test(line)
  );
}

/** A line that may be the company and says it is one (a company word or legal form: "Meridian Health Partners"). */
export function namesCompany(line: string): boolean {
  return isCompanyLine(line) && mayBeCompany(line);
}

/**
 * "Coastline Freight Pty Ltd - moving the coast since 1998" -> the company: one ending in its legal form, then a
 * tagline long enough to read as a sentence (en-AU/UK/US letterheads); undefined for any other line.
 */
export function companyBeforeLongTagline(line: string): string | undefined {
  if (!isSentence(line)) return undefined;
  // The legal form says where the name ends, so the name may be longer than withoutTagline's six words.
  const head = /^(.+?)\s+[-–—]{1,2}\s+\S/.exec(line)?.[1] ?? "";
  return head.split(/\s+/).length <= 9 && hasLegalForm(head) && mayBeCompany(head) ? head : undefined;
}
