// A header showing only a Chinese, Japanese or Korean surname ("周") and a signature with the full name ("周琳").

const HAN_OR_HANGUL = /^[\p{sc=Han}\p{sc=Hangul}]+$/u;

/**
 * zh/ja/ko mail apps (Huawei, 163, Naver) often show only the family name the account was set up with ("周", "김"):
 * a signed name of two to four such characters that starts with that surname and is longer is the person's full name.
 * The surname is one or two characters (compound surnames such as "欧阳", "司马").
 */
export function cjkSurnameOnly(display: string, signed: string): boolean {
  const d = display.trim();
  const s = signed.replace(/\s+/g, "");
  return (
    d.length >= 1 &&
    d.length <= 2 &&
    HAN_OR_HANGUL.test(d) &&
    HAN_OR_HANGUL.test(s) &&
    s.length > d.length &&
    s.length <= 4 &&
    s.startsWith(d)
  );
}
