// Writing card text for the ledger: all-caps lines in title case, the first version of a bilingual title.
import { TITLE_SUFFIXES, TITLE_WORDS } from "./vocab";
import { letters, oneAway } from "./ocr-repair";

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

function hasTitleWord(part: string): boolean {
  return part.split(/\s+/).some((w) => TITLE_WORDS.has(letters(w)) || TITLE_SUFFIXES.test(letters(w)));
}

/** "Directeur général / General Manager" -> "Directeur général": a bilingual title keeps the version read first. */
export function firstTitleVersion(title: string): string {
  const parts = title
    .split(/\s+[/|–—]\s+|\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1 && parts.filter(hasTitleWord).length > 1) return parts[0].replace(/[\s,;:.]+$/, "");
  return title.replace(/[\s,;:]+$/, "").replace(/\s+\.$/, "");
}

/** "Leiterin Vertneb" -> "Leiterin Vertrieb": a title word one OCR confusion away from a known title word is repaired. */
export function repairTitleWords(title: string): string {
  return title.replace(/\p{L}{4,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (TITLE_WORDS.has(letters(lower)) || TITLE_SUFFIXES.test(letters(lower))) return word;
    const fix = oneAway(lower).find((v) => TITLE_WORDS.has(v));
    if (!fix) return word;
    return word[0] === word[0].toUpperCase() ? fix[0].toUpperCase() + fix.slice(1) : fix;
  });
}
