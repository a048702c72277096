// Weighs each remaining text piece of a card as a person's name, a job title or a company, from evidence.
import { looksLikeAddress } from "../contact/address";
import { ENDS_WITH_LEGAL_FORM_RE } from "../contact/legal-forms";
import { isHonorificWord, normalizeName } from "../contact/name";
import { hasTitleWord } from "../contact/roles";

export { looksLikeAddress };
import { letters } from "./ocr-repair";
import { TAGLINE_MARKS, TITLE_SUFFIXES, TITLE_WORDS, TRADE_WORDS } from "./vocab";

export interface Piece {
  text: string;
  line: number;
  /** Index in reading order. */
  order: number;
  /** The reading-order indices of the pieces this candidate is made of (two for a line broken in two). */
  parts: number[];
}

export interface Evidence {
  /** Local parts of the card's personal e-mail addresses, letters only. */
  locals: string[];
  /** Domain labels of the card's e-mail addresses and web addresses, letters only ("northwinddental"). */
  domains: string[];
}

export interface Scored extends Piece {
  name: number;
  title: number;
  company: number;
  /** The name as it would be written in the ledger (honorifics and post-nominals removed). */
  personName: string;
  formula: boolean;
  /** Plain words: no digits, no address, no tagline, not a formula, at most five words. */
  plain: boolean;
}

const PARTICLES =
  /^(de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|zu|y|e|bin|al|el|st\.?|ten|ter)$/i;
function wordsOf(text: string): string[] {
  return text.split(/[\s/|,()]+/).filter((w) => letters(w));
}

function tokens(text: string): string[] {
  return wordsOf(text).map((w) => letters(w));
}

/** A job-title word: the card's OCR vocabulary (accents dropped), a German compound, or a title word of any language. */
function isTitleWord(word: string): boolean {
  const t = letters(word);
  return TITLE_WORDS.has(t) || TITLE_SUFFIXES.test(t) || hasTitleWord(word);
}

/** Words of a person's name: capitalized (or all caps), letters with hyphens, apostrophes and initials. */
function nameShape(name: string): boolean {
  const words = name.split(" ");
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w, i) => {
    if (PARTICLES.test(w) && i > 0 && i < words.length - 1) return true;
    return /^\p{Lu}[\p{L}'’-]*$/u.test(w) || /^\p{Lu}\.$/u.test(w);
  });
}

function countIn(tokensOf: string[], set: Set<string>): number {
  return tokensOf.filter((t) => set.has(t)).length;
}

/** How many of the piece's words appear in the card's e-mail domains or web hosts. */
function domainOverlap(toks: string[], ev: Evidence): number {
  let n = 0;
  for (const t of toks) {
    if (t.length < 3) continue;
    if (ev.domains.some((d) => d.includes(t) || (t.length >= 6 && d.includes(t.slice(0, 5))))) n++;
  }
  return n;
}

/**
 * How strongly a name's words explain an e-mail's local part: 3 when first and last name both do
 * (jmoore, k.wolf, jfbelanger, priya.raman) or the local part is the first name (amelie, liam);
 * 2 when only one name does (helene.dubois for "Fromagerie Dubois") or the initials do; 0 otherwise.
 */
export function localMatch(name: string, ev: Evidence): number {
  const words = name
    .split(/[\s-]+/)
    .map(letters)
    .filter((w) => w.length > 0);
  if (words.length < 2) return 0;
  const first = words[0];
  const last = words[words.length - 1];
  let best = 0;
  for (const local of ev.locals) {
    const hasLast = last.length >= 3 && local.includes(last);
    const hasFirst = first.length >= 3 && local.includes(first);
    if (hasLast && (hasFirst || local.startsWith(first[0]))) best = Math.max(best, 3);
    else if (first.length >= 3 && (local === first || (local.length >= 3 && first.startsWith(local))))
      best = Math.max(best, 3);
    else if (hasLast || hasFirst || local === words.map((w) => w[0]).join("")) best = Math.max(best, 2);
  }
  return best;
}

export function scorePiece(piece: Piece, ev: Evidence): Scored {
  const raw = piece.text;
  const formula = /^[=+\-@]/.test(raw);
  const quoted = formula
    ? [...raw.matchAll(/"([^"]+)"/g)].map((m) => m[1]).filter((q) => !/[/:.@]/.test(q))
    : [];
  const inner = formula ? (quoted[quoted.length - 1] ?? "") : raw;
  const words = inner
    .replace(/\s+(?:"[^"]*"|“[^”]*”|\([^)]*\))(?=\s)/g, "") // a nickname: Robert "Bob" Jennings
    .split(" ");
  while (words.length > 2 && isHonorificWord(words[0])) words.shift();
  const stripped = words.join(" ");
  const personName = normalizeName(stripped);
  const toks = tokens(raw);
  const titleHits = wordsOf(raw).filter(isTitleWord).length;
  const tradeHits =
    countIn(toks, TRADE_WORDS) +
    toks.filter((t) => /(technik|bau|handel|service|services|werke?)$/.test(t) && !TRADE_WORDS.has(t)).length;
  const legal = ENDS_WITH_LEGAL_FORM_RE.test(raw.replace(/[\s.,]+$/, (m) => (m.includes(".") ? "." : "")));
  const amp = /&|\+/.test(raw) && !formula;
  const domainHits = domainOverlap(toks, ev);
  const tagline = TAGLINE_MARKS.test(raw) && !legal;
  const address = looksLikeAddress(raw);
  const hasDigit = /\d/.test(raw);
  const possessive = /\p{L}['’]s\b/u.test(raw); // Russo's Pizzeria
  const allCaps = raw === raw.toUpperCase() && /\p{Lu}{2}/u.test(raw);

  let name = -10;
  const nameText = personName.replace(/\s+/g, " ");
  if (nameShape(stripped.replace(/,.*$/, "").trim())) {
    name =
      1 +
      localMatch(nameText, ev) -
      3 * titleHits -
      2 * tradeHits -
      (legal ? 4 : 0) -
      (amp ? 3 : 0) -
      (possessive ? 3 : 0);
    if (stripped !== inner || personName !== stripped.trim()) name += 1; // an honorific or post-nominal was removed
    if (domainHits && !localMatch(nameText, ev) && ev.locals.length) name -= 1;
  }
  if (tagline || address || (hasDigit && !formula)) name = -10;

  let title = -10;
  if (titleHits && !address && toks.length <= 9)
    title = 2 + titleHits - tradeHits - (legal ? 4 : 0) - (hasDigit ? 2 : 0) - (tagline ? 3 : 0);

  let company = -10;
  if (!address && toks.length <= 9) {
    company =
      (legal ? 4 : 0) +
      2 * Math.min(tradeHits, 2) +
      (amp ? 1 : 0) +
      2 * Math.min(domainHits, 2) -
      2 * titleHits;
    if (localMatch(nameText, ev) === 3 && nameShape(nameText) && !tradeHits && !legal) company -= 3;
    if (possessive) company += 2;
    if (tagline) company -= 4;
    if (allCaps && !legal) company -= 0.5;
    if (company <= 0) company = Math.min(company, 0);
  }
  const plain = !formula && !tagline && !address && !hasDigit && toks.length <= 5;
  return { ...piece, name, title, company, personName: formula ? raw : personName, formula, plain };
}

function hasTitle(text: string): boolean {
  return wordsOf(text).some(isTitleWord);
}

/**
 * "Jane Whitfield, CEO" / "Tom Becker - Head Brewer" / "Lucas Ferreira Sommelier" -> the name and the title
 * as two pieces (without a separator only when the e-mail confirms the name); other text as is.
 */
export function splitNameAndTitle(text: string, ev: Evidence): string[] {
  const m = /^(.+?)(?:,\s+|\s+[-–—]\s+)(.+)$/.exec(text);
  if (m) {
    const [, left, right] = m;
    if (hasTitle(left) || !hasTitle(right) || !nameShape(left.trim())) return [text];
    return [left.trim(), right.trim()];
  }
  const words = text.split(/\s+/);
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const left = words.slice(0, k).join(" ");
    const right = words.slice(k).join(" ");
    if (nameShape(left) && !hasTitle(left) && hasTitle(right) && localMatch(left, ev) >= 2)
      return [left, right];
  }
  return [text];
}
