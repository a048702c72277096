// The organisation a person runs, owns or founded, read from prose ("Sanjay runs Y", "elle dirige Y", "er leitet Y").
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { LEGAL_FORMS_SOURCE } from "../contact/legal-forms";
import { ARTICLE, COMPANY_NAME, TRAILING_PARTICLES_RE } from "./company-phrase";
import type { ContactDetails } from "./signature";

/**
 * The organisation a person runs, owns or founded: "Sanjay runs Patel Property Management and …"; also with the kind
 * of business before its name ("runs the bakery Le Fournil", fr "tient la boulangerie X", es "tiene la panadería X",
 * de "betreibt die Bäckerei X", it "gestisce la trattoria X"); en "X, who has Saffron Bakehouse over on Elm St" (as es
 * "tiene"), only in the clause right after the name.
 */
const RUNS_RE = new RegExp(
  `^\\s*(?:(?:who|that)\\s+has|(?:(?:who|that)\\s+)?(?:runs|owns|founded|co-?founded|heads|manages|dirige|gère|tient|tiene|betreibt|leitet|führt|gestisce|beheert|leidt))\\s+(?:${ARTICLE}\\s+)?(?:(?:\\p{Ll}+|Bäckerei|Konditorei|Gaststätte|Praxis|Kanzlei|Werkstatt)\\s+(?=[\\p{Lu}\\d]))?${COMPANY_NAME}`,
  "u",
);

/** The same verbs later in the sentence about the person ("X, DDS - he's a client of ours and owns Y in Z"). */
const RUNS_LATER_RE =
  /\s(?:and|who|he|she|they|he's|she's)\s+(?=(?:runs|owns|founded|co-?founded|heads|dirige|gère|tient|tiene|betreibt|leitet|führt|gestisce|beheert|leidt)\s)/u;

/** ", PLLC" right after a company read from prose: its legal form, kept as written. */
const COMMA_FORM_RE = new RegExp(`^,\\s*(?:${LEGAL_FORMS_SOURCE})(?![\\p{L}])`, "iu");

export function companyRunLater(sentence: string): ContactDetails | undefined {
  const m = RUNS_LATER_RE.exec(sentence);
  const found = m ? companyRun(sentence.slice(m.index + m[0].length)) : undefined;
  const company = found?.company;
  if (!company) return found;
  const after = sentence.slice(sentence.indexOf(company) + company.length);
  const form = COMMA_FORM_RE.exec(after)?.[0];
  return form ? { company: company + form } : found;
}

/** "he owns …", "elle dirige …": a pronoun about the person named before it, then a verb RUNS_RE reads. */
export const PRONOUN_RUNS_RE =
  /(?<![\p{L}])(?:he|she|they|il|elle|er|sie|él|ella|lui|lei|ele|ela|hij|zij)\s+(?=(?:runs|owns|founded|co-?founded|heads|dirige|tient|tiene|betreibt|leitet|führt|gestisce|beheert|leidt)\s)/giu;

export function companyRun(sentence: string): ContactDetails | undefined {
  const m = RUNS_RE.exec(sentence.replace(/^\s*,\s*/, ""));
  if (!m) return undefined;
  const company = m[1]
    .replace(TRAILING_PARTICLES_RE, "")
    .replace(/[.,]+$/, "")
    .trim();
  return company.split(/\s+/).length >= 2 || COMPANY_WORDS_RE.test(company) ? { company } : undefined;
}
