// Each part of a signature's lines read as email, phone, name, title, company or department, or left unrecognised.
import { endsInDepartment } from "./departments";
import { opensWithUnit } from "./department-opener";
import { isRegistryNumberLine } from "./registry-number";
import { isSecondScriptCopy } from "./second-script";
import type { Address } from "../contact/email";
import { findEmails } from "../contact/email";
import { looksLikeAddress } from "../contact/address";
import { findPhoneCandidates } from "../contact/phone";
import { isLabelledNumberLine } from "../contact/labels";
import {
  cjkCompany,
  isCompanyLine,
  isSentence,
  isTitleLine,
  looksLikePersonName,
  splitTitleCompany,
} from "./line-kinds";
import { isLabelledDepartment, titleBeforeDepartment } from "./title-department";
import { nameTokens, readNameLine } from "./sig-start";
import {
  firstOfBilingual,
  isDepartmentLine,
  isDepartmentName,
  isAsideLine,
  isLabelledField,
  isLicenceLine,
} from "./sig-lines";
import { companyBeforeLongTagline, hasLegalForm, mayBeCompany, namesCompany } from "./sig-company";
import { isRomanisedName } from "./romanised-name";
import { fullNameUnderFirst, fullNameUnderShort } from "./fuller-first-name";
import { foldMarks } from "./ascii-header-name";
import { bothTitles } from "./title-pair";
import { looksLikeParticleName } from "./particle-name";
import { looksLikeCaselessName } from "./caseless-name";
import type { ContactDetails } from "./signature";

/**
 * Reads each segment of a signature (its lines split at bars) into `out`: email, name, title, company. Returns the
 * segments not recognised, for the title/company resolution, and the segment the company was read from.
 */
export function readSegments(
  segs: string[],
  afterTitle: Set<number>,
  start: { index: number; nameLine: boolean },
  person: Address,
  region: string,
  out: ContactDetails,
): { unknown: { text: string; at: number }[]; companyAt: number } {
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
      isRegistryNumberLine(line) ||
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
    // "أحمد حداد" under "Ahmed Haddad" … "Mobile: +…": the block again in the writer's script (ar, he, el, ru …).
    if (isSecondScriptCopy(segs, at, out.name ?? person.name)) return;
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
    // "Center for Indkøb og Udbud" over "Vestby Kommune" (da), "Office of Admissions" over a university: a unit.
    if (opensWithUnit(line) && segs.slice(at + 1).some(mayBeCompany)) return;
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
  return { unknown, companyAt };
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
