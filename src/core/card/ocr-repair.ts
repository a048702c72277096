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

/** Words that really start with a lower-case l and a consonant: legal forms (Québec "ltée", "ltd", "llc", "llp"). */
const KEEP_INITIAL_L_RE = /^(?:lt[ée]e|ltd|llc|llp)\b/i;

/**
 * In words, digits OCR confuses with letters become letters: "Wi1liam" -> "William", "J0HN" -> "JOHN",
 * and a lower-case l read for a capital I starts no word: "lnsured" -> "Insured". Numbers are untouched.
 */
export function fixLettersInWords(line: string): string {
  return line.replace(/[^\s]+/g, (tok) => {
    if (/[@/:]|\.\p{L}/u.test(tok)) return tok; // addresses and hosts are repaired with their own evidence
    const letterCount = (tok.match(/\p{L}/gu) ?? []).length;
    const digitCount = (tok.match(/[01|]/g) ?? []).length;
    let out = tok;
    if (
      digitCount &&
      !/[2-9]/.test(tok) &&
      letterCount >= 2 * digitCount &&
      /\p{L}[01|]|[01|]\p{L}/u.test(tok)
    ) {
      const caps = tok === tok.toUpperCase();
      out = out.replace(/0/g, caps ? "O" : "o").replace(/[1|]/g, caps ? "I" : "l");
    }
    return KEEP_INITIAL_L_RE.test(out) ? out : out.replace(/^l(?=[bcdfghjkmnpqrstvwxz]\p{Ll})/u, "I");
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
