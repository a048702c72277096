// The name written again in Latin letters under a name in another script ("佐々木 健" / "Ken Sasaki"): no company.

/** Scripts whose writers often add their name in Latin letters on the next line: CJK, Hangul, Greek, Cyrillic. */
const OTHER_SCRIPT_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Greek}\p{Script=Cyrillic}]/u;

const plain = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * A line of two or three capitalised Latin words under a name written in a CJK, Hangul, Greek or Cyrillic script (ja/zh/
 * ko/el/ru business cards and signatures), one of whose words the person's address spells ("k.sasaki@…"): their
 * name's romanisation, never a company or title.
 */
export function isRomanisedName(line: string, name: string, email: string): boolean {
  if (!OTHER_SCRIPT_RE.test(name)) return false;
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)))
    return false;
  const local = plain(email.slice(0, email.indexOf("@")));
  return words.some((w) => w.length >= 3 && local.includes(plain(w)));
}
