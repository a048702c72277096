// A company an introducer's prose seems to give that is a place ("au domaine de la Roche-Aymon", "in Ikoyi").
import { domainOf, type Address } from "../contact/email";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { letters } from "./display-company";
import { hasLegalForm } from "./sig-company";

/**
 * True when a company read from an introduction's prose is more likely a place: a number in it ("7 Orchard Row",
 * "Indiranagar 100"), or one word with no company word or legal form that the person's own mail domain does not spell
 * ("Chartres", "Ikoyi", "Roche-Aymon" for camille@mail…; "Acme" for jo@acme… stays); not in a script without spaces.
 */
export function placeNotCompany(company: string, person: Address): boolean {
  const c = company.trim();
  if (COMPANY_WORDS_RE.test(c) || hasLegalForm(c)) return false;
  if (/\d/.test(c)) return true;
  if (/\s/.test(c)) return false;
  // ja/zh/ko write no spaces between words: one run is no sign of a single place name ("カフェ・ミナト").
  if (/[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Hangul}]/u.test(c)) return false;
  const domain = person.email ? letters(domainOf(person.email)) : "";
  return !domain.includes(letters(c));
}
