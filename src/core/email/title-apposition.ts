// A title written in lower case right before a person's name, as fi, sv, da, nb, pl and cs prose puts it in
// apposition ("talousjohtaja Janne Virtanen", "vd Anna Berg", "dyrektor Jan Nowak"): that person's title.
import { hasTitleWord } from "../contact/roles";

/** One lower-case word (a compound title: "ekonomichef", "talousjohtaja") right before the name. */
const LOWER_TITLE_RE = /(?<![\p{L}-])(\p{Ll}[\p{Ll}-]{1,30})\s+$/u;

/** The lower-case title word right before `name` in the first 4,000 characters of `text`, when it is a title word. */
export function lowercaseTitleBefore(text: string, name: string): string | undefined {
  const flat = text.slice(0, 4000).replace(/\s+/g, " ");
  const at = flat.indexOf(name);
  if (at < 0) return undefined;
  const word = LOWER_TITLE_RE.exec(flat.slice(Math.max(0, at - 40), at))?.[1];
  return word && hasTitleWord(word) ? word : undefined;
}
