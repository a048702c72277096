// A contact block's name written alone under its heading, above the labelled address or number (any language).
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";

/** Two to four capitalised words (hyphenated surnames, particles between): a person's full name on a line of its own. */
const NAME_LINE_RE =
  /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|dos|das|la|le)\s+)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,3}$/u;

/** A heading that ends in a colon and gives no value of its own ("Contact details:", pl "Dane kontaktowe zleceniodawcy:"). */
const HEADING_RE = /^\s*[^:：\d@]{3,60}[:：]\s*$/;

/**
 * A marketplace's or directory's lead block: a heading, then the client's name alone on its line, then their labelled
 * address or number ("Dane kontaktowe zleceniodawcy:" / "Bożena Nowak" / "e-mail: …"; en "Customer details:" / "Jo
 * Lee" / "Phone: …"; de "Kontaktdaten:"). `i` is the line of the first labelled address or number: the name above it,
 * when the line above that is such a heading; else undefined.
 */
export function nameAboveFields(lines: string[], i: number): string | undefined {
  if (i < 2) return undefined;
  const name = lines[i - 1].trim();
  if (!NAME_LINE_RE.test(name) || !HEADING_RE.test(lines[i - 2])) return undefined;
  return COMPANY_WORDS_RE.test(name) || hasTitleWord(name) ? undefined : name;
}

/**
 * Whether `name` stands in `body` as such a block's name line (heading above, labelled field below): what follows it
 * is the directory's fields and its own sign-off, never the person's signature.
 */
export function isListedName(body: string, name: string): boolean {
  const at = body.indexOf(`\n${name}`);
  if (at < 0) return false;
  const before = body.slice(Math.max(0, at - 200), at).split(/\r?\n/);
  const below = body.slice(at + 1, at + 400).split(/\r?\n/);
  const lines = [before[before.length - 2] ?? "", before[before.length - 1] ?? "", ...below];
  return lines.length > 3 && /^[^:：]{2,40}[:：]\s*\S/.test(lines[3]) && nameAboveFields(lines, 3) === name;
}
