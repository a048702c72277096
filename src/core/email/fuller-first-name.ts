// The header shows a short first name ("Trish Van Houten") and the signature the one written in full ("Patricia Van Houten").
import { readNameLine } from "./sig-start";
import { looksLikePersonName } from "./line-kinds";

/** Words of a name, lower case; a final "-" part of a double-barrelled surname stays on its word. */
const words = (s: string) => s.toLowerCase().split(/\s+/);

/**
 * "Trish Van Houten" signed "Patricia Van Houten", "Lasse Lindqvist" signed "Lars-Erik Lindqvist", "Bec Thornbury"
 * signed "Rebecca Thornbury-Wallace" (any client, any language): the same surname (the header may show only the first
 * part of a double-barrelled one), the first name in the signature longer — a nickname or short form in the header.
 * The signature is how the person writes their name; a different first name that is not longer is someone else's.
 */
export function fullerFirstName(display: string, signed: string): boolean {
  const a = words(display);
  const b = words(signed);
  if (a.length < 2 || a.length !== b.length || a[0] === b[0]) return false;
  if (!/^\p{L}{2,}$/u.test(a[0]) || !/^\p{L}+(?:-\p{L}+)?$/u.test(b[0]) || b[0].length <= a[0].length)
    return false;
  const last = a.length - 1;
  for (let i = 1; i < last; i++) if (a[i] !== b[i]) return false;
  return b[last] === a[last] || b[last].startsWith(`${a[last]}-`);
}

/**
 * A sign-off's first name ("Trish", "Bec") and on the next signature line the name in full with the display name's
 * surname ("Patricia Van Houten, RN, BSN"; en, any client): that line is the name as the person writes it.
 */
export function fullNameUnderFirst(
  line: string,
  at: number,
  firstName: string | undefined,
  display: string | undefined,
): boolean {
  if (at !== 1 || !firstName || /\s/.test(firstName) || !display) return false;
  const d = words(display);
  if (d.length < 2 || d[0] !== firstName.toLowerCase()) return false;
  const surname = d[d.length - 1];
  const name = readNameLine(line).name;
  const w = words(name);
  return (
    w.length >= 2 &&
    w.length <= 4 &&
    surname.length > 1 &&
    (w[w.length - 1] === surname || w[w.length - 1].startsWith(`${surname}-`)) &&
    looksLikePersonName(name)
  );
}

/**
 * Under a sign-off, the short name the writer signs with ("Tom", "Raj") and, a line or two lower (a logo's alt text
 * between), the full name it is short for ("Thomas Nguyen-Hale", "Dr. Rajesh K. Iyer, DDS, MS"; any language, any
 * client, when the header shows a nickname, initials or a login): the same first name, or a longer one on its letter.
 */
export function fullNameUnderShort(line: string, at: number, signedFirst: string | undefined): boolean {
  if (at < 1 || at > 2 || !signedFirst || !/^\p{Lu}\p{Ll}{1,9}$/u.test(signedFirst)) return false;
  const name = readNameLine(line).name;
  const first = name.split(/\s+/)[0] ?? "";
  return (
    looksLikePersonName(name) &&
    (first === signedFirst || (first[0] === signedFirst[0] && first.length > signedFirst.length)) &&
    name.split(/\s+/).length <= 4
  );
}
