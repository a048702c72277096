// Whether a text names a person by their surname, as formal mail addresses people ("Herr Dr. Kühn", "Mme Girard").
import type { Address } from "../contact/email";
import { nameOrGuess } from "../contact/name";

/**
 * Formal German, French, Dutch, Italian and Japanese mail names people by title and surname ("sehr geehrter Herr
 * Dr. Kühn", "Madame Girard", "meneer De Vries", "田中様"), never by first name: `lower` (a text in small letters)
 * names `a` when it holds their surname as a word. Surnames of three letters or more (Latin) or two (CJK).
 */
export function namesSurname(lower: string, a: Address): boolean {
  const words = nameOrGuess(a).toLowerCase().split(/\s+/).filter(Boolean);
  const last = words.length > 1 ? words[words.length - 1] : "";
  if (last.length < (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(last) ? 2 : 3))
    return false;
  const at = lower.indexOf(last);
  if (at < 0) return false;
  const letter = /[\p{L}\p{M}]/u;
  return !letter.test(lower[at - 1] ?? "") && !letter.test(lower[at + last.length] ?? "");
}
