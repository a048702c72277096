// A sender's signature block: name line, title, company, phones (ranked by label), website.
import type { Address } from "../contact/email";
import { findEmails } from "../contact/email";
import { looksLikeAddress } from "../contact/address";
import { findPhoneCandidates } from "../contact/phone";
import { bestPhone, DISCLAIMER_RE } from "../contact/phone-rank";
import { siteInLine } from "../contact/website";
import { isPostNominals, normalizeName, stripPostNominals } from "../contact/name";
import { DEVICE_LINE_RE, SIGN_OFF_RE } from "./cues";
import {
  cjkCompany,
  isCompanyLine,
  isSentence,
  isTitleLine,
  looksLikePersonName,
  splitTitleCompany,
} from "./line-kinds";
import { personPart } from "./people";
import {
  firstOfBilingual,
  isDepartmentLine,
  isDepartmentName,
  isImagePlaceholder,
  isLabelledField,
  isRuleLine,
  withoutTagline,
} from "./sig-lines";

export interface ContactDetails {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
  title?: string;
  website?: string;
  /** How the phone was labelled ("mobile", "office", …), so a mobile written in the message can beat it. */
  phoneKind?: string;
}

/** The best number in `text` for the person: mobile, then direct, then office; never a fax or a disclaimer's number. */
export function pickPhone(text: string, region: string): string | undefined {
  return bestPhone(text, region)?.e164;
}

function nameTokens(name: string): string[] {
  // A display name that is the address itself ("jane@x.example" <jane@x.example>) or a company's
  // ("Granite Peak Properties" <leasing@…>) names no one.
  if (/\S@\S/.test(name) || (isCompanyLine(name) && !isTitleLine(name))) return [];
  return normalizeName(personPart(name))
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 1 || t.charCodeAt(0) > 127);
}

/** "Dana Whitfield, Ph.D. | Scientist" -> "Dana Whitfield": the name part of a possible name line. */
function namePart(line: string): string {
  return stripPostNominals(withoutSignOff(line).split(NAME_LINE_SEP_RE)[0].trim());
}

/** Between the name and what follows it on the name line: bars, bullets, dashes ("Arjun Mehta -- Developer Advocate"). */
const NAME_LINE_SEP_RE = /\s*[|·•–—]\s*|\s+-{1,2}\s+/;

/** The index of the line that starts the signature (the name line or the line after a sign-off), or -1. */
function signatureStart(
  lines: string[],
  person: Address,
  region: string,
): { index: number; nameLine: boolean } {
  const tokens = nameTokens(person.name);
  // First a line that is only a name (with initials, honorifics, post-nominals, or the surname a display name
  // lacks), then any line holding it: "Tessa Lind" before "Tessa Lind Kitchen".
  for (const strict of [true, false]) {
    for (let i = lines.length - 1; i >= 0 && tokens.length; i--) {
      // A labelled line ("LinkedIn: …/in/jane-doe", "Blog: …") or a web address holds the name but is not the name line.
      if (/:|\/\//.test(lines[i])) continue;
      const l = namePart(lines[i]).toLowerCase();
      if (!l || l.length > tokens.join(" ").length + 48 || /@|\d{3}/.test(l)) continue;
      if (!tokens.every((t) => l.includes(t)) || /[.!?]$/.test(l)) continue;
      const name = normalizeName(namePart(lines[i]));
      const only = name
        .toLowerCase()
        .split(/\s+/)
        .every((w) => tokens.includes(w) || /^\p{L}\.?$/u.test(w));
      if (only || looksLikePersonName(name) || !strict) return { index: i, nameLine: true };
    }
  }
  // No display name: a person's name line whose surname is in the address ("Pedro Valdez" for pvaldez@),
  // written with honorifics and post-nominals ("Dr. Miriam Osei, DDS" for m.osei@).
  const local = person.email.slice(0, person.email.indexOf("@")).toLowerCase();
  const inLocal = (w: string) => w.length >= 3 && local.includes(w);
  for (const surnameOnly of [true, false]) {
    for (let i = lines.length - 1; i >= 0 && !tokens.length; i--) {
      if (/[:@]|\d/.test(lines[i])) continue;
      const name = normalizeName(namePart(lines[i]));
      const words = name.toLowerCase().split(/\s+/);
      const hit = surnameOnly ? inLocal(words[words.length - 1]) : words.some(inLocal);
      if (hit && looksLikePersonName(name)) return { index: i, nameLine: true };
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i] === "--" || lines[i] === "-- " || SIGN_OFF_RE.test(lines[i]))
      return { index: i, nameLine: false };
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

/** Small print under a signature: a disclaimer sentence, or its heading alone ("CONFIDENTIAL", "Disclaimer:"). */
function isSmallPrint(line: string): boolean {
  return DISCLAIMER_RE.test(line) && (line.length > 40 || line === line.toUpperCase() || /:$/.test(line));
}

/** "Best, Wendy Park" -> "Wendy Park": a sign-off written on the name line. */
function withoutSignOff(line: string): string {
  const m = /^([^,]{2,30}),\s*(\S.*)$/.exec(line);
  return m && SIGN_OFF_RE.test(m[1]) ? m[2] : line;
}

/** The lines of the signature block under its start: up to a rule line, small print, two blank lines or a long line. */
function blockLines(lines: string[], from: number): string[] {
  const sig: string[] = [];
  let blanks = 0;
  for (let i = from; i < lines.length && sig.length < 12; i++) {
    const l = lines[i];
    if (!l) {
      if (++blanks >= 2 && sig.length) break;
      continue;
    }
    blanks = 0;
    if (l.length > 100 || isRuleLine(l) || isSmallPrint(l)) break;
    if (DEVICE_LINE_RE.test(l) || isImagePlaceholder(l)) continue;
    sig.push(l);
  }
  return sig;
}

/** The name line: the name, and what else it holds ("| Procurement Lead | Harborline Foods"), post-nominals dropped. */
function readNameLine(line: string): { name: string; more: string[] } {
  const [first, ...more] = withoutSignOff(line)
    .split(NAME_LINE_SEP_RE)
    .map((p) => p.trim())
    .filter(Boolean);
  const comma = first.indexOf(",");
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

/** A line that may be the company: not contact data, not a sentence, not a title or department, capitalised. */
function mayBeCompany(line: string): boolean {
  return (
    !findEmails(line).length &&
    !isLabelledField(line) &&
    !looksLikeAddress(line) &&
    !isSentence(line) &&
    !isTitleLine(line) &&
    !isDepartmentLine(line) &&
    /^[\p{Lu}\d]/u.test(line) &&
    /\p{L}{2}/u.test(line)
  );
}

/** Reads the signature of `person` at the end of `body` (their own message text). */
export function readSignature(body: string, person: Address, region: string): ContactDetails {
  // A signature is read from the first 64 KB of the message's own text (a pasted list below it is not read).
  const all = body
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .map((l) => l.trim());
  // A disclaimer ends the signature.
  const cut = all.findIndex((l, i) => i > 0 && l.length > 160 && DISCLAIMER_RE.test(l));
  const lines = cut > 0 ? all.slice(0, cut) : all;
  const start = signatureStart(lines, person, region);
  const out: ContactDetails = {};
  if (start.index < 0) return out;
  const sig: string[] = [];
  if (start.nameLine) {
    const n = readNameLine(lines[start.index]);
    if (n.name) out.name = n.name;
    sig.push(...n.more.filter((m) => /\p{L}{2}/u.test(m)));
  }
  sig.push(...blockLines(lines, start.index + 1));
  const phone = bestPhone(sig.join("\n"), region);
  if (phone) {
    out.phone = phone.e164;
    out.phoneKind = phone.kind;
  }
  // Each line in parts: the site taken out of it, then the rest split at bars ("Company | www…", "E: … | W: …").
  const segs: string[] = [];
  for (const line of sig) {
    const site = siteInLine(line);
    if (site.host) out.website ??= site.host;
    segs.push(
      ...site.rest
        .split(/\s+[|•·]\s+/)
        .map((p) => p.trim())
        .filter(Boolean),
    );
  }
  const unknown: { text: string; at: number }[] = [];
  let companyAt = -1;
  segs.forEach((line, at) => {
    const e = findEmails(line)[0];
    if (e) {
      out.email ??= e;
      return;
    }
    if (findPhoneCandidates(line, region).length) return;
    if (isLabelledField(line) || looksLikeAddress(line) || isSentence(line) || !/\p{L}{2}/u.test(line))
      return;
    if (
      !start.nameLine &&
      at === 0 &&
      (nameTokens(person.name).some((t) => line.toLowerCase().includes(t)) || looksLikePersonName(line))
    ) {
      const n = normalizeName(line);
      if (n && !out.name) out.name = n;
      return;
    }
    const cjk = cjkCompany(line);
    if (cjk) {
      out.company ??= cjk;
      return;
    }
    // "Procurement Department", "Logistics Division": a part of the company, not the company.
    if (isDepartmentLine(line) && !isTitleLine(line)) return;
    const both = /,|\||\s[-–—]\s|\bat\b|\bof\b/.test(line) ? splitTitleCompany(line) : undefined;
    if (both && !out.title && !out.company) {
      // "Vice President, Research" over "Calloway Energy Corp.": the part after the comma is a department.
      const department =
        isDepartmentName(both.company ?? "") ||
        (!isCompanyLine(both.company ?? "") && segs.slice(at + 1).some(mayBeCompany));
      if (department && both.title && line.startsWith(both.title)) out.title = line;
      else {
        out.title = both.title;
        out.company = both.company;
        companyAt = at;
      }
    } else if (isTitleLine(line)) out.title ??= line;
    else if (isCompanyLine(line)) {
      if (!out.company) companyAt = at;
      out.company ??= line;
    } else unknown.push({ text: line, at });
  });
  // Unrecognised lines under the name are usually "Title" then "Company"; a single one is the company,
  // or the title when it sits between the name and a company line ("Brewmaster" over "Young Brewing Company").
  const capital = (u: { text: string }) => /^[\p{Lu}\d]/u.test(u.text);
  if (!out.title && !out.company && unknown.length >= 2 && unknown.every(capital)) {
    out.title = unknown[0].text;
    out.company = unknown[1].text;
  } else if (!out.company && unknown.length && capital(unknown[0])) out.company = unknown[0].text;
  else if (
    !out.title &&
    out.company &&
    unknown.length === 1 &&
    unknown[0].at < companyAt &&
    capital(unknown[0])
  )
    out.title = unknown[0].text;
  if (out.company) out.company = withoutTagline(out.company);
  if (out.title) out.title = firstOfBilingual(out.title);
  return out;
}
