// OCR noise repair for card text: spaced-out logo letters, O/0 and l/1 in numbers, broken e-mail lines, rn/m.

/** "A C M E" -> "ACME", "L A N D S C A P I N G" -> "LANDSCAPING"; words written normally are untouched. */
export function collapseSpacedLetters(line: string): string {
  return line.replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu, (m) => m.replace(/ /g, ""));
}

/**
 * In tokens that are mostly a number, letters OCR confuses with digits become digits:
 * "214-555-O139" -> "214-555-0139", "0l9l" -> "0191", "4l2-555-O166" -> "412-555-0166". Words are untouched.
 */
export function fixDigitsInNumbers(line: string): string {
  return line.replace(/[+(]?[\dOoIl|][\dOoIl|()./-]*/g, (tok) => {
    const digits = (tok.match(/\d/g) ?? []).length;
    const letters = (tok.match(/[OoIl|]/g) ?? []).length;
    if (digits < 2 || letters === 0 || letters > digits) return tok;
    return tok.replace(/[Oo]/g, "0").replace(/[Il|]/g, "1");
  });
}

/** An e-mail broken over two lines ("natasha.ivanova@" / "polar-bear-labs.com", "j.x@hoffmann-" / "bau.de"). */
export function joinBrokenEmails(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cur = lines[i].trimEnd();
    const next = (lines[i + 1] ?? "").trim();
    const endsOpen =
      /\S+@$/.test(cur) || (/\S+@[\w.-]*[-.]$/.test(cur) && !/\s/.test(cur.slice(cur.lastIndexOf("@"))));
    if (endsOpen && /^[a-z0-9][\w.-]*\.[a-z]{2,}\b/i.test(next)) {
      out.push(cur + next);
      i++;
    } else out.push(lines[i]);
  }
  return out;
}

/** Lower case, accents removed, letters only: the form used to compare words with e-mail addresses. */
export function letters(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[^a-z]/g, "");
}

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

/** Spellings OCR may have produced for `word`: every "rn" may be an "m", a "0" or "1" between letters an "o" or "l". */
function variants(word: string): string[] {
  const spots: { at: number; len: number; to: string }[] = [];
  for (const m of word.matchAll(/rn/g)) spots.push({ at: m.index ?? 0, len: 2, to: "m" });
  for (const m of word.matchAll(/(?<=[a-z])0(?=[a-z])/g)) spots.push({ at: m.index ?? 0, len: 1, to: "o" });
  for (const m of word.matchAll(/(?<=[a-z])1(?=[a-z])/g)) spots.push({ at: m.index ?? 0, len: 1, to: "l" });
  if (spots.length === 0 || spots.length > 4) return [word];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << spots.length; mask++) {
    let s = word;
    for (let k = spots.length - 1; k >= 0; k--)
      if (mask & (1 << k)) s = s.slice(0, spots[k].at) + spots[k].to + s.slice(spots[k].at + spots[k].len);
    out.push(s);
  }
  return out;
}

/**
 * Repairs an OCR'd e-mail address or host ("rachel@surnmitchiro.com") against the rest of the card's
 * words: a variant is taken only when it matches the card's own words better than what was read.
 */
export function repairAgainst(address: string, evidence: string[]): string {
  const parts = address.split(/([@.])/);
  return parts
    .map((part) => {
      if (part === "@" || part === "." || part.length < 3) return part;
      const options = variants(part);
      if (options.length === 1) return part;
      const score = (v: string) => Math.max(0, ...evidence.map((e) => longestCommonRun(letters(v), e)));
      let best = part;
      let bestScore = score(part);
      for (const v of options) {
        const s = score(v);
        if (s > bestScore) [best, bestScore] = [v, s];
      }
      return best;
    })
    .join("");
}
