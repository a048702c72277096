// The company a sender's display name carries beside their name ("Jo Lee (Lee Law LLP)", "Kyle Ng | Ng Properties").
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { isCompanyLine, isTitleLine } from "./line-kinds";
import { personPart } from "./people";

/** Tags that mail systems and people put beside a name, never a company: pronouns, "External", "via …", "(Sales)". */
const NOT_COMPANY_RE =
  /\b(?:she|he|they|her|him|them|pronouns?)\s*\/|^(?:ext(?:ernal)?|extern[eo]?|guest|gast|invité|via\b)|^(?:sales|support|office|accounts?|admin|marketing|purchasing|procurement)$/i;

/**
 * A name's letters and digits only, in small letters and without accents ("Acme Works" -> "acmeworks", hu "Mandula
 * Kávézó" -> "mandulakavezo"), to compare with a domain (domains drop the accents a name is written with).
 */
export const letters = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\d]/gu, "");

/**
 * The part of a display name beside the person's, as their company: one with a legal form or company word
 * ("Lee Law LLP", "Ng Properties"), or one the sender's own domain spells ("Acme Works" for jo@acmeworks.example).
 */
export function companyBesidePerson(a: Address | undefined): string | undefined {
  const shown = a?.name.trim() ?? "";
  const person = personPart(shown);
  if (!a?.email || !person || person === shown || !shown.startsWith(person)) return undefined;
  const rest = shown
    .slice(person.length)
    .replace(/^\s*(?:[|–—@-]\s+|\()/, "")
    .replace(/\)\s*$/, "")
    .trim();
  if (rest.length < 2 || rest.length > 60 || !/\p{L}{2}/u.test(rest) || /[()[\]@]/.test(rest))
    return undefined;
  if (NOT_COMPANY_RE.test(rest) || isTitleLine(rest)) return undefined;
  const domain = domainOf(a.email);
  const spelled =
    !isFreeMailDomain(domain) && letters(rest).length >= 4 && letters(domain).includes(letters(rest));
  return spelled || isCompanyLine(rest) ? rest : undefined;
}
