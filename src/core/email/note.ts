// What the forwarder's note says: how the lead came in (source), and a lead named only in the note.
import { findEmails } from "../contact/email";
import { withLegalForm } from "../contact/legal-forms";
import { normalizeName } from "../contact/name";
import { leadInNoteProse } from "./note-lead";
import { MORE_SOURCE_WORDS } from "./source-words";
import { regionHints } from "./region";
import { pickPhone } from "./signature";
import { toE164 } from "../contact/phone";

/** Source categories by the words that name them, with the languages they cover. */
const SOURCES: { source: string; re: RegExp; named?: boolean }[] = [
  {
    source: "Trade show",
    // en "garden show", de "am Stand" / "vom Stand" / "Messestand" (the booth), es/fr "nuestro stand" / "notre stand".
    re: /\b(?:trade ?show|tradeshow|expo|(?:home|garden|boat|auto|car|bridal|craft|gift|food|wine|design|farm|pet|rv) show|(?:trade )?fair|salon|messe|messestand|am stand|vom stand|feria|fiera|beurs|feira|nuestro stand|notre stand)\b/i,
    named: true,
  },
  {
    source: "Conference",
    re: /\b(?:conference|conférence|congrès|congreso|conferencia|konferenz|kongress|congresso|conferenza|summit)\b/i,
    named: true,
  },
  {
    source: "Networking event",
    re: /\b(?:networking|mixer|meetup|afterwork|réseautage|netzwerk(?:treffen|abend)?|stammtisch)\b/i,
  },
  { source: "Webinar", re: /\b(?:webinar|webinaire|webinario|webinário|online seminar)\b/i },
  {
    source: "Website",
    re: /\b(?:website inquiry|web inquiry|web lead|contact form|via (?:the|our) (?:web)?site|from (?:the|our) (?:web)?site|formulaire (?:de contact|web)|kontaktformular|formulario (?:de contacto|web))\b/i,
  },
  {
    source: "Referral",
    re: /\b(?:referral|referred|recommended by|recommandée? par|référence de|empfohlen|empfehlung|recomendad[oa] por|referencia de|referido|raccomandat[oa]|indicação|aanbevolen)\b/i,
  },
];

const PLACE = "[\\p{Lu}][\\p{L}\\d'’&-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’&-]*){0,3}";

/** "met her at the Toronto trade show" -> "Trade show: Toronto"; "feria Expohotel" -> "Trade show: Expohotel". */
export function sourceFromNote(note: string): string | undefined {
  const text = note.replace(/\s+/g, " ");
  for (const s of SOURCES) {
    const more = MORE_SOURCE_WORDS[s.source];
    const m = s.re.exec(text) ?? more?.re.exec(text) ?? more?.cased?.exec(text);
    if (!m) continue;
    if (!s.named) return s.source;
    const before = more?.inflected?.test(m[0])
      ? undefined
      : new RegExp(`(${PLACE})\\s+$`, "u").exec(text.slice(Math.max(0, m.index - 60), m.index));
    const after = new RegExp(`^\\s+(?:de |del |der |des |du |di )?(${PLACE})`, "u").exec(
      text.slice(m.index + m[0].length),
    );
    const name = (before?.[1] ?? after?.[1] ?? "")
      .replace(/^(?:The|La|Le|El|Die|Der|Das)\s+/, "")
      .replace(/[.,]+$/, "");
    return name && !/^(?:I|We|He|She)$/.test(name) ? `${s.source}: ${name}` : s.source;
  }
  return undefined;
}

const LABEL_WORDS =
  "lead|prospect|contact|new lead|kontakt|interessent(?:in)?|ansprechpartner(?:in)?|client potentiel|prospecto|contacto|interesad[oa]|cliente|interessat[oa]|potenziale cliente|contato|klant";
// Case-insensitive label, case-sensitive name: each label word may start upper or lower case.
const LABEL = `(?:${LABEL_WORDS.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`)})`;
const NAME = "([\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3})";
const LINK =
  "(?:\\s+(?:at|from|of|with|von|bei|de|chez|da|di|van|bij)\\s+|\\s*,\\s*|\\s+@\\s+|\\s+[-–]\\s+|\\s*\\(\\s*)";
const COMPANY = "([\\p{Lu}\\d][\\p{L}\\d'’&.-]*(?:\\s+(?:&\\s+)?[\\p{Lu}\\d][\\p{L}\\d'’&.-]*){0,5})";
// "Lead: …", and a label with a few words before its colon ("Contacto de la feria: …", "Kontakt vom Stand: …").
const NOTE_LEAD_RE = new RegExp(
  `(?<![\\p{L}])${LABEL}(?:\\s+[^:\\n]{1,30}?)?\\s*:\\s*${NAME}(?:${LINK}${COMPANY})?`,
  "u",
);

/** "Lead: Dana Whitfield at Harbourfront Dental, call back Jan 5" -> name and company. */
export function leadFromNote(note: string, prose = false): { name: string; company?: string } | undefined {
  const m = NOTE_LEAD_RE.exec(note);
  if (!m) return prose ? leadInNoteProse(note) : undefined;
  const name = normalizeName(m[1]);
  if (!name) return undefined;
  // "Piotr Nowak, Nowak Meble Sp. z o.o. – …": a legal form with dots and small letters is part of the company.
  const company = m[2] && withLegalForm(m[2], note.slice(m.index + m[0].length));
  return { name, company: company || undefined };
}

/** Words that start a note's sentence before a name ("Met Jane Roe …"). */
const NOTE_VERB_RE =
  /^(?:met|call|email|e-mail|lead|contact|spoke|talked|saw|ring|phone|follow|new|prospect|rencontré|rencontrée|appeler|getroffen|anrufen|conocí|llamar|incontrato|ontmoet)$/i;

/**
 * A number in a line of the note, read in the default region, else in each region the note implies ("tel. 600 555 017"
 * in a Polish note, "Handy 0171 5550123" in a German one).
 */
function phoneIn(line: string, region: string, note: string): string | undefined {
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
  for (const line of note.split(/\r?\n/)) {
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
    const words = (written ?? "").split(/\s+/).filter(Boolean);
    while (words.length > 2 && NOTE_VERB_RE.test(words[0])) words.shift();
    const name =
      named?.name ??
      (words.length >= 2 && !NOTE_VERB_RE.test(words[0]) ? normalizeName(words.join(" ")) : undefined);
    const phone = phoneIn(line.replace(/[,;]\s/g, "\n"), region, note);
    if (email || phone) return { name, email, phone };
  }
  return {};
}

/**
 * The event an organiser's mailing is about ("Salon Habitat Québec", "Merci de votre visite au salon"), for a lead
 * the owner names above it: by the sender's name and the subject, never a referral or website category.
 */
export function sourceFromOrganiser(senderName: string, subject: string): string | undefined {
  const source = sourceFromNote(`${senderName}\n${subject}`);
  return source && !/^(?:Referral|Website)/.test(source) ? source : undefined;
}
