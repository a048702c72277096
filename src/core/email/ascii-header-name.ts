// A header name typed in plain ASCII for the name the person signs: shortened, turned round, or in another script.

/**
 * Letters an ASCII header writes without their marks: accents (NFD), tr dotless ı / İ, pl ł, hr/vi đ, da/nb ø,
 * de ß; lower case.
 */
const PLAIN: Record<string, string> = { ı: "i", ł: "l", đ: "d", ø: "o", ß: "ss", æ: "ae", œ: "oe" };
export const foldMarks = (t: string) =>
  t
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıłđøßæœ]/g, (c) => PLAIN[c]);

/**
 * "Maria Jose Fernandez" signed "María José Fernández Ruiz" (es/Latin America: the header keeps the first surname,
 * without accents), "YILDIZ Mehmet Emre" signed "Mehmet Emre Yıldız" (tr/ro/hu directories write the surname first):
 * the same person when the ASCII header, marks dropped, is the start of the signed name or its words in another order.
 */
export function asciiHeaderOfSigned(display: string, signed: string): boolean {
  if (display === signed || !/^[\x20-\x7e]+$/.test(display)) return false;
  const a = foldMarks(display).split(/\s+/);
  const b = foldMarks(signed).split(/\s+/);
  if (a.length < 2) return false;
  if (b.length > a.length && a.every((w, i) => w === b[i])) return true;
  return a.length === b.length && [...a].sort().join(" ") === [...b].sort().join(" ");
}

/** Letters of zh/ja/ko names: Han, kana, Hangul (with the space ja and ko may write inside a name). */
const CJK_NAME_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul} \u3000]+$/u;

/**
 * "Lily Wang" signed "王丽华", "Minjun KIM" signed "김민준" (zh/ko/ja writers): the header a Latin-letter name (an
 * English name or a romanisation), the signature the name in the writer's own script, which the lead keeps as written.
 */
export function signedInOwnScript(display: string, signed: string): boolean {
  return /^[\x20-\x7e]+$/.test(display) && /\p{L}/u.test(display) && CJK_NAME_RE.test(signed.trim());
}

/** A zh/ja/ko name and a Latin-letter one beside it, either order, the second maybe in brackets. */
const CJK_RUN =
  "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul} \\u3000]{0,12}";
const LATIN_RUN = "[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,2}";
const CJK_THEN_LATIN_RE = new RegExp(`^(${CJK_RUN})\\s*[(（]?${LATIN_RUN}[)）]?$`, "u");
const LATIN_THEN_CJK_RE = new RegExp(`^${LATIN_RUN}\\s*[(（]?(${CJK_RUN})[)）]?$`, "u");

/**
 * "王晓明 Kevin Wang", "Minjun Kim (김민준)", "山本 健太 Kenta Yamamoto": a zh/ko/ja writer's name with the English name
 * or romanisation they add for foreign readers; the name in their own script, which the lead keeps as written.
 */
export function ownScriptOfMixed(name: string | undefined): string | undefined {
  const t = (name || "").trim();
  const m = CJK_THEN_LATIN_RE.exec(t) ?? LATIN_THEN_CJK_RE.exec(t);
  return m ? m[1].trim() : undefined;
}
