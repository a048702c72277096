// A display name that is no full name (a nickname, initials, a login) when the person signs with their full name.
import { addressSpellsName } from "./name-address";

/**
 * The signed full name over a one-word display name that is not its first word: "Bob" signed "Robert McAllister"
 * from robert.mcallister@, "KB" or "kb" signed "Klaus Berger", "jsmith" signed "John Smith" (a login shown as the
 * name), "Berger" signed "Klaus Berger". The address must spell the signed name, or the display name be its
 * initials or surname, so a colleague's name in the signature is never taken for theirs.
 */
export function signedOverShortDisplay(
  display: string | undefined,
  signed: string | undefined,
  email: string,
): string | undefined {
  if (!display || !signed || /\s/.test(display.trim())) return undefined;
  const words = signed.trim().split(/\s+/);
  if (
    words.length < 2 ||
    words.length > 4 ||
    !words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}$/u.test(w))
  )
    return undefined;
  const shown = display.trim().toLowerCase();
  if (words[0].toLowerCase() === shown) return undefined;
  const initials = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0].toLowerCase())
    .join("");
  // "Berger" signed "Klaus Berger": the surname alone, as directories and some clients show it.
  const surname = words.slice(1).some((w) => w.toLowerCase() === shown);
  // "Tommo" signed "Thomas Nguyen-Hale": a nickname of three or more letters on the same first letter (en, any client).
  const nickname = /^\p{L}{3,}$/u.test(shown) && words[0][0].toLowerCase() === shown[0];
  return shown === initials || surname || nickname || addressSpellsName(email, signed) ? signed : undefined;
}
