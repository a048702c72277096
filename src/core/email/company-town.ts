// A signature's company line that adds its town or its former name ("…, Stellenbosch", "(formerly …)"): without it.
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

/**
 * A former name in brackets after a rebranded company's name, by language: en "formerly", "previously", "ex", "was";
 * de "vormals", "ehemals", "früher"; fr "anciennement", "ex"; es "antes", "anteriormente", "antigua"; it "già", "ex",
 * "precedentemente"; pt "antiga", "anteriormente"; nl "voorheen", "v/h"; sv "tidigare", "f.d."; pl "dawniej", "dawn.";
 * fi "ent."; ru "ранее", "бывш.".
 */
const FORMER_NAME_RE =
  /\s*[(（[](?:formerly|previously|ex|was|vormals|ehemals|früher|anciennement|antes|anteriormente|antigu[oa]|già|precedentemente|antig[oa]|voorheen|v\/h|tidigare|f\.d\.|dawniej|dawn\.|ent\.|ранее|бывш\.)(?![\p{L}])[^()（）[\]]*[)）\]]\s*$/iu;

/** "Sunvale Produce Pty Ltd (formerly Mitchell Farms)" -> "Sunvale Produce Pty Ltd": the name it goes by now. */
export function withoutFormerName(company: string): string {
  const cut = company.replace(FORMER_NAME_RE, "");
  return cut.trim() ? cut : company;
}
