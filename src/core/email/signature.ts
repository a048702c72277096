// A sender's signature block: name line, title, company, phones (ranked by label), website.
import { endsInDepartment } from "./departments";
import type { Address } from "../contact/email";
import { nameWithRole } from "./name-with-role";
import { findEmails } from "../contact/email";
import { looksLikeAddress } from "../contact/address";
import { findPhoneCandidates } from "../contact/phone";
import { bestPhone, DISCLAIMER_RE } from "../contact/phone-rank";
import { siteInLine, withoutRedirects } from "../contact/website";
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
import { isLabelledDepartment, titleBeforeDepartment } from "./title-department";
import { nameTokens, readNameLine, signatureStart } from "./sig-start";
import {
  firstCompanyOfBilingual,
  firstOfBilingual,
  isDepartmentLine,
  isDepartmentName,
  isAsideLine,
  isLabelledField,
  isLicenceLine,
  withoutJaDepartment,
  withoutTagline,
} from "./sig-lines";
import { blockLines } from "./sig-block";
import { companyBeforeLongTagline, hasLegalForm, mayBeCompany, namesCompany } from "./sig-company";
import { companyAboveName, readAboveName } from "./sig-above-name";
import { isRomanisedName } from "./romanised-name";
import { fullNameUnderFirst, fullNameUnderShort } from "./fuller-first-name";
import { foldMarks } from "./ascii-header-name";
import { bothTitles } from "./title-pair";
import { looksLikeParticleName } from "./particle-name";
import { oneLineSignOff } from "./one-line-sign-off";
import { introducedFullName } from "./login-display";
import { isOtherPersonLine, OTHER_PERSON_LINE_RE } from "./sig-other-person";
import { looksLikeCaselessName } from "./caseless-name";
import { withoutCjkTeam } from "./cjk-company-team";

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
  if (start.index < 0) return withOneLineSignOff(cutLines, out, person);
  const lines = start.nameLine ? personColumn(cutLines, start.index, nameTokens(person.name)) : cutLines;
  const sig: string[] = [];
  if (start.nameLine) {
    const n = readNameLine(lines[start.index]);
    if (n.name) out.name = n.name;
    sig.push(...n.more.filter((m) => /\p{L}{2}/u.test(m)));
  }
  sig.push(...blockLines(lines, start.index + 1));
  // Under a sign-off, "Liz (owner)": the writer's name, and their role as the title line.
  const named = start.nameLine ? undefined : nameWithRole(sig[0] ?? "");
  if (named) [out.name, sig[0]] = [named.name, named.role];
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
    if (parts.length === 2 && isTitleLine(parts[0]) && !isTitleLine(parts[1]))
      afterTitle.add(segs.length + 1);
    // "Advocaat | Partner", "Owner | Lead Designer": a profession and a rank, two titles on one line, are the title.
    if (bothTitles(parts)) segs.push(parts.join(" | "));
    else segs.push(...parts);
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
    const tagged = companyBeforeLongTagline(line);
    if (tagged) {
      if (!out.company) companyAt = at;
      out.company ??= tagged;
      return;
    }
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
      // A token without its accents ("joao" in "João Gonçalves da Silva", an ASCII header; any language).
      (nameTokens(person.name).some((t) => line.toLowerCase().includes(t) || foldMarks(line).includes(t)) ||
        // "Trini" under "Trinidad Osorio", "Alex" under "Alexander Berg": the first name's short form (any language).
        shortOfFirstName(line, nameTokens(person.name)) ||
        looksLikePersonName(readNameLine(line).name) ||
        looksLikeParticleName(readNameLine(line).name) ||
        looksLikeCaselessName(line))
    ) {
      // Under a sign-off, "Dr. Miriam Osei, DDS" is the name written with its honorific and letters.
      const read = readNameLine(line);
      if (read.name && !out.name) out.name = read.name;
      // "María José de la Fuente Ortega – Gerente", "Liz Harper, Owner": the title written after the name on its line.
      const role = read.name === out.name ? read.more.find(isTitleLine) : undefined;
      if (role) out.title ??= role;
      return;
    }
    // "Trish" then "Patricia Van Houten, RN, BSN" under a sign-off: the first name, then the name in full.
    if (fullNameUnderFirst(line, at, out.name, person.name)) {
      out.name = readNameLine(line).name;
      return;
    }
    // "Tom" then "Thomas Nguyen-Hale" under a sign-off: the short name signed, then the full name it is short for.
    if (!start.nameLine && !out.name && fullNameUnderShort(line, at, segs[0])) {
      out.name = readNameLine(line).name;
      return;
    }
    // "Ken Sasaki" under "佐々木 健": the name again, in Latin letters.
    if (at <= 1 && isRomanisedName(line, person.name, person.email)) return;
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
    // "Office Administrator, Facilities Dept.": the title, without the department labelled as one.
    const beforeDept = /[,|·•–—]|\s-\s/.test(line) ? titleBeforeDepartment(line) : undefined;
    if (beforeDept) {
      out.title ??= beforeDept;
      return;
    }
    // "Procurement Department", "Logistics Division": a part of the company, not the company.
    if ((isDepartmentLine(line) || isLabelledDepartment(line)) && !isTitleLine(line)) return;
    // "Facilities Management - Capital Projects" over "Lakeshore University": a department and its unit, when a line
    // that may be the company follows.
    const head = line.split(/\s+[-–—|]\s+|,\s+/)[0];
    if (head !== line && isDepartmentName(head) && segs.slice(at + 1).some(mayBeCompany)) return;
    // "Support Services" over "Meridian Health Partners": a department alone on its line, when a company line follows.
    if (head === line && isDepartmentName(line) && segs.slice(at + 1).some(namesCompany)) return;
    if (/\s\|\s/.test(line) && bothTitles(line.split(/\s+\|\s+/))) {
      out.title ??= line;
      return;
    }
    const both = /,|\||\s[-–—]\s|\bat\b|\bof\b/.test(line) ? splitTitleCompany(line) : undefined;
    if (both && !out.title && !out.company) {
      // "Vice President, Research" over "Calloway Energy Corp.": the part after the comma is a department when
      // it names one, or when a company line follows (a one-word part, "Partnerin", over any company-like line).
      const rest = both.company || "";
      const below = segs.slice(at + 1);
      const legalBelow =
        !hasLegalForm(rest) &&
        below.some((l) => hasLegalForm(l) && mayBeCompany(l) && !l.startsWith(rest.split(/\s/)[0]));
      // "Director of Property Operations" over "Northbay Residential REIT": a qualified department, a company below.
      const department =
        isDepartmentName(rest) ||
        legalBelow ||
        (/\bof\b/.test(line) && endsInDepartment(rest) && below.some(mayBeCompany)) ||
        (!isCompanyLine(rest) &&
          (below.some((l) => isCompanyLine(l) && mayBeCompany(l)) ||
            (!/\s/.test(rest) && below.some(mayBeCompany))));
      // "Statsautoriseret revisor, partner" (da), "Steuerberater, Partner" (de) over "… ApS"/"… GmbH": a profession
      // and a rank, both the title, when the company with its legal form is the next line's.
      const rankLast = legalBelow && !!both.title && line.endsWith(both.title);
      if (department && both.title && (line.startsWith(both.title) || rankLast)) out.title = line;
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
  // A company written over the name line; Outlook's or Gmail's logo alt text ("[Fenwick Dental Clinic]") there.
  const above = start.nameLine && start.index > 0 ? lines[start.index - 1] : "";
  const aboveCompany = out.company || !above ? undefined : companyAboveName(above, person.email);
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
  if (out.company) out.company = withoutCjkTeam(firstCompanyOfBilingual(withoutTagline(out.company)));
  if (out.title) out.title = withoutJaDepartment(firstOfBilingual(out.title));
  return withOneLineSignOff(cutLines, out, person);
}

/** No name line read: the name (and title, company) of a sign-off written as one line of prose. */
function withOneLineSignOff(lines: string[], out: ContactDetails, person: Address): ContactDetails {
  const one = out.name ? undefined : oneLineSignOff(lines);
  // A login shown as the display name ("bmarsh82"): the full name the writer introduces themselves with.
  const introduced = one || out.name ? undefined : introducedFullName(lines.join("\n"), person);
  if (introduced) out.name = introduced;
  if (!one) return out;
  out.name = one.name;
  if (one.title) out.title ??= one.title;
  if (one.company) out.company ??= one.company;
  return out;
}

/**
 * One word that starts the first name of a full display name (three letters or more, shorter than it): the short form
 * the writer signs with. A one-word display name may itself be a nickname, the full name written lower down.
 */
function shortOfFirstName(line: string, tokens: string[]): boolean {
  const word = line.trim().toLowerCase();
  const first = tokens[0] ?? "";
  return (
    tokens.length >= 2 && /^\p{L}{3,}$/u.test(word) && word.length < first.length && first.startsWith(word)
  );
}
