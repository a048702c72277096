// Writing card text for the ledger: all-caps lines in title case, the first version of a bilingual title.
import { TITLE_SUFFIXES, TITLE_WORDS, TITLE_WORDS_BY_LANGUAGE } from "./vocab";
import { oneAway } from "./ocr-evidence";
import { letters } from "./ocr-repair";

/** Short words that stay upper case in an all-caps line (acronyms, legal forms). */
const KEEP_UPPER =
  /^(llc|llp|plc|ag|kg|sa|sl|bv|nv|ceo|cfo|coo|cto|cmo|cio|vp|hr|it|ai|usa|uk|eu|sas|sarl|srl|spa|gmbh)$/i;
const SMALL = /^(of|and|the|de|du|des|la|le|et|y|und|del|di|da|for|&)$/i;

/** "PATEL SPICE CO." -> "Patel Spice Co."; text with lower-case letters is kept as written. */
export function smartCase(text: string): string {
  if (text !== text.toUpperCase() || !/\p{Lu}{2}/u.test(text)) return text.trim();
  return text
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      const bare = w.replace(/[^\p{L}]/gu, "");
      if (KEEP_UPPER.test(bare)) return bare.toLowerCase() === "gmbh" ? w.replace(/gmbh/i, "GmbH") : w;
      if (i > 0 && SMALL.test(w)) return w.toLowerCase();
      return w
        .toLowerCase()
        .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(" ");
}

const LANGUAGE_WORDS = Object.entries(TITLE_WORDS_BY_LANGUAGE).map(([lang, words]) => ({
  lang,
  words: new Set(words.split(" ")),
}));

/** The languages whose title vocabulary the words of `part` belong to. */
function titleLanguages(part: string): Set<string> {
  const out = new Set<string>();
  for (const w of part.split(/\s+/).map(letters))
    for (const { lang, words } of LANGUAGE_WORDS) if (words.has(w)) out.add(lang);
  return out;
}

/**
 * "Directeur général / General Manager" -> "Directeur général": a title written in two languages keeps
 * the version read first; "Owner / Operator" (one language) is one title and stays whole.
 */
export function firstTitleVersion(title: string): string {
  const parts = title
    .split(/\s+[/|–—]\s+|\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1) {
    const first = titleLanguages(parts[0]);
    const other = titleLanguages(parts[1]);
    const shared = [...first].some((l) => other.has(l));
    if (first.size && other.size && !shared) return parts[0].replace(/[\s,;:.]+$/, "");
  }
  return title.replace(/[\s,;:]+$/, "").replace(/\s+\.$/, "");
}

/** "Leiterin Vertneb" -> "Leiterin Vertrieb": a title word one OCR confusion away from a known title word is repaired. */
export function repairTitleWords(title: string): string {
  return title.replace(/\p{L}{4,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (TITLE_WORDS.has(letters(lower)) || TITLE_SUFFIXES.test(letters(lower))) return word;
    const fix = oneAway(lower).find((v) => TITLE_WORDS.has(v) || TITLE_SUFFIXES.test(v));
    if (!fix) return word;
    return word[0] === word[0].toUpperCase() ? fix[0].toUpperCase() + fix.slice(1) : fix;
  });
}
