// A sender's signature block: name line, title, company, phones (ranked by label), website.
import type { Address } from "../contact/email";
import { nameWithRole } from "./name-with-role";
import { bestPhone, DISCLAIMER_RE } from "../contact/phone-rank";
import { siteInLine, withoutRedirects } from "../contact/website";
import { isTitleLine } from "./line-kinds";
import { personColumn } from "./sig-columns";
import { nameTokens, readNameLine, signatureStart } from "./sig-start";
import {
  firstCompanyOfBilingual,
  firstOfBilingual,
  withoutJaDepartment,
  withoutTagline,
  withoutTrailingCredentials,
} from "./sig-lines";
import { blockLines } from "./sig-block";
import { companyAboveName, readAboveName } from "./sig-above-name";
import { bothTitles } from "./title-pair";
import { oneLineSignOff } from "./one-line-sign-off";
import { introducedFullName } from "./login-display";
import { isOtherPersonLine, OTHER_PERSON_LINE_RE } from "./sig-other-person";
import { withoutCjkTeam } from "./cjk-company-team";
import { readSegments } from "./sig-segments";
import { isSiteFooter } from "./sig-company";

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
    // "Rosa Delgado | Creative Director | (312) 555-0134": a number after a bar on the name line is theirs too.
    sig.push(...n.more.filter((m) => /\p{L}{2}|\d{3}/u.test(m)));
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
  const { unknown, companyAt } = readSegments(segs, afterTitle, start, person, region, out);
  // Unrecognised lines under the name are usually "Title" then "Company"; a single one is the company,
  // or the title when it sits between the name and a company line ("Brewmaster" over "Young Brewing Company").
  // Scripts without capitals (ko Hangul, zh/ja, ar, he, th) start a name with any letter of theirs ("민지플라워"), when
  // the line holds no digits (a "휴대폰 010-…" line in a region that does not read the number is no company).
  // A form tool's footer ("Denne meldingen ble sendt fra kontaktskjemaet på …") is no line of the signature.
  const capital = (u: { text: string }) => /^[\p{Lu}\d]|^\p{Lo}\D*$/u.test(u.text) && !isSiteFooter(u.text);
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
  if (out.title) out.title = withoutTrailingCredentials(withoutJaDepartment(firstOfBilingual(out.title)));
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
