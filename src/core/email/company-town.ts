// A signature's company line that adds its town ("Mosaic Dental Studio, Stellenbosch"): the company without it.
import { COMPANY_WORDS_RE } from "../contact/company-words";

const TOWN_AFTER_RE = /^(.*\S),\s+(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+)?)$/u;

/**
 * "Harbour Dental Studio, Kingsbridge" -> "Harbour Dental Studio": a name ending in a company word (studio, dental,
 * clinic, Ltd …) then a comma and one or two capitalised words that are no company word themselves is a company with
 * its town (en-GB, en-ZA, en-AU, en-NZ signatures). "Baker, Lane & Co" or "Studio Nord, GmbH" are kept.
 */
export function withoutTown(company: string): string {
  const m = TOWN_AFTER_RE.exec(company.trim());
  if (!m) return company;
  const last = m[1].split(/\s+/).pop() ?? "";
  return COMPANY_WORDS_RE.test(` ${last}`) && !COMPANY_WORDS_RE.test(` ${m[2]}`) ? m[1] : company;
}
