// Another person's contact block in a writer's own text, above the sign-off: the one the writer hands the matter to.
import { findEmails, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { isDepartment } from "./departments";
import { readNameLine } from "./sig-start";

/** How far above its address a block's name line may be (name, title, company, phone, then the address). */
const MAX_BLOCK_LINES = 5;

/**
 * A line that leads into the block rather than belonging to it: a sentence ("Aino hoitaa sopimusasiat itse,
 * yhteystiedot:", "arrange the site visit with our engineer:"), i.e. a colon or full stop at the end of four words or
 * more, or any line too long for a card.
 */
function leadsIn(line: string): boolean {
  const t = line.trim();
  return t.length > 70 || (t.split(/\s+/).length >= 4 && /[:.!?]$/.test(t));
}

/**
 * A person's name as a card's first line writes it: two to four capitalised words (particles allowed), or a name in
 * a caseless script (ko, zh, ja: two to five letters, or two words); never a company's or a department's line.
 */
function looksLikeName(name: string): boolean {
  if (!name || /[\d@:/]/.test(name) || COMPANY_WORDS_RE.test(name) || isDepartment(name)) return false;
  if (/^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]{2,5}$/u.test(name.replace(/[ \u3000]/g, "")))
    return true;
  const words = name.split(/\s+/);
  const particle = /^(?:van|von|de|der|den|da|di|du|le|la|dos|das|del|della|bin|al)$/;
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => particle.test(w) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) &&
    /^\p{Lu}/u.test(words[words.length - 1])
  );
}

/**
 * The person whose own card the writer copies into their text above the sign-off (any language, any client): a name
 * line opening a short block of lines that holds an address other than the writer's ("please contact our engineer:
 * / Nomvula Dlamini, Facilities Engineer / Cell: … / Email: …"; an assistant's "김민준 대표이사 / … / 이메일: …"; an
 * agency's client). `own` is the writer's text without the sign-off, so the writer's own signature is never read;
 * `isCandidate` tells an address outside the owner's side.
 */
export function handedBlock(
  own: string,
  writer: Address | undefined,
  isCandidate: (a: Address) => boolean,
): Address | undefined {
  if (!own.includes("@")) return undefined;
  const lines = own.split(/\r?\n/);
  const writerName = normalizeName(writer?.name ?? "").toLowerCase();
  for (let at = 0; at < lines.length; at++) {
    if (!lines[at].includes("@")) continue;
    const email = findEmails(lines[at]).find(
      (e) => e !== writer?.email?.toLowerCase() && isCandidate({ name: "", email: e }),
    );
    if (!email) continue;
    let start = at;
    while (start > 0 && at - start < MAX_BLOCK_LINES && lines[start - 1].trim() && !leadsIn(lines[start - 1]))
      start--;
    // A card on one line ("Sarah Nguyen, Director - sarah.nguyen@… or 0491 …"): the name, then a separator.
    const line = lines[start].trim();
    if (start === at && !(line.length < 120 && /^[^,|–—@]{4,40}(?:,|\s[-–—|]\s)/u.test(line))) continue;
    const name = readNameLine(line.replace(/\s+\S+@\S+.*$/u, "")).name;
    if (!looksLikeName(name) || name.toLowerCase() === writerName) continue;
    return { name, email };
  }
  return undefined;
}
