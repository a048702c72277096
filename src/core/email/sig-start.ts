// Where a signature starts and what its name line holds: the display name's line, a name-shaped line, or a sign-off.
import { isGenericMailbox, localPart, type Address } from "../contact/email";
import { findPhoneCandidates } from "../contact/phone";
import { isPostNominals, normalizeName, stripPostNominals } from "../contact/name";
import { SIGN_OFF_RE } from "./sign-off-lines";
import { isSignOffLine } from "./bilingual-sign-off";
import { THANKS_RE } from "./one-line-sign-off";
import { hasTitleWord } from "../contact/roles";
import { isCompanyLine, isSentence, isTitleLine, looksLikePersonName } from "./line-kinds";
import { personPart } from "./people";
import { nameLineOfAddress } from "./sig-name-address";
import { cjkNameInBlock, isCjkNameLine } from "./cjk-name-line";
import { looksLikeParticleName } from "./particle-name";
import { isCjkDesk, isDeskWord } from "./desk-words";

export function nameTokens(name: string): string[] {
  // A display name that is the address itself ("jane@x.example" <jane@x.example>) or a company's
  // ("Granite Peak Properties" <leasing@…>) names no one.
  // "Jane Orlov (Orlov Fixtures Ltd)": the company beside the person's part does not make the whole a company's.
  const part = personPart(name);
  // A zh/ja/ko department as the display name ("営業部") is no one's name either, nor a desk's word ("Indkøb | …").
  if (
    /\S@\S/.test(name) ||
    (isCompanyLine(part) && !isTitleLine(part)) ||
    isCjkDesk(part) ||
    isDeskWord(part)
  )
    return [];
  return (
    normalizeName(part)
      .toLowerCase()
      .split(/\s+/)
      // A middle initial ("Sarah J. Connor") the signature may leave out is no token to find.
      .filter((t) => (t.length > 1 || t.charCodeAt(0) > 127) && !/^\p{L}\.$/u.test(t))
  );
}

/** "Dana Whitfield, Ph.D. | Scientist" -> "Dana Whitfield": the name part of a possible name line. */
function namePart(line: string): string {
  return stripPostNominals(withoutSignOff(line).split(NAME_LINE_SEP_RE)[0].trim());
}

/**
 * "Gareth P. sent you a message", "Jonas K. hat Ihnen eine Nachricht gesendet" (a platform's notice under its member's
 * short name, any language): after the name's last word and initials, four words or more that start in small
 * letters are a sentence, not the rest of a name ("María Fernández de la Torre") or a title.
 */
function proseAfterName(line: string, tokens: string[]): boolean {
  const words = line.split(/\s+/);
  let last = words.length - 1;
  while (last >= 0 && !tokens.includes(words[last].toLowerCase())) last--;
  const rest = words.slice(last + 1);
  while (rest.length && /^\p{Lu}\.$/u.test(rest[0])) rest.shift();
  return last >= 0 && rest.length >= 4 && /^\p{Ll}/u.test(rest[0]);
}

/** Between the name and what follows it on the name line: bars, bullets, dashes ("Arjun Mehta -- Developer Advocate"). */
const NAME_LINE_SEP_RE = /\s*[|·•–—]\s*|\s+-{1,2}\s+/;

/** The index of the line that starts the signature (the name line or the line after a sign-off), or -1. */
export function signatureStart(
  lines: string[],
  person: Address,
  region: string,
): { index: number; nameLine: boolean } {
  const tokens = nameTokens(person.name);
  // First a line that is only a name (with initials, honorifics, post-nominals, or the surname a display name
  // lacks), then any line holding it: "Tessa Lind" before "Tessa Lind Kitchen".
  // "Camille Roux" over "Photographe de mariage" over "Camille Roux Photographie": the line that is the name alone
  // first, then one that reads as a person's name, then any.
  for (const level of [0, 1, 2]) {
    const strict = level < 2;
    for (let i = lines.length - 1; i >= 0 && tokens.length; i--) {
      // A labelled line ("LinkedIn: …/in/jane-doe", "Blog: …") or a web address holds the name but is not the name line.
      const raw = lines[i].toLowerCase();
      if (!raw || !tokens.every((t) => raw.includes(t)) || /:|\/\//.test(raw)) continue;
      const l = namePart(lines[i]).toLowerCase();
      if (!l || l.length > tokens.join(" ").length + 48 || /@|\d{3}/.test(l)) continue;
      if (!tokens.every((t) => l.includes(t)) || /[.!?]$/.test(l)) continue;
      // "Gareth P. sent you a message" (a platform's notice under its member's short name): prose, not a name line.
      if (!strict && proseAfterName(namePart(lines[i]), tokens)) continue;
      const name = normalizeName(namePart(lines[i]));
      const only = name
        .toLowerCase()
        .split(/\s+/)
        .every((w) => tokens.includes(w) || /^\p{L}\.?$/u.test(w));
      // "Mag. Florian von Hohenberg" over "Hohenberg Hausverwaltung GmbH": a name with its particles is a person's.
      const person = level > 0 && (looksLikePersonName(name) || looksLikeParticleName(name));
      if (only || person || !strict) return { index: i, nameLine: true };
    }
  }
  // The writer signs with their first name alone over a company, title or phone line ("Kyle" over "Solis Brewing
  // Co.", informal mail in any language): that line starts the signature.
  for (let i = lines.length - 2; i >= 0 && tokens.length > 1; i--) {
    if (!lines[i] || isSentence(lines[i])) break;
    if (lines[i].trim().toLowerCase() !== tokens[0] || !/^\p{Lu}/u.test(lines[i].trim())) continue;
    const next = lines[i + 1];
    if (isTitleLine(next) || isCompanyLine(next) || findPhoneCandidates(next, region).length)
      return { index: i, nameLine: true };
  }
  // No display name: a person's name line whose surname is in the address ("Pedro Valdez" for pvaldez@),
  // written with honorifics and post-nominals ("Dr. Miriam Osei, DDS" for m.osei@).
  // A desk's mailbox (procurement@, sales@) names a department, not the person: its line is no name line.
  const local = isGenericMailbox(person.email) ? "" : localPart(person.email).toLowerCase();
  const inLocal = (w: string) => w.length >= 3 && local.includes(w);
  for (const surnameOnly of [true, false]) {
    for (let i = lines.length - 1; i >= 0 && !tokens.length; i--) {
      if (/[:@]|\d/.test(lines[i])) continue;
      const name = normalizeName(namePart(lines[i]));
      const words = name.toLowerCase().split(/\s+/);
      const hit = surnameOnly ? inLocal(words[words.length - 1]) : words.some(inLocal);
      // "Dupont SA" read as "Dupont Sa" is still the company's line.
      if (hit && looksLikePersonName(name) && !isCompanyLine(namePart(lines[i])))
        return { index: i, nameLine: true };
    }
  }
  // The same with the name as people write it: accents the address drops ("fernandez" for Fernández), particles in
  // small letters ("María José Fernández de la Torre"), a title after a comma, a CJK name with its romanisation.
  const byAddress = local && !tokens.length ? nameLineOfAddress(lines, local) : -1;
  if (byAddress >= 0) return { index: byAddress, nameLine: true };
  for (let i = lines.length - 1; i >= 0; i--) {
    if (
      lines[i] === "--" ||
      lines[i] === "-- " ||
      isSignOffLine(lines[i]) ||
      isDashSignOff(lines[i], tokens) ||
      // ja/zh/ko: a rule over a card typed out ("----" / "株式会社…" / "仕入部 バイヤー" / "佐藤 美咲"), no sign-off.
      (/^[-–—_=─━＿]{3,}$/.test(lines[i]) && cjkNameInBlock(lines, i + 1) > 0)
    ) {
      // zh/ko/ja: the name in its own script on the next line ("감사합니다." / "김민준 과장"), a blank line between or not.
      const next = lines[i + 1] ? i + 1 : i + 2;
      if (lines[next] && isCjkNameLine(lines[next])) return { index: next, nameLine: true };
      const boxed = cjkNameInBlock(lines, next);
      if (boxed > 0) return { index: boxed, nameLine: true };
      return { index: i, nameLine: false };
    }
  }
  // No sign-off either: in the last block, the first person's name over a title, company or phone line
  // ("Josie Dalton" over "Owner", not "Meadowlark Farms" over its number).
  let top = -1;
  for (let i = lines.length - 2; i >= 0 && lines[i] && !isSentence(lines[i]); i--) {
    if (/[:@\d]/.test(lines[i]) || !looksLikePersonName(normalizeName(namePart(lines[i])))) continue;
    const next = lines[i + 1];
    if (isTitleLine(next) || isCompanyLine(next) || findPhoneCandidates(next, region).length) top = i;
  }
  return { index: top, nameLine: top >= 0 };
}

/**
 * "-JT", "- Jorge", "~J": the writer's initials or first name after a dash (en, informal mail from phones and
 * webmail), a sign-off with the signature under it. With a display name, the initials must be its own.
 */
function isDashSignOff(line: string, tokens: string[]): boolean {
  const m = /^[-–—~]\s?(\p{Lu}{1,3}|\p{Lu}\p{Ll}+)$/u.exec(line);
  if (!m || !tokens.length) return !!m && m[1].length <= 3;
  const initials = tokens.map((t) => t[0]).join("");
  return m[1].toLowerCase() === tokens[0] || initials.startsWith(m[1].toLowerCase());
}

/** "Best, Wendy Park", "Vielen Dank, Jonas Weber" -> the name: a sign-off or thanks written on the name line. */
function withoutSignOff(line: string): string {
  const m = /^([^,]{2,30}),\s*(\S.*)$/.exec(line);
  return m && (SIGN_OFF_RE.test(m[1]) || THANKS_RE.test(m[1])) ? m[2] : line;
}

/**
 * The name line's parts. After a bar ("Chidinma Okafor ACA MBA | Senior Procurement Manager - Indirect Spend"; en,
 * Outlook) a spaced hyphen is inside the title, as the only separator ("Arjun Mehta -- Developer Advocate") it splits.
 */
function splitNameLine(line: string): string[] {
  const bar = /\s*[|·•]\s*/.exec(line);
  const parts =
    bar && !/\s-{1,2}\s/.test(line.slice(0, bar.index))
      ? line.split(/\s*[|·•]\s*/)
      : line.split(NAME_LINE_SEP_RE);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The name line: the name, and what else it holds ("| Procurement Lead | Harborline Foods"), post-nominals dropped. */
export function readNameLine(line: string): { name: string; more: string[] } {
  const [first, ...more] = splitNameLine(withoutSignOff(line));
  const comma = first.indexOf(",");
  // ko/zh/ja write the title after the name on its line ("박지훈 과장", "王丽 经理"): the title is a line of its own.
  const caseless = comma < 0 && !/[A-Za-zÀ-ž]/.test(first) ? /^(.+?)\s+(\S+)$/u.exec(first) : null;
  if (caseless && hasTitleWord(caseless[2]) && !hasTitleWord(caseless[1]))
    return { name: normalizeName(caseless[1]), more: [caseless[2], ...more] };
  // ja/zh also write it before the name ("店長 山本 美咲", "经理 王丽").
  const titleFirst = caseless && /^(\S+)\s+(.+)$/u.exec(first);
  if (titleFirst && hasTitleWord(titleFirst[1]) && !hasTitleWord(titleFirst[2]))
    return { name: normalizeName(titleFirst[2]), more: [titleFirst[1], ...more] };
  if (comma < 0 || isPostNominals(first.slice(comma + 1))) return { name: normalizeName(first), more };
  // "Irene Baptiste, Building Administrator": what follows the comma (after any post-nominals) is a signature line.
  const after = first
    .slice(comma + 1)
    .split(",")
    .map((p) => p.trim());
  while (after.length && isPostNominals(after[0])) after.shift();
  const rest = after.join(", ");
  return { name: normalizeName(first.slice(0, comma)), more: rest ? [rest, ...more] : more };
}
