// OCR repair checked against the card's own evidence: a word or address part one misread away from what the card
// spells elsewhere (the e-mail, the website, the name) is put right; spacing broken inside an address is closed.
import { letters } from "./ocr-repair";

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = keep;
    }
  }
  return best;
}

/** Letters OCR reads one for another (what was read -> what may have been printed), e.g. "surnmit" for "summit". */
const CONFUSIONS: [RegExp, string][] = [
  [/rn/g, "m"],
  [/(?<=[a-z])0|0(?=[a-z])/g, "o"],
  [/(?<=[a-z])1|1(?=[a-z])/g, "l"],
  [/l/g, "f"],
  [/t/g, "f"],
  [/l/g, "i"],
  [/i/g, "l"],
  [/n/g, "ri"],
  [/vv/g, "w"],
  [/cl/g, "d"],
];

/** Every spelling one confusion away from `word`. */
export function oneAway(word: string): string[] {
  const out: string[] = [];
  for (const [re, to] of CONFUSIONS)
    for (const m of word.matchAll(re)) {
      const at = m.index ?? 0;
      out.push(word.slice(0, at) + to + word.slice(at + m[0].length));
    }
  return out;
}

/** Repairs one word against evidence: confusions are undone one at a time while the match with the evidence improves. */
export function repairWord(word: string, evidence: string[]): string {
  const plain = letters(word);
  // Written in full elsewhere on the card, and no misreading of it is one of the card's exact spellings: read right.
  if (evidence.some((e) => e.includes(plain)) && !oneAway(plain).some((v) => evidence.includes(v)))
    return word;
  // The longest run shared with the card's words; a spelling that is exactly one of them wins a tie.
  const score = (v: string) =>
    2 * Math.max(0, ...evidence.map((e) => longestCommonRun(letters(v), e))) +
    (evidence.includes(letters(v)) ? 1 : 0);
  let best = word;
  let bestScore = score(word);
  for (let step = 0; step < 3 && bestScore < 2 * letters(best).length + 1; step++) {
    let improved = false;
    for (const v of oneAway(best)) {
      const s = score(v);
      if (s > bestScore) [best, bestScore, improved] = [v, s, true];
    }
    if (!improved) break;
  }
  // A repair must be borne out by a long shared run, not a chance pair of letters.
  const run = Math.floor(bestScore / 2);
  return best !== word && run >= Math.max(4, Math.ceil(letters(best).length * 0.6)) ? best : word;
}

/**
 * Repairs an OCR'd e-mail address or host ("rachel@surnmitchiro.com") against the rest of the card's
 * words: a variant is taken only when it matches the card's own words better than what was read.
 */
export function repairAgainst(address: string, evidence: string[], corroborated?: Set<string>): string {
  const parts = address.split(/([@.-])/);
  // The top-level domain (the last part) is left as read; so is a part read the same in another address.
  return parts
    .map((part, i) =>
      i < parts.length - 1 && /^[a-z0-9]{3,}$/.test(part) && !corroborated?.has(part)
        ? repairWord(part, evidence)
        : part,
    )
    .join("");
}

/** `part` written as a run of the card's own words ("iyerstructural" = "IYER" + "Structural"). */
function spelledByWords(part: string, words: Set<string>): boolean {
  const ok = [true, ...new Array<boolean>(part.length).fill(false)];
  for (let i = 1; i <= part.length; i++)
    for (let j = Math.max(0, i - 30); j <= i - 2 && !ok[i]; j++) ok[i] = ok[j] && words.has(part.slice(j, i));
  return ok[part.length];
}

/**
 * Domain parts read identically in two or more of the card's addresses and hosts ("rajesh@iyer.com",
 * "info@iyer.com", "iyer.com") and spelled by the card's own words ("IYER"): independent readings that agree
 * with the card are right, and are not repaired toward a line OCR misread ("lyer Structural").
 */
export function corroboratedParts(addresses: string[], cardText: string[]): Set<string> {
  const words = new Set(
    cardText
      .flatMap((t) => t.split(/[^\p{L}]+/u))
      .map(letters)
      .filter((w) => w.length >= 2),
  );
  const seen = new Map<string, number>();
  for (const a of addresses) {
    const host = a
      .slice(a.indexOf("@") + 1)
      .toLowerCase()
      .replace(/^www\./, "");
    for (const part of new Set(host.split(/[.-]/))) seen.set(part, (seen.get(part) ?? 0) + 1);
  }
  return new Set(
    [...seen].filter(([p, n]) => n >= 2 && p.length >= 3 && spelledByWords(p, words)).map(([p]) => p),
  );
}

const TLD = "com|net|org|de|fr|es|it|ca|uk|co|io|mx|ch|at|be|nl|us|eu|info|biz|example";

/** "k. woll @wolf-medizintechnik de" -> "k.woll@wolf-medizintechnik.de"; "www. x_de" -> "www.x.de". */
export function repairAddressSpacing(line: string): string {
  return line
    .replace(/\s+@\s*|\s*@\s+/g, "@")
    .replace(/\b([a-z])\.\s+(?=[\w.-]+@)/gi, "$1.")
    .replace(/\bwww[.,]?\s+(?=[a-z0-9-]+[._\s])/gi, "www.")
    .replace(
      new RegExp(`((?:@|\\bwww\\.)[a-z0-9-]+(?:\\.[a-z0-9-]+)*)(?:[\\s_,]+|\\.\\s+)(${TLD})\\b`, "gi"),
      "$1.$2",
    )
    .replace(new RegExp(`\\b([a-z0-9-]{3,})_(${TLD})\\b`, "gi"), "$1.$2");
}

/**
 * Words of a name or company that OCR misread ("Sarnantha", "Surnmit") are repaired when one confusion
 * away they are written in full in the card's own e-mail address or domain; other words stay as read.
 */
export function repairWordsAgainst(text: string, evidence: string[]): string {
  if (!evidence.length) return text;
  return text.replace(/\p{L}{4,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (evidence.some((e) => e.includes(letters(lower)))) return word;
    const fix = oneAway(lower).find((v) => /^[a-z]+$/.test(v) && evidence.some((e) => e.includes(v)));
    if (!fix) return word;
    if (word === word.toUpperCase()) return fix.toUpperCase();
    // A capital I read as a lower-case l ("lyer" for "Iyer") keeps its capital.
    const capital = word[0] === word[0].toUpperCase() || (word[0] === "l" && fix[0] === "i");
    return capital ? fix[0].toUpperCase() + fix.slice(1) : fix;
  });
}

/**
 * "anna k@brightpath.example" -> "anna.k@brightpath.example": the dot of an address read as a space is put
 * back when the word before it is one of the card's own words (the person's name written elsewhere).
 */
export function joinSplitLocalParts(lines: string[][]): string[][] {
  const words = new Set(
    lines
      .flat()
      .filter((p) => !p.includes("@"))
      .flatMap((p) => p.toLowerCase().split(/[^\p{L}]+/u))
      .filter((w) => w.length >= 2),
  );
  return lines.map((pieces) =>
    pieces.map((p) =>
      p.replace(/(^|\s)([a-z]{2,})\s+([\w-]{1,3}@)/g, (m, pre: string, word: string, rest: string) =>
        words.has(word) ? `${pre}${word}.${rest}` : m,
      ),
    ),
  );
}
