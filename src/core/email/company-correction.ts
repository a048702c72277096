// The owner's correction of the lead's company in their note ("the company is actually Lakeside Tile Supply Inc.").
import { ALL } from "../contact/legal-forms";

/**
 * A note correcting the company, by language: en "the company is actually X", "correct company: X", "the real company
 * name is X"; de "die Firma heißt eigentlich X", "richtiger Firmenname: X"; fr "la société s'appelle en fait X", "la
 * société est en fait X"; es "la empresa es en realidad X", "la empresa se llama en realidad X"; it "l'azienda in realtà
 * è X"; nl "het bedrijf heet eigenlijk X"; pt "a empresa é na verdade X".
 */
const CORRECTION_RE =
  /(?<![\p{L}])(?:(?:the )?company(?: name)? is actually|(?:the )?(?:correct|real|actual|right) company(?: name)?(?: is|:)|die firma hei(?:ß|ss)t (?:eigentlich|richtig)|richtiger firmenname(?: ist|:)|la société (?:s['’]appelle|est) en (?:fait|réalité)|la empresa (?:es|se llama) en realidad|l['’]azienda in realtà (?:è|si chiama)|het bedrijf heet eigenlijk|a empresa (?:é|chama-se) na verdade)\s+["“„«]?([\p{Lu}\d][^\n;"“”»]{1,80}?)(?=\s+[-–—(]\s?|\s*[;\n"”»(]|[,.]?[^\S\n]*(?:$|\n)|\.\s+\p{Lu}|,\s)/iu;

const DOTTED_FORMS = new Set(ALL.filter((f) => f.endsWith(".")).map((f) => f.toLowerCase()));

/** The company the owner says is the right one, else undefined. */
export function companyCorrection(note: string): string | undefined {
  if (!note) return undefined;
  const m = CORRECTION_RE.exec(note.slice(0, 8000));
  if (!m) return undefined;
  let company = m[1].trim();
  // "… Supply Inc." at a sentence's end: the form's own dot.
  const last = company.split(/\s+/).pop()?.toLowerCase() ?? "";
  const end = (m.index || 0) + m[0].length;
  if (note[end] === "." && DOTTED_FORMS.has(`${last}.`)) company += ".";
  return company.split(/\s+/).length <= 8 ? company : undefined;
}
