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

/**
 * The owner's note saying the company's name changed, by language: en "the company is now X", "company is X now",
 * "now trading as X", "new company name: X"; de "die Firma heißt jetzt X", "neuer Firmenname: X"; fr "la société
 * s'appelle maintenant X"; es "la empresa ahora se llama X"; it "l'azienda ora si chiama X"; nl "het bedrijf heet nu X";
 * pt "a empresa agora se chama X"; nb "firmaet heter nå X", da "firmaet hedder nu X", sv "företaget heter nu X". Read in the owner's note only (a prospect writes "our company is now certified").
 */
const RENAMED_RE =
  /(?<![\p{L}])(?:(?:the )?company(?: name)? is(?: now)?|now trading as|new company name(?: is|:)|(?:die )?firma (?:heißt|heisst|ist) jetzt|neuer firmenname(?: ist|:)|la société s['’]appelle maintenant|la empresa (?:ahora se llama|se llama ahora|ahora es)|l['’]azienda ora si chiama|het bedrijf heet nu|a empresa agora (?:se chama|é)|(?:firmaet|selskapet) heter nå|firmaet hedder nu|(?:företaget|firman) heter nu)\s+["“„«]?([\p{Lu}\d][^\n;"“”»]{1,80}?)(?=\s+now\b|\s+[-–—(]\s?|\s*[;\n"”»(]|[,.]?[^\S\n]*(?:$|\n)|\.\s+\p{Lu}|,\s)/iu;

/** The company's new name the owner's note gives, else undefined. */
export function companyRenamed(note: string): string | undefined {
  const m = note ? RENAMED_RE.exec(note.slice(0, 2000)) : null;
  const company = m?.[1].trim();
  // A name starts with a capital or a digit ("now certified" is no company).
  return company && /^[\p{Lu}\d]/u.test(company) && company.split(/\s+/).length <= 8 ? company : undefined;
}
