// How prose writes a company after a title or verb: its prepositions, articles, particles and capitalised words.
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { WORKPLACE_PREPOSITIONS } from "./cues";

// Prepositions before a company, with the elided forms ("dell'Hotel", "d'Atelier"), and articles after them.
// ro "la", nb/da/sv "i", "hos" and "på", pl "w".
const PREP =
  "(?:at|of|der|chez|bei|von|de|del|della|dello|degli|dei|des|du|from|with|en|di|da|van|bij|na|no|do|em|for|für|pour|para|per|presso|la|i|hos|på|w)";
/** German genitive articles that open a company after a title ("Prokurist der Krüger Metallbau GmbH"). */
// "des" (fr "de les", de genitive) was always a preposition here; "der" is also a plain article, so it is gated.
const GENITIVE_ARTICLES = new Set(["der"]);
const ELIDED = "(?:dell|dall|all|d|l)['’]";
export const ARTICLE = "(?:the|la|le|el|der|die|das|il|lo|het|de|a|o)";
const COMPANY_WORD = "[\\p{Lu}\\d][\\p{L}\\d'’&.-]*";
// A particle is a whole word: "Domaine des Pins" is not cut after "de".
const PARTICLE =
  "(?:&|and|et|de|du|des|la|le|y|und|di|da|del|della|van|der|den|von|e|do|dos|das)(?![\\p{L}])";
/** A preposition and its article, or an elided article alone ("at the ", "de l'", "dell'"). */
const PREP_ARTICLE = `(?:${PREP}\\s+(?:${ARTICLE}\\s+|${ELIDED})?|${ELIDED})`;
/** A company's capitalised words, "&" and particles ("Domaine des Pins", "Bloom & Vine"). */
export const COMPANY_NAME = `((?:${COMPANY_WORD}|&)(?:\\s+(?:${PARTICLE}|${COMPANY_WORD}))*)`;
/** Particles left at a company's end ("… Group and"), cut off. */
export const TRAILING_PARTICLES_RE = new RegExp(`(?:\\s+${PARTICLE})+$`, "iu");
export const COMPANY_AFTER = new RegExp(`^${PREP_ARTICLE}${COMPANY_NAME}`, "u");
// fr "gérant de l'Atelier Morel": a preposition and an elided article together.
const PREP_AT = new RegExp(`\\s${PREP_ARTICLE}(?=[\\p{Lu}\\d])`, "u");
const PREP_AT_ALL = new RegExp(PREP_AT.source, "gu");

/** Where a company's preposition sits in a text (index of the space before it), and whether it names a workplace. */
export interface PrepAt {
  index: number;
  length: number;
  workplace: boolean;
}

/**
 * The preposition that opens the company: "Director of Operations at Lakeview Dental Group" has two, and the one that
 * says where someone works (at, chez, bei, en, with, for …) wins over the one inside a title (of, de, von …).
 */
export function companyPreposition(text: string): PrepAt | undefined {
  let weak: PrepAt | undefined;
  for (const m of text.matchAll(PREP_AT_ALL)) {
    const word = m[0].trim().split(/\s+/)[0].toLowerCase();
    // German genitive "Geschäftsführerin der Schulz Bäckerei GmbH": only before a name with a legal form, and then
    // it names the workplace ("… GmbH und sucht einen Partner für die Montage": not the later "für").
    const at = { index: m.index || 0, length: m[0].length };
    if (GENITIVE_ARTICLES.has(word)) {
      const after = text.slice((m.index || 0) + m[0].length).split(/[,.;:!?]|\s(?:und|aus|in|mit)\s/)[0];
      if (!COMPANY_WORDS_RE.test(after)) continue;
      return { ...at, workplace: true };
    }
    if (WORKPLACE_PREPOSITIONS.has(word)) return { ...at, workplace: true };
    weak ??= { ...at, workplace: false };
  }
  return weak;
}
