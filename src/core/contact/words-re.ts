// A word list as one pattern that knows word edges in every script (follow-up words, place names, sign-offs).

/** Scripts written without spaces between words (ja, zh, th) and Korean, whose particles attach to the word. */
export const UNSPACED_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * A word list as one pattern (case-insensitive unless told): whole words in alphabetic scripts ("giovedì", "środę"
 * end in letters that `\b` does not see; `edge` says what may not touch them), anywhere in unspaced scripts
 * ("来週月曜にフォロー").
 */
export function wordsRe(words: string[], flags = "iu", edge = "\\p{L}\\p{N}"): RegExp {
  const spaced = words.filter((w) => !UNSPACED_RE.test(w));
  const unspaced = words.filter((w) => UNSPACED_RE.test(w));
  const parts: string[] = [];
  if (spaced.length) parts.push(`(?<![${edge}])(?:${spaced.join("|")})(?![${edge}])`);
  if (unspaced.length) parts.push(unspaced.join("|"));
  return new RegExp(parts.join("|"), flags);
}
