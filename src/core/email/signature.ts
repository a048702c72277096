// A sender's signature block: name line, title, company, phones (ranked by label), website.
import { isDepartment } from "./departments";
import type { Address } from "../contact/email";
import { findEmails } from "../contact/email";
import { findPhoneCandidates, isTollFree } from "../contact/phone";
import { bareHost } from "../contact/website";
import { COMPANY_WORDS_RE, COMPOUND_TITLE_RE, TITLE_COMPANY_SEP_RE, TITLE_WORDS_RE } from "../contact/roles";
import { normalizeName } from "../contact/name";
import { DEVICE_LINE_RE, SIGN_OFF_RE } from "./cues";
import { personPart } from "./people";

export interface ContactDetails {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
  title?: string;
  website?: string;
}

/** Phone labels by kind; lower rank wins, a fax is never used. */
const PHONE_LABELS: { kind: "fax" | "mobile" | "direct" | "office"; rank: number; re: RegExp }[] = [
  {
    kind: "fax",
    rank: 99,
    re: /(?:^|[^\p{L}])(?:fax|f|téléc(?:opieur)?|telefax|facsimile|fx|faks)\.?\s*[:.]?\s*$/iu,
  },
  {
    kind: "mobile",
    rank: 0,
    re: /(?:^|[^\p{L}])(?:mobile?|mob|m|cell(?:ular)?|cell phone|c|portable|port|p\.|móvil|movil|cel|celular|mobil|handy|携帯|cellulare|telemóvel|gsm|natel|mobiel)\.?\s*[:.]?\s*$/iu,
  },
  {
    kind: "direct",
    rank: 1,
    re: /(?:^|[^\p{L}])(?:direct(?: line)?|d|ddi|dir|durchwahl|ligne directe|directo|diretto)\.?\s*[:.]?\s*$/iu,
  },
  {
    kind: "office",
    rank: 3,
    re: /(?:^|[^\p{L}])(?:tel|t|phone|ph|p|office|o|main|tél|teléfono|telefono|telefon|telefone|work|w|bureau|büro|oficina|switchboard|tfn|電話|tel\.?\/fax)\.?\s*[:.]?\s*$/iu,
  },
];

const DISCLAIMER_RE =
  /confidential|intended recipient|disclaimer|privileged|vertraulich|confidentiel|confidencial|riservat|unsubscribe|privacy|environment before printing/i;

/** The best number in `text` for the person: mobile, then direct, then office; never a fax or a disclaimer's number. */
export function pickPhone(text: string, region: string): string | undefined {
  const ranked: { e164: string; rank: number; order: number }[] = [];
  let order = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.length > 160 || DISCLAIMER_RE.test(line)) continue;
    let prevEnd = 0;
    for (const p of findPhoneCandidates(line, region)) {
      const label = line
        .slice(prevEnd, p.start)
        .replace(/[\s(]+$/, "")
        .replace(/\s*[|•·,;]\s*$/, "");
      prevEnd = p.end;
      const hit = PHONE_LABELS.find((l) => l.re.test(label));
      if (hit?.kind === "fax") continue;
      const rank = (hit?.rank ?? 2) + (isTollFree(p.e164) ? 10 : 0);
      ranked.push({ e164: p.e164, rank, order: order++ });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked[0]?.e164;
}

const WEBSITE_LINE_RE =
  /^(?:(?:web(?:site)?|site(?: web)?|w|url|internet|homepage)\s*:\s*)?((?:https?:\/\/)?(?:www\d?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\/\S*)?\/?$/i;
const ADDRESS_RE =
  /^\d+[\w\s.,'-]*\b(?:st|street|ave|avenue|rd|road|blvd|dr|drive|way|lane|ln|suite|ste|floor|rue|boulevard|calle|straße|strasse|str\.|weg|platz|via|piazza)\b|\b\d{5}\b.*\b[A-Z][a-z]+|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b/;

function nameTokens(name: string): string[] {
  return normalizeName(personPart(name))
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 1 || t.charCodeAt(0) > 127);
}

/** The index of the line that starts the signature (the name line or the line after a sign-off), or -1. */
function signatureStart(lines: string[], person: Address): { index: number; nameLine: boolean } {
  const tokens = nameTokens(person.name);
  if (tokens.length) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i].toLowerCase();
      if (!l || l.length > tokens.join(" ").length + 48 || /@|\d{3}/.test(l)) continue;
      if (tokens.every((t) => l.includes(t)) && !/[.!?]$/.test(l)) return { index: i, nameLine: true };
    }
  }
  // No display name: a person's name line whose surname is in the address ("Pedro Valdez" for pvaldez@).
  const local = person.email.slice(0, person.email.indexOf("@")).toLowerCase();
  const inLocal = (w: string) => w.length >= 3 && local.includes(w);
  for (const surnameOnly of [true, false]) {
    for (let i = lines.length - 1; i >= 0 && !tokens.length; i--) {
      const words = lines[i].toLowerCase().split(/\s+/);
      const hit = surnameOnly ? inLocal(words[words.length - 1]) : words.some(inLocal);
      if (hit && looksLikePersonName(lines[i])) return { index: i, nameLine: true };
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i] === "--" || lines[i] === "-- " || SIGN_OFF_RE.test(lines[i]))
      return { index: i, nameLine: false };
  }
  return { index: -1, nameLine: false };
}

/** Splits "CEO, Cho Biotech" into a title and a company when each part says which it is. */
function splitTitleCompany(line: string): { title?: string; company?: string } | undefined {
  const parts = line
    .split(TITLE_COMPANY_SEP_RE)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const t = parts.findIndex((p) => hasTitleWord(p));
  if (t < 0) return undefined;
  const sep = line.search(TITLE_COMPANY_SEP_RE);
  const first = line.slice(0, sep).trim();
  const rest = line.slice(sep).replace(TITLE_COMPANY_SEP_RE, "").trim();
  // After a comma or a bar, a capitalised part that is no title is the company ("Store Manager, Ali Grocers");
  // after "of"/"at" it must look like one ("Head of IT" stays a title).
  const listed = /^[^,|·•–—]+[,|·•–—]/.test(line);
  const companyLike = (s: string) => isCompanyLine(s) || (listed && /^[\p{Lu}\d]/u.test(s));
  if (isTitleLine(first) && !isTitleLine(rest) && companyLike(rest) && !isDepartment(rest))
    return { title: first, company: rest };
  if (isTitleLine(rest) && !isTitleLine(first) && companyLike(first)) return { title: rest, company: first };
  return undefined;
}

function hasTitleWord(s: string): boolean {
  return TITLE_WORDS_RE.test(s) || COMPOUND_TITLE_RE.test(s);
}

/** "Marta Klein": two to four capitalised words, no digits, no title or company word. */
function looksLikePersonName(line: string): boolean {
  return (
    /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(line) &&
    !hasTitleWord(line) &&
    !isCompanyLine(line)
  );
}

/** A sentence of the message, not a signature line. */
function isSentence(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words > 8) return true;
  return (
    /[!?]$/.test(line) ||
    (/\.$/.test(line) && words > 4 && !/\b(?:inc|ltd|co|corp|llc|s\.a|gmbh)\.$/i.test(line))
  );
}

function isCompanyLine(line: string): boolean {
  return COMPANY_WORDS_RE.test(line);
}

function isTitleLine(line: string): boolean {
  if (!hasTitleWord(line)) return false;
  if (!isCompanyLine(line)) return true;
  // Both kinds of word ("Marketing Manager", "Directora de Eventos"): a title starts or ends with its title word.
  const words = line.split(/\s+/);
  const legalEnd = /\b(?:inc|ltd|llc|gmbh|pllc|plc|corp|co|s\.?a|sarl|srl|bv|ag)\.?$/i.test(line);
  return !legalEnd && (hasTitleWord(words[0]) || hasTitleWord(words[words.length - 1]));
}

/** Company from a line in a script without spaces between words ("あおぞら食品株式会社 法務部" -> the company part). */
function cjkCompany(line: string): string | undefined {
  const token = line.split(/\s+/).find((t) => /株式会社|有限会社|合同会社/.test(t));
  return token;
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
  const start = signatureStart(lines, person);
  const out: ContactDetails = {};
  if (start.index < 0) return out;
  const sig: string[] = [];
  if (start.nameLine) {
    const [written, ...more] = lines[start.index].split(/\s*[,|·•–—]\s*/);
    const n = normalizeName(written.trim());
    if (n) out.name = n;
    // "Irene Baptiste | Building Administrator": what follows the name is a signature line; "Gerald Fox, CPA" is not.
    const restOfLine = more.join(", ").trim();
    const postNominal = normalizeName(`${written}, ${restOfLine}`) === normalizeName(written);
    if (
      restOfLine &&
      !postNominal &&
      (isTitleLine(restOfLine) || isCompanyLine(restOfLine) || /\s/.test(restOfLine))
    )
      sig.push(restOfLine);
  }
  let blanks = 0;
  for (let i = start.index + 1; i < lines.length && sig.length < 10; i++) {
    const l = lines[i];
    if (!l) {
      if (++blanks >= 2 && sig.length) break;
      continue;
    }
    blanks = 0;
    if (l.length > 100) break;
    if (DEVICE_LINE_RE.test(l)) continue;
    sig.push(l);
  }
  out.phone = pickPhone(sig.join("\n"), region);
  const unknown: string[] = [];
  for (const line of sig) {
    if (findEmails(line).length) {
      const e = findEmails(line)[0];
      if (!out.email) out.email = e;
      continue;
    }
    if (findPhoneCandidates(line, region).length) continue;
    const web = WEBSITE_LINE_RE.exec(line);
    if (web) {
      if (!out.website) out.website = bareHost(web[1]);
      continue;
    }
    if (ADDRESS_RE.test(line) || isSentence(line) || !/\p{L}{2}/u.test(line)) continue;
    if (
      !start.nameLine &&
      sig.indexOf(line) === 0 &&
      (nameTokens(person.name).some((t) => line.toLowerCase().includes(t)) || looksLikePersonName(line))
    ) {
      const n = normalizeName(line);
      if (n && !out.name) out.name = n;
      continue;
    }
    const cjk = cjkCompany(line);
    if (cjk) {
      out.company ??= cjk;
      continue;
    }
    const both = /,|\||\bat\b|\bof\b/.test(line) ? splitTitleCompany(line) : undefined;
    if (both && !out.title && !out.company) {
      out.title = both.title;
      out.company = both.company;
    } else if (isTitleLine(line)) out.title ??= line;
    else if (isCompanyLine(line)) out.company ??= line;
    else unknown.push(line);
  }
  // Unrecognised lines under the name are usually "Title" then "Company"; a single one is the company.
  if (!out.title && !out.company && unknown.length >= 2 && unknown.every((u) => /^[\p{Lu}\d]/u.test(u))) {
    out.title = unknown[0];
    out.company = unknown[1];
  } else if (!out.company && unknown.length && /^[\p{Lu}\d]/u.test(unknown[0])) out.company = unknown[0];
  return out;
}
