// A sender's signature block: name line, title, company, phones (ranked by label), website.
import type { Address } from "../contact/email";
import { findEmails } from "../contact/email";
import { looksLikeAddress } from "../contact/address";
import { ENDS_WITH_LEGAL_FORM_RE } from "../contact/legal-forms";
import { findPhoneCandidates } from "../contact/phone";
import { bestPhone, DISCLAIMER_RE } from "../contact/phone-rank";
import { siteInLine, withoutRedirects } from "../contact/website";
import { DEVICE_LINE_RE, SIGN_OFF_RE } from "./cues";
import { isLabelledNumberLine } from "../contact/labels";
import {
  cjkCompany,
  isCompanyLine,
  isSentence,
  isTitleLine,
  looksLikePersonName,
  splitTitleCompany,
} from "./line-kinds";
import { personColumn } from "./sig-columns";
import { nameTokens, readNameLine, signatureStart } from "./sig-start";
import {
  firstCompanyOfBilingual,
  firstOfBilingual,
  isDepartmentLine,
  isDepartmentName,
  isImagePlaceholder,
  isAsideLine,
  isLabelledField,
  isLicenceLine,
  isRuleLine,
  logoAlt,
  withoutJaDepartment,
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

/** Small print under a signature: a disclaimer sentence, or its heading alone ("CONFIDENTIAL", "Disclaimer:"). */
function isSmallPrint(line: string): boolean {
  return DISCLAIMER_RE.test(line) && (line.length > 40 || line === line.toUpperCase() || /:$/.test(line));
}

/** The lines of the signature block under its start: up to a rule line, small print, two blank lines or a long line. */
function blockLines(lines: string[], from: number): string[] {
  const sig: string[] = [];
  let blanks = 0;
  // An HTML signature read as text puts the same gap (often two blank lines) between all of its lines: a gap is
  // the end only when it is wider than the first one.
  let firstGap = -1;
  for (let i = from; i < lines.length && sig.length < 12; i++) {
    const l = lines[i];
    if (!l) {
      if (++blanks >= Math.max(2, firstGap + 1) && sig.length) break;
      continue;
    }
    // "--" under a block opens the next signature (an introducer's, under the details they pasted).
    if (l === "--" && sig.length) break;
    if (firstGap < 0) firstGap = blanks;
    blanks = 0;
    if (l.length > 100 || isRuleLine(l) || isSmallPrint(l)) break;
    if (DEVICE_LINE_RE.test(l) || isImagePlaceholder(l)) continue;
    sig.push(l);
  }
  return sig;
}

/** "Ashgrove Capital Partners Ltd.", "Maier Immobilien GmbH": a line ending in a legal form (every language). */
function hasLegalForm(line: string): boolean {
  return ENDS_WITH_LEGAL_FORM_RE.test(line.replace(/[\s,]+$/, ""));
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

/** A line over the name line that is the company: a company word, or two to six words in capitals (a logo's text). */
function companyOverName(above: string): boolean {
  if (!mayBeCompany(above) || SIGN_OFF_RE.test(above) || isSentence(above)) return false;
  const words = above.split(/\s+/);
  return words.length <= 6 && (isCompanyLine(above) || (words.length >= 2 && above === above.toUpperCase()));
}

/**
 * ja/zh/ko signatures and cards put the company and the department's title over the name ("株式会社ミドリ精機" /
 * "購買部 課長" / "松本 彩花"): short lines between a rule line (or a blank line) and the name line.
 */
function readAboveName(lines: string[], nameAt: number, out: ContactDetails): void {
  const above: string[] = [];
  for (let k = nameAt - 1; k >= 0 && k >= nameAt - 3; k--) {
    const l = lines[k];
    if (!l || isRuleLine(l)) break;
    if (l.length > 40 || SIGN_OFF_RE.test(l) || isSentence(l)) return;
    above.unshift(l);
  }
  if (!above.length || !above.some((l) => cjkCompany(l))) return;
  for (const l of above) {
    const cjk = cjkCompany(l);
    if (cjk) out.company ??= cjk;
    else if (isTitleLine(l)) out.title ??= l;
  }
}

/** "Brightwater Analytics" for rnguyen@brightwater-analytics.example: the name's letters are the domain's first label's. */
function namesDomain(name: string, email: string): boolean {
  const compact = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const label = compact(email.split("@")[1]?.split(".")[0] ?? "");
  const alt = compact(name);
  return alt.length >= 4 && label.length >= 4 && (label.startsWith(alt) || alt.startsWith(label));
}

/** "Ravi Menon, Co-founder & Events | …": a full name, then a separator and a title on the same line. */
const OTHER_PERSON_LINE_RE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:,|\s[|–—-])\s*([^|]+)/u;

function isOtherPersonLine(line: string, person: Address): boolean {
  const m = OTHER_PERSON_LINE_RE.exec(line);
  if (!m || !isTitleLine(m[2].trim())) return false;
  const own = nameTokens(person.name);
  return !m[1].toLowerCase().split(/\s+/).some((w) => own.includes(w));
}

/** Reads the signature of `person` at the end of `body` (their own message text). */
export function readSignature(body: string, person: Address, region: string): ContactDetails {
  // A signature is read from the first 64 KB of the message's own text (a pasted list below it is not read).
  const all = body
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .map((l) => withoutRedirects(l.trim()).replace(/^\*+\s*(.+?)\s*\*+$/, "$1"));
  // A disclaimer ends the signature.
  const cut = all.findIndex((l, i) => i > 0 && l.length > 160 && DISCLAIMER_RE.test(l));
  const cutLines = cut > 0 ? all.slice(0, cut) : all;
  const start = signatureStart(cutLines, person, region);
  const out: ContactDetails = {};
  if (start.index < 0) return out;
  const lines = start.nameLine ? personColumn(cutLines, start.index, nameTokens(person.name)) : cutLines;
  const sig: string[] = [];
  if (start.nameLine) {
    const n = readNameLine(lines[start.index]);
    if (n.name) out.name = n.name;
    sig.push(...n.more.filter((m) => /\p{L}{2}/u.test(m)));
  }
  sig.push(...blockLines(lines, start.index + 1));
  // Two people signing one block, one line each ("Lena Okoye, Co-founder & Head Chef | 415-…" over "Ravi Menon,
  // Co-founder & Events | 415-…"): the other person's line is theirs, not this person's.
  if (start.nameLine && OTHER_PERSON_LINE_RE.test(lines[start.index]))
    for (let i = sig.length - 1; i >= 0; i--) if (isOtherPersonLine(sig[i], person)) sig.splice(i, 1);
  const phone = bestPhone(sig.join("\n"), region);
  if (phone) {
    out.phone = phone.e164;
    out.phoneKind = phone.kind;
  }
  // Each line in parts: the site taken out of it, then the rest split at bars ("Company | www…", "E: … | W: …").
  const segs: string[] = [];
  // The segment after a title on its line ("Partner | Tax & Advisory Services"): a department when a company with
  // its legal form follows ("Brennan & Okafor LLP"), or when it names one.
  const afterTitle = new Set<number>();
  for (const line of sig) {
    const site = siteInLine(line);
    if (site.host) out.website ??= site.host;
    const parts = site.rest
      .split(/\s+[|•·]\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 2 && isTitleLine(parts[0]) && !isTitleLine(parts[1])) afterTitle.add(segs.length + 1);
    segs.push(...parts);
  }
  const unknown: { text: string; at: number }[] = [];
  let companyAt = -1;
  segs.forEach((line, at) => {
    if (
      afterTitle.has(at) &&
      !hasLegalForm(line) &&
      (isDepartmentName(line) || segs.slice(at + 1).some((l) => hasLegalForm(l) && mayBeCompany(l)))
    )
      return;
    const e = findEmails(line)[0];
    if (e) {
      out.email ??= e;
      return;
    }
    if (findPhoneCandidates(line, region).length) return;
    // A labelled number the region does not read ("핸드폰 010-…" read as US) is still no title or company.
    if (isLabelledNumberLine(line)) return;
    // "PGP Key:" once its web address is taken out: a label without its value is never a title or company.
    if (
      isLabelledField(line) ||
      isLicenceLine(line) ||
      isAsideLine(line) ||
      looksLikeAddress(line) ||
      isSentence(line) ||
      !/\p{L}{2}/u.test(line) ||
      /:$/.test(line)
    )
      return;
    // "Tamayo Landscaping Co." under "-JT" holds the surname but is the company (its legal form or company word says so).
    if (
      !start.nameLine &&
      at === 0 &&
      !isCompanyLine(line) &&
      (nameTokens(person.name).some((t) => line.toLowerCase().includes(t)) ||
        looksLikePersonName(readNameLine(line).name))
    ) {
      // Under a sign-off, "Dr. Miriam Osei, DDS" is the name written with its honorific and letters.
      const n = readNameLine(line).name;
      if (n && !out.name) out.name = n;
      return;
    }
    const cjk = cjkCompany(line);
    if (cjk) {
      out.company ??= cjk;
      return;
    }
    // "Förvaltningschef / Head of Property Management": a title in two languages, the one read first (not split at "of").
    const first = /\s\/\s/.test(line) ? firstOfBilingual(line) : line;
    if (first !== line) {
      out.title ??= first;
      return;
    }
    // "Procurement Department", "Logistics Division": a part of the company, not the company.
    if (isDepartmentLine(line) && !isTitleLine(line)) return;
    // "Facilities Management - Capital Projects" over "Lakeshore University": a department and its unit, when a line
    // that may be the company follows.
    const head = line.split(/\s+[-–—|]\s+|,\s+/)[0];
    if (head !== line && isDepartmentName(head) && segs.slice(at + 1).some(mayBeCompany)) return;
    const both = /,|\||\s[-–—]\s|\bat\b|\bof\b/.test(line) ? splitTitleCompany(line) : undefined;
    if (both && !out.title && !out.company) {
      // "Vice President, Research" over "Calloway Energy Corp.": the part after the comma is a department when
      // it names one, or when a company line follows (a one-word part, "Partnerin", over any company-like line).
      const rest = both.company || "";
      const below = segs.slice(at + 1);
      const department =
        isDepartmentName(rest) ||
        (!hasLegalForm(rest) &&
          below.some((l) => hasLegalForm(l) && mayBeCompany(l) && !l.startsWith(rest.split(/\s/)[0]))) ||
        (!isCompanyLine(rest) &&
          (below.some((l) => isCompanyLine(l) && mayBeCompany(l)) ||
            (!/\s/.test(rest) && below.some(mayBeCompany))));
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
  // Scripts without capitals (ko Hangul, zh/ja, ar, he, th) start a name with any letter of theirs ("민지플라워"), when
  // the line holds no digits (a "휴대폰 010-…" line in a region that does not read the number is no company).
  const capital = (u: { text: string }) => /^[\p{Lu}\d]|^\p{Lo}\D*$/u.test(u.text);
  // A company written over the name line (a logo's text: "CARTER & SONS PLUMBING" over "Ben Carter | Owner").
  const above = start.nameLine && start.index > 0 ? lines[start.index - 1] : "";
  // Outlook's plain text writes a logo as its alt text in brackets: "[Fenwick Dental Clinic]" over the name; Gmail's
  // "[image: Brightwater Analytics] <https://…>". A company word, or the letters of the person's mail domain, say so.
  const logo = logoAlt(above);
  const aboveCompany =
    out.company || !above
      ? undefined
      : logo
        ? (isCompanyLine(logo) || namesDomain(logo, person.email)) &&
          !/\b(?:logo|image|cid)\b|\.\w{3,4}$/i.test(logo)
          ? logo
          : undefined
        : companyOverName(above)
          ? above
          : undefined;
  if (!out.title && !out.company && unknown.length >= 2 && unknown.every(capital)) {
    out.title = unknown[0].text;
    out.company = aboveCompany ?? unknown[1].text;
  } else if (!out.company && unknown.length && capital(unknown[0]))
    out.company = aboveCompany ?? unknown[0].text;
  else if (
    !out.title &&
    out.company &&
    unknown.length === 1 &&
    unknown[0].at < companyAt &&
    capital(unknown[0])
  )
    out.title = unknown[0].text;
  out.company ??= aboveCompany;
  if (start.nameLine) readAboveName(lines, start.index, out);
  if (out.company) out.company = firstCompanyOfBilingual(withoutTagline(out.company));
  if (out.title) out.title = withoutJaDepartment(firstOfBilingual(out.title));
  return out;
}
