// The owner's correction of the lead's name in their note ("Name is actually Katarzyna, not Kasia"), or the surname
// the note adds to a first name alone ("the lady from the golf club - Margaret Olsen"): the name to keep.
import { hasTitleWord } from "../contact/roles";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { WEEKDAYS } from "../followup/days";
import { ENGLISH_MONTH_RE, MONTH_NAMES } from "../followup/months";
import { escape } from "./forward-labels";

/** One name: one to four capitalised words (any script's capitals; hyphens and apostrophes inside). */
const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})";

/**
 * A note giving the right name, by language, the name in group 1: en "name is actually X", "correct name: X", "real
 * name is X", "spelled X"; de "heißt eigentlich X", "richtiger Name: X"; fr "s'appelle en fait X", "son vrai nom est X";
 * es "se llama en realidad X", "nombre correcto: X"; it "si chiama in realtà X", "nome corretto: X"; nl "heet eigenlijk
 * X", "juiste naam: X"; pt "chama-se na verdade X", "nome correto: X"; pl "właściwie X", "poprawne imię: X".
 */
const CORRECTED_RES: RegExp[] = [
  new RegExp(
    `(?<![\\p{L}])(?:name is actually|(?:correct|real|right|full) name(?: is|:)|(?:it'?s|name is) (?:spelled|spelt)|heißt eigentlich|heisst eigentlich|richtiger name(?: ist|:)|s['’]appelle en (?:fait|réalité)|(?:son )?vrai nom(?: est|:)|se llama en realidad|nombre correcto(?: es|:)|si chiama in realtà|nome corretto(?: è|:)|heet eigenlijk|juiste naam(?: is|:)|chama-se na verdade|nome correto(?: é|:)|poprawne imię(?: to|:)|naprawdę ma na imię)\\s+["“„«]?${NAME}`,
    "iu",
  ),
];

/**
 * "X, not Y" / "X (not Y)" with Y a word of the lead's name, by language: en "not", de "nicht", fr "pas" / "et non", es
 * "no", it "non", nl "niet", pt "não", pl "nie", sv/nb/da "inte"/"ikke". Groups: 1 the right name, 2 the wrong one.
 */
const NOT_THAT_RE = new RegExp(
  `${NAME}\\s*(?:,\\s*|\\(\\s*|\\s+)(?:and |et |y |e )?(?:not|nicht|pas|non|no|niet|não|nie|inte|ikke)\\s+["“„«]?${NAME}`,
  "gu",
);

const fold = (s: string) => s.toLowerCase();

/** `name` as the note corrects it (a first name or the whole name), else undefined. */
export function nameCorrection(note: string, name: string | undefined): string | undefined {
  if (!note || !name) return undefined;
  const text = note.slice(0, 2000);
  const words = name.split(/\s+/);
  for (const m of text.matchAll(NOT_THAT_RE)) {
    const [right, wrong] = [m[1], m[2]];
    const at = words.findIndex((w) => fold(w) === fold(wrong));
    if (at >= 0) return withName(words, right, at);
    if (fold(wrong) === fold(name)) return right;
  }
  for (const re of CORRECTED_RES) {
    const m = re.exec(text);
    if (m) return withName(words, m[1], 0);
  }
  return undefined;
}

/** One word replaces the word at `at` ("Kasia Nowak" -> "Katarzyna Nowak"); a full name replaces the whole name. */
function withName(words: string[], right: string, at: number): string {
  if (/\s/.test(right) || words.length === 1) return right;
  return words.map((w, i) => (i === at ? right : w)).join(" ");
}

/** A word that is a date's, a title's or a company's, not a surname ("Call Margaret Tuesday", "Margaret Sales"). */
const notSurname = (w: string) =>
  WEEKDAYS.some((d) => d.re.test(w)) ||
  MONTH_NAMES.some(([, re]) => re.test(w)) ||
  new RegExp(`^(?:${ENGLISH_MONTH_RE.source})$`, "iu").test(w) ||
  hasTitleWord(w) ||
  COMPANY_WORDS_RE.test(w);

/**
 * A lead known by a first name alone (a voicemail's "this is Margaret", a signature "Sam") whom the note names in full
 * ("call back Margaret Olsen"): that full name, when the note writes the first name once, followed by one capitalised
 * word that is no date, title or company word.
 */
export function nameCompletion(note: string, name: string | undefined): string | undefined {
  if (!note || !name || /\s/.test(name.trim()) || !/^\p{Lu}/u.test(name)) return undefined;
  const text = note.slice(0, 2000);
  const found = [
    ...text.matchAll(new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])(?:\\s+(\\p{Lu}[\\p{Ll}'’-]+))?`, "gu")),
  ];
  if (found.length !== 1 || !found[0][1] || notSurname(found[0][1])) return undefined;
  return `${name} ${found[0][1]}`;
}
