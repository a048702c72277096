// Titles said beside a name in prose: "Rosa Delgado — owner, Delgado Floral Studio", "X, our new Procurement Lead".
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";
import type { ContactDetails } from "./signature";

/** A job title's words: "Director", "inkoopmanager", "Leiterin Einkauf" (en, fr, es, de, it, pt, nl). */
export function isTitle(text: string): boolean {
  return hasTitleWord(text) && text.split(/\s+/).length <= 6;
}

/** "Rosa Delgado — owner, Delgado Floral Studio.": a title and a company listed after a dash or comma, no preposition. */
export function listedAfterName(sentence: string): ContactDetails | undefined {
  const m = /^\s*[,—–-]\s*([^,.;:!?()]{2,40}),\s+(\p{Lu}[^,;:!?()]{1,60}?)\.?$/u.exec(sentence);
  if (!m || !isTitle(m[1].trim()) || isTitle(m[2])) return undefined;
  return { title: m[1].trim(), company: m[2].trim() };
}

/**
 * "Hyun-woo Park, our new Procurement Lead, will …", "Konrad Albers, unserem Geschäftsführer, …": a title in an aside
 * after the name, opened by "our" (en, de, fr, es, it, nl, pt) and no company with it; also closing the sentence
 * (nl "zet ik Femke erbij, onze nieuwe hoofd inkoop.", the verb's particle after the name: nl erbij/toe, de dazu/hinzu).
 */
const OUR_TITLE_RE =
  /^\s*(?:(?:erbij|toe|dazu|hinzu)\s*)?,\s*(?:our|unser(?:e|em|en|er)?|notre|nuestr[oa]|nostr[oa]|onze|noss[oa])\s+(?:(?:new|neue[mnr]?|nouvel(?:le)?|nouveau|nuev[oa]|nuov[oa]|nieuwe|nov[oa])\s+)?([^,.;:!?()]{2,40}?)\s*(?:[,;)]|[.!]?\s*$)/iu;

/**
 * "Jordan is our new Territory Sales Representative for …": a capitalised title after "is our new" (en, de, fr, es,
 * it, nl, pt), the way a supplier announces a successor.
 */
const IS_OUR_NEW_RE =
  /^\s*(?:is|ist|est|es|è|é|wordt|will be)\s+(?:our|unser(?:e|em|en|er)?|notre|nuestr[oa]|nostr[oa]|onze|noss[oa])\s+(?:new|neue[mnr]?|nouvel(?:le)?|nouveau|nuev[oa]|nuov[oa]|nieuwe|nov[oa])\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})/u;

/**
 * "mijn collega Sanne de Wit, inkoper, via s.dewit@… of +31 …": a title between commas, then how to reach them
 * (an auto-reply's stand-in, an introducer's aside): en at/on/via, nl op/via, de unter, fr au, es/it al, pt em.
 */
const TITLE_THEN_CONTACT_RE =
  /^\s*,\s*([^,.;:!?()@\d]{2,40}?)\s*,\s*(?:via|at|on|op|unter|au|al|em|by)\s+(?:\+|\(|\d|[\w.+-]+@)/iu;

/**
 * "Ma collègue Sophie Dumont, office manager, en copie, s'occupe …", "Anna Berg, Einkäuferin, schreibt …": a title
 * alone between commas right after the name (any language; an English title in small letters in fr/de/nl prose).
 */
const TITLE_BETWEEN_COMMAS_RE = /^\s*,\s*(\p{L}[\p{L}' -]{1,38}?)\s*,\s/u;

export function ourTitle(sentence: string): ContactDetails | undefined {
  const title = (OUR_TITLE_RE.exec(sentence) ??
    TITLE_THEN_CONTACT_RE.exec(sentence) ??
    IS_OUR_NEW_RE.exec(sentence) ??
    TITLE_BETWEEN_COMMAS_RE.exec(sentence))?.[1].trim();
  return title && isTitle(title) && !COMPANY_WORDS_RE.test(title) ? { title } : undefined;
}

/**
 * "on behalf of our Medical Director, Dr. Amelia Hartley", "im Auftrag unseres Geschäftsführers, Herrn Dr. X", "de la
 * part de notre directrice, Mme X": the title a possessive puts right before the name (en, de, fr, es, it, nl, pt;
 * da "vores marketingchef, X", nb/sv "vår økonomisjef X").
 */
const OUR_TITLE_BEFORE_RE =
  /(?<![\p{L}])(?:our|my|unser(?:e|em|en|er|es)?|mein(?:e|em|en|er|es)?|notre|mon|ma|nuestr[oa]|mi|(?:il |la )?(?:nostr[oa]|mi[oa])|onze|mijn|(?:o |a )?(?:noss[oa]|meu|minha)|vores|vor|vår|vårt|våre|våra)\s+([^,.;:!?()]{2,40}?)\s*,?\s*(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof|Mme|M|Sr|Sra|Dra|Dott|Dhr|Mevr)\.?\s+){0,3}$/iu;

/** The title said just before `name` in `text` ("our Medical Director, Dr. Amelia Hartley"), if one is. */
export function titleBeforeName(text: string, name: string): string | undefined {
  const flat = text.slice(0, 4000).replace(/\s+/g, " ");
  for (let at = flat.indexOf(name); at >= 0; at = flat.indexOf(name, at + name.length)) {
    const title = OUR_TITLE_BEFORE_RE.exec(flat.slice(Math.max(0, at - 70), at))?.[1].trim();
    // A possessive's title may hold a sector's word ("our Medical Director"): no company check.
    if (title && isTitle(title)) return title;
  }
  return undefined;
}
