// "X, Director of Operations at Y": the title up to the company's preposition, the company after it (many languages).
import { withLegalForm } from "../contact/legal-form-ends";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { regionFromText } from "../contact/region";
import { ENGLISH_MONTH_RE, MONTH_NAMES } from "../followup/months";
import { isDepartment } from "./departments";
import { isTitle } from "./title-aside";
import { COMPANY_AFTER, companyPreposition, TRAILING_PARTICLES_RE } from "./company-phrase";
import type { ContactDetails } from "./signature";

const isMonthName = (w: string) => ENGLISH_MONTH_RE.test(w) || MONTH_NAMES.some(([, re]) => re.test(w));

// Possessives and "new" before a title ("our new Director of …", nl "onze nieuwe hoofd inkoop") are no part of it.
const PRONOUN_LEAD =
  /^(?:[,:;(\s—–-]+|(?:(?:and |et |und |y )?(?:i'm|i’m|i am|je suis|ich bin|soy)|\(?(?:en )?c\.?c\.?'?d?\)?|\(?cc'?d\)?|who(?:'s| is)|(?:she|he|they)(?:'s| is| are)|who|que|quien|qui|che|welche|welcher|die|wie|'s|is|are|(?:elle|il) est|est|(?:sie|er) ist|ist|(?:ella|él) es|es|è|é|the|a|an|our|their|la|le|el|der|un|une|una|ein|eine|onze|notre|unser(?:e|em|en|er)?|nuestr[oa]|nostr[oa]|noss[oa]|new|nieuwe|nouvel(?:le)?|nouveau|neuer?|nuev[oa]|nuov[oa]|nov[oa]|vorstellen|vorstelle|vorzustellen|vor|présenter|presentar|presentare|apresentar|voorstellen|kennenlernen)(?=[\s,]))+/i;

/** "Panificio Bassi di Bologna", "Muebles Ortiz de Madrid": a town the text adds after the company is not part of it. */
function withoutTown(company: string): string {
  const m = new RegExp(`^(.+?\\s\\S+)\\s+(?:di|de|of|from|aus|van|du)\\s+(\\p{Lu}[\\p{L}'’-]+)$`, "u").exec(
    company,
  );
  return m && regionFromText(m[2]) && !COMPANY_WORDS_RE.test(m[2]) ? m[1] : company;
}

/** "…, President of Núñez Construction": the title up to the company's preposition, the company after it. */
export function titleAndCompany(sentence: string): ContactDetails | undefined {
  // A dash or an aside in brackets opens a new clause ("…, Leiterin Einkauf der X GmbH - sie sucht einen Partner für …",
  // "… de Clínica Norte (tienen tres clínicas en Huesca …)"): read up to it.
  const tail = sentence
    .replace(PRONOUN_LEAD, "")
    .split(/\s[-–—]\s|\s\((?![^()]*\)\s*(?:at|of|de|chez|bei|en)\s)/)[0]
    .trim();
  // The company's preposition may open the tail ("Megan Holt of Holt Homes").
  const found = companyPreposition(` ${tail}`);
  if (!found) return undefined;
  // found.index is the space before the preposition in " tail", i.e. the preposition's start in tail.
  const title = tail
    .slice(0, found.index)
    .trim()
    .replace(/^(?:the|a|an)\s+/i, "");
  // "Frau Dr. X, Leiterin Personal, möchten wir eine Offerte für …": a clause of two or more small words after the
  // title's comma is the sentence going on; its preposition names no workplace (de/en/fr/es/it: the verb's clause).
  // A title's own part after a comma ("VP, sales and marketing at …") stays.
  const clause = /^(.+?),\s+(\p{Ll}\S*\s+\S.*)$/u.exec(title);
  if (clause && !isTitle(clause[2]) && !isDepartment(clause[2]))
    return isTitle(clause[1]) && !COMPANY_WORDS_RE.test(clause[1]) ? { title: clause[1] } : undefined;
  const company = COMPANY_AFTER.exec(tail.slice(found.index));
  if (!company) return undefined;
  const named = company[1].replace(TRAILING_PARTICLES_RE, "");
  // de "bei Ihnen", fr "chez Vous", es "con Usted", it "presso di Lei", nl "bij U": the reader's polite pronoun.
  if (/^(?:Ihnen|Sie|Ihr|Ihre[mnrs]?|Euch|Dir|Dich|Vous|Usted(?:es)?|Lei|Voi|U)$/u.test(named))
    return undefined;
  // "reach him on his cell at 614-555-0139": a number is no workplace.
  if (!/\p{L}{2}/u.test(named)) return undefined;
  // "before they move in at the end of May": a month is a date, not a workplace.
  if (!found.workplace && isMonthName(named)) return undefined;
  // "Director of Procurement" with no workplace after it: the department is part of the title, not a company.
  if (!found.workplace && isDepartment(named)) {
    const whole = tail.slice(0, found.index + company[0].length).trim();
    return isTitle(whole) ? { title: whole } : undefined;
  }
  // A legal form in small letters after the capitalised words ("… Serramenti s.n.c.", "… Stavby s.r.o.") is kept.
  const withForm = withLegalForm(named, tail.slice(found.index + company[0].length));
  const out: ContactDetails = {
    company: withoutTown(withForm.length > named.length ? withForm : named.replace(/[.,]+$/, "").trim()),
  };
  if (title && isTitle(title)) out.title = title;
  return out;
}
