// A company named by a pronoun in the sentence after the person: "His company is Benali Hospitality Group", "Ihre Firma
// heißt Krüger Metallbau GmbH", "Su empresa se llama Muebles Ortiz" (en, fr, de, es, it, pt, nl).

/** The wordings that name the company of the person just mentioned, each ending where the company's name starts. */
const COMPANY_IS: { re: string; lang: string }[] = [
  {
    lang: "en",
    re: "(?:his|her|their) (?:company|business|firm|practice|shop|studio|agency) (?:is|is called|'s)",
  },
  {
    lang: "fr",
    re: "(?:son|leur) (?:entreprise|cabinet|agence|atelier) (?:est|s'appelle|s’appelle)|sa société (?:est|s'appelle|s’appelle)",
  },
  {
    lang: "de",
    re: "(?:seine|ihre) firma (?:ist|heißt)(?: die)?|(?:sein|ihr) (?:unternehmen|betrieb|büro) (?:ist|heißt)(?: die| das)?",
  },
  { lang: "es", re: "su (?:empresa|compañía|negocio|despacho|estudio) (?:es|se llama)" },
  {
    lang: "it",
    re: "la sua (?:azienda|società|ditta) (?:è|si chiama)|il suo (?:studio|negozio) (?:è|si chiama)",
  },
  { lang: "pt", re: "a empresa (?:dele|dela) (?:é|se chama)|a sua empresa (?:é|se chama)" },
  { lang: "nl", re: "(?:zijn|haar|hun) bedrijf (?:is|heet)" },
];

/** Capitalised words with "&" and short particles between them ("Bloom & Vine", "Domaine des Pins"), legal form kept. */
const NAME =
  "((?:[\\p{Lu}\\d][\\p{L}\\d'’&.-]*)(?:\\s+(?:&|and|et|de|du|des|y|und|van|der|di|da|del|[\\p{Lu}\\d][\\p{L}\\d'’&.-]*))*)";

const COMPANY_IS_RE = new RegExp(`(?<![\\p{L}])(?:${COMPANY_IS.map((c) => c.re).join("|")})\\s+`, "iu");
/** Case-sensitive: the name must start with a capital or a digit (the wording above is matched in any case). */
const NAME_RE = new RegExp(`^${NAME}`, "u");

/** The company the text names with a possessive ("His company is …"), or undefined. */
export function companyNamedByPronoun(text: string): string | undefined {
  const cue = COMPANY_IS_RE.exec(text);
  // The name ends with its sentence ("… Hospitality Group. Thanks as always").
  const rest = cue ? text.slice(cue.index + cue[0].length).split(/[.!?;:](?:\s|$)|\n/)[0] : "";
  const m = NAME_RE.exec(rest);
  if (!m) return undefined;
  // A sentence's full stop is no part of the name (the scorer ignores a legal form's dot: "Co", "Inc").
  const name = m[1].replace(/\s+(?:&|and|et|de|du|des|y|und|van|der|di|da|del)$/i, "").replace(/[.,]+$/, "");
  return /\p{L}{2}/u.test(name) ? name : undefined;
}
