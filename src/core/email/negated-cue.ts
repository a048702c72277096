// A cue the writer negates ("please do NOT contact him directly", es "no la llame", fr "ne pas la contacter") tells the
// reader whom to avoid, not whom to reach: the first cue that is not negated.

/**
 * A negation right before the cue, up to two words back ("do not", "please don't", "never"): en "not", "n't", "never";
 * es/it "no"; pt "não"; fr "ne" / "n'" ("ne pas la contacter", "ne la contactez pas"); nl "niet"; de "nicht" (written
 * before an infinitive: "ihn bitte nicht kontaktieren" is not a cue of THEIR_NUMBER_RE, but "nicht an ihn" may be).
 */
const NEGATED_BEFORE_RE =
  /(?<![\p{L}])(?:not|never|no|não|ne|niet|nicht)(?:\s+pas)?\s+(?:\p{L}+\s+)?$|n['’]t\s+(?:\p{L}+\s+)?$|(?<![\p{L}])n['’]$/iu;

/** The first match of `re` in `text` that is not negated, or null (`re` is used as a global copy; any flags kept). */
export function firstUnnegated(re: RegExp, text: string): RegExpExecArray | null {
  const all = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!NEGATED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) return m;
    if (m[0].length === 0) all.lastIndex++;
  }
  return null;
}
