// The owner's note names someone by first name ("Call Trevor Wednesday"); a colleague's forwarded mail writes them in full.
import { phoneBesideName } from "./phone-beside-name";
import { escape } from "./forward-labels";

const WORD_RE = /(?<![\p{L}'’])\p{Lu}\p{Ll}{2,}(?![\p{L}'’])/gu;

/**
 * The full name ("Trevor Nakamura") that a colleague's text writes for a first name the owner's note uses ("Call
 * Trevor Wednesday", "Sentire Chiara lunedì", "Trevor anrufen"): any client or language, by the words alone. Only a
 * first name the text follows with one capitalised surname, and only when one such name fits; never a name of the
 * owner's side (`own`), who greet and sign the text.
 */
export function fullNameForNote(note: string, text: string, own: string[]): string | undefined {
  const ownWords = new Set(own.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const found = new Set<string>();
  for (const [first] of note.slice(0, 400).matchAll(WORD_RE)) {
    if (ownWords.has(first.toLowerCase())) continue;
    const re = new RegExp(
      `(?<![\\p{L}])${escape(first)}[ \\t\\u00a0]+(\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])`,
      "u",
    );
    const m = re.exec(text);
    // "Trevor Nakamura" written once in the text, on one line (a first name signing off above a company line is no
    // "Trevor Acme"); a surname the note itself also uses ("Call Trevor Wednesday") is a
    // word of the note, not of the name.
    if (m && !note.includes(m[1]) && !ownWords.has(m[1].toLowerCase())) found.add(`${first} ${m[1]}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The person a colleague's forwarded mail names in full for the note's first name, with the number written beside them. */
export function namedForNote(
  note: string,
  colleagueTexts: string[],
  own: string[],
  region: string,
): { name: string; phone?: string } | undefined {
  for (const text of colleagueTexts) {
    const name = fullNameForNote(note, text, own);
    if (!name) continue;
    const phone = phoneBesideName(text, name, region);
    return phone ? { name, phone } : { name };
  }
  return undefined;
}
