// The full name that an address written in the note spells, as the same line writes it ("Denise Okoro … denise.okoro@…").
import { plainWords } from "./list-mail";

const PAIR_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)[ \t]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu;

/**
 * Two capitalised words on the line that holds `email` whose local part spells both ("Denise Okoro is running point …
 * denise.okoro@…" in a pasted SMS, "Ana Lima - ana.lima@…"): the address holder's own name. Any language.
 */
export function nameTheAddressSpells(note: string, email: string): string | undefined {
  const local = email.split("@")[0].toLowerCase();
  const line = note.split(/\r?\n/).find((l) => l.toLowerCase().includes(email.toLowerCase()));
  if (!line) return undefined;
  for (const m of line.matchAll(PAIR_RE)) {
    const words = plainWords(`${m[1]} ${m[2]}`);
    if (words.length === 2 && words.every((w) => w.length >= 2 && local.includes(w)))
      return `${m[1]} ${m[2]}`;
  }
  return undefined;
}
