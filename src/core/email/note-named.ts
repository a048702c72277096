// A lead written into the forwarder's note: "Lead: Name at Company", or a line with their address or number.
import { findEmails } from "../contact/email";
import { withLegalForm } from "../contact/legal-form-ends";
import { normalizeName } from "../contact/name";
import { leadInNoteProse } from "./note-lead";
import { unwrappedLines } from "./note-unwrap";
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";
import { toE164 } from "../contact/phone";

const LABEL_WORDS =
  "lead|prospect|contact|new lead|kontakt|interessent(?:in)?|ansprechpartner(?:in)?|client potentiel|prospecto|contacto|interesad[oa]|cliente|interessat[oa]|potenziale cliente|contato|klant";
// Case-insensitive label, case-sensitive name: each label word may start upper or lower case.
const LABEL = `(?:${LABEL_WORDS.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`)})`;
// Particles between the words of a name: "Pieter de Graaf", "Ana de la Cruz", "Jan van der Berg".
const NAME =
  "([\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:(?:de|da|del|della|di|van|von|der|den|le|la|du|dos|das|ter|ten)\\s+)*[\\p{Lu}][\\p{L}'’.-]*){0,3})";
const LINK =
  "(?:\\s+(?:at|from|of|with|von|bei|de|chez|da|di|van|bij)\\s+|\\s*,\\s*|\\s+@\\s+|\\s+[-–]\\s+|\\s*\\(\\s*)";
const COMPANY = "([\\p{Lu}\\d][\\p{L}\\d'’&.-]*(?:\\s+(?:&\\s+)?[\\p{Lu}\\d][\\p{L}\\d'’&.-]*){0,5})";
// "Lead: …", and a label with a few words before its colon ("Contacto de la feria: …", "Kontakt vom Stand: …").
const NOTE_LEAD_RE = new RegExp(
  `(?<![\\p{L}])${LABEL}(?:\\s+[^:\\n]{1,30}?)?\\s*:\\s*${NAME}(?:${LINK}${COMPANY})?`,
  "u",
);

/** "Lead: Dana Whitfield at Harbourfront Dental, call back Jan 5" -> name and company. */
export function leadFromNote(
  note: string,
  prose = false,
  opening = true,
): { name: string; company?: string } | undefined {
  const m = NOTE_LEAD_RE.exec(note);
  if (!m) return prose ? leadInNoteProse(note, opening) : undefined;
  let written = m[1];
  let found: string | undefined = m[2];
  let foundEnd = m.index + m[0].length;
  // "Pieter de Graaf van Graaf Installatietechniek B.V.": a particle that is also a "from" (nl van, de von, fr/es
  // de, it di/da) opens the company at its last use, when a name of two words or more stays before it.
  const split = found ? null : /^(.+\s\S+)\s+(?:van|von|de|da|di|du|del)\s+(?=\p{Lu})/u.exec(written);
  if (split) {
    written = split[1];
    const from = m.index + m[0].indexOf(m[1]) + split[0].length;
    const rest = new RegExp(`^${COMPANY}`, "u").exec(note.slice(from));
    found = rest?.[1];
    foundEnd = from + (rest?.[0].length || 0);
  }
  const name = normalizeName(written);
  if (!name) return undefined;
  // "Piotr Nowak, Nowak Meble Sp. z o.o. – …": a legal form with dots and small letters is part of the company.
  const company = found && withLegalForm(found, note.slice(foundEnd));
  return { name, company: company || undefined };
}

/** Words that start a note's sentence before a name ("Met Jane Roe …"). */
export const NOTE_VERB_RE =
  /^(?:met|call|email|e-mail|lead|contact|spoke|talked|saw|ring|phone|follow|new|prospect|rencontré|rencontrée|appeler|getroffen|anrufen|conocí|llamar|incontrato|ontmoet)$/i;

/**
 * A number in a line of the note, read in the default region, else in each region the note implies ("tel. 600 555 017"
 * in a Polish note, "Handy 0171 5550123" in a German one).
 */
export function phoneIn(line: string, region: string, note: string): string | undefined {
  const first = pickPhone(line, region);
  if (first && toE164(first, region)) return first;
  for (const r of /\d/.test(line) ? regionHints(note) : []) {
    const alt = r === region ? undefined : pickPhone(line, r);
    if (alt && toE164(alt, r)) return alt;
  }
  return first;
}

/** A person written into the note itself: "Met Jane Roe (jane@roe.example.com) at the expo", "Lead: Jane Roe, 416-555-0100". */
export function contactInNote(
  note: string,
  isOwnSide: (email: string) => boolean,
  region: string,
): { name?: string; email?: string; phone?: string; company?: string } {
  const named = leadFromNote(note, true);
  // A line the client wrapped mid-sentence goes on: "… wants" / "3 studios repainted. 604-555-0117." is one line.
  for (const line of unwrappedLines(note)) {
    const email = findEmails(line).find((e) => !isOwnSide(e));
    const hasName = !!named && line.includes(named.name.split(" ")[0]);
    if (!email && !hasName) continue;
    const before = email ? line.slice(0, line.toLowerCase().indexOf(email)) : "";
    // "Nina Alvarez - Alvarez Dental - nina@… - 312-…": name and company as listed parts.
    const parts = before
      .split(/\s+[-–—|/]\s+|\s*[,;]\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (!named && parts.length >= 2 && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(parts[0])) {
      const phone = phoneIn(line.replace(/\s+[-–—|/]\s+|[,;]\s/g, "\n"), region, note);
      return { name: normalizeName(parts[0]), company: parts[1], email, phone };
    }
    const written = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})[\s(<,:–-]*$/u.exec(before)?.[1];
    const words = (written || "").split(/\s+/).filter(Boolean);
    while (words.length > 2 && NOTE_VERB_RE.test(words[0])) words.shift();
    const name =
      named?.name ??
      (words.length >= 2 && !NOTE_VERB_RE.test(words[0]) ? normalizeName(words.join(" ")) : undefined);
    // Each clause on its own line: "… call her Thursday. Cell 617-…. We sat …" keeps the label with its number.
    const phone = phoneIn(line.replace(/[,;]\s/g, "\n").replace(/([.!?])\s+/g, "$1\n"), region, note);
    if (email || phone) return { name, email, phone };
  }
  return {};
}
