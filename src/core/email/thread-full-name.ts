// The full name the thread's text writes for a first name a note uses ("seu Antônio" -> "Antônio Moraes").
import { fullNameForNote } from "./note-first-name";
import { SIGN_OFF_RE } from "./sign-off-lines";
import type { ThreadMessage } from "./thread";

/** An honorific that goes with a surname (en, de, fr, nl) and the word after it. */
const SURNAME_AFTER_HONORIFIC_RE =
  /(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|Herrn?|Frau|Mme|Mlle|Dhr|Mevr)\.?\s+\p{Lu}[\p{L}'’-]+/gu;

/** An address or a phone number: what the lines under a card's or a signature's name line hold. */
const CONTACT_LINE_RE = /@|\+?\d[\d ().-]{6,}\d/;

/**
 * "Aino Laaksonen" alone on a line of `text`, its first word a capitalised word of `clause`, with an address or a
 * number in the next few lines (a card, a signature): two capitalised words alone on a line are as often a sign-off
 * ("Kind Regards"), a title ("Sales Manager") or a place.
 */
function nameOnOwnLine(clause: string, text: string): string | undefined {
  const firsts = new Set(clause.match(/(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu) ?? []);
  if (!firsts.size) return undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{Ll}'’-]+)\s*$/u.exec(lines[i]);
    if (m && firsts.has(m[1]) && lines.slice(i + 1, i + 5).some((l) => CONTACT_LINE_RE.test(l)))
      return `${m[1]} ${m[2]}`;
  }
  return undefined;
}

/**
 * The full name for a first name in `clause` (any language): a name on a line of its own (a card, written whole)
 * first, since prose may inflect it (fi "Aino Laaksosen pyynnöstä" is a genitive); else one the text's prose writes
 * once ("Meu pai, Antônio Moraes, é dono …").
 */
export function fullNameInThread(clause: string, messages: ThreadMessage[]): string | undefined {
  const text = messages.map((m) => m.body.slice(0, 4000)).join("\n");
  // A surname after an honorific ("Dr Hartley is the decision maker", "Frau Lenz") is no first name.
  const firsts = clause.replace(SURNAME_AFTER_HONORIFIC_RE, " ");
  const full =
    nameOnOwnLine(firsts, text) ?? fullNameForNote(firsts, text, []) ?? givenForSurname(clause, text);
  // "Kind Regards", "Best Wishes": a sign-off is two capitalised words too.
  return full && !SIGN_OFF_RE.test(full) ? full : undefined;
}

/** Words that stand before a surname without being a given name: honorifics and academic titles (en, de, fr, nl). */
const NOT_GIVEN_RE = /^(?:Dr|Mr|Mrs|Ms|Prof|Herrn?|Frau|Mme|Mlle|Dhr|Mevr|Ing|Mag|Dipl|Sie|Ihr|Ihre)$/u;

/**
 * "Frau Keller" in the note, "Frau Dr. Annina Keller, Leiterin Personal" in the forwarded text: the one full name
 * (a given name before that surname) the text writes for a surname the note puts after an honorific (de, en, fr, nl).
 */
function givenForSurname(clause: string, text: string): string | undefined {
  for (const m of clause.match(SURNAME_AFTER_HONORIFIC_RE) ?? []) {
    const surname = m.split(/[\s.]+/).pop() ?? "";
    const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[ \\t]+${surname}(?![\\p{L}])`, "gu");
    const found = new Set([...text.matchAll(re)].map((x) => x[1]).filter((g) => !NOT_GIVEN_RE.test(g)));
    if (found.size === 1) return `${[...found][0]} ${surname}`;
  }
  return undefined;
}
