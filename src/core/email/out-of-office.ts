// An out-of-office reply that points to a colleague ("please contact Rafael Ortiz …"): the colleague is the lead.
import { findEmails, type Address } from "../contact/email";
import { nameFromLocalPart, normalizeName } from "../contact/name";
import { hasTitleWord } from "../contact/roles";
import { isCompanyLine } from "./line-kinds";
import { FORWARD_SUBJECT_RE } from "./people";

/**
 * Auto-reply subjects by client and language: Outlook en "Automatic reply:", "Out of Office:", de
 * "Automatische Antwort:", "Abwesenheitsnotiz:", fr "Réponse automatique :", es "Respuesta automática:", it "Risposta
 * automatica:", nl "Automatisch antwoord:", pt "Resposta automática:"; Gmail's vacation responder keeps the subject, so
 * the body's wording is read too.
 */
const AUTO_SUBJECT_RE =
  /^(?:(?:re|aw|rv|sv)\s*:\s*)?(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office(?: reply)?|abwesenheitsnotiz|automatische antwort|réponse automatique|absence|respuesta automática|fuera de la oficina|risposta automatica|fuori ufficio|automatisch antwoord|afwezig|resposta automática)\s*:/i;

/** "I am out of the office", "on leave until …", by language (en, de, fr, es, it, nl, pt). */
const AWAY_RE =
  /\b(?:out of (?:the )?office|on (?:annual |parental |maternity |sick )?leave|on vacation|on holiday|away from (?:the office|my desk)|limited access to (?:e-?mail|my e-?mail)|nicht im büro|abwesend|im urlaub|absente?s? du bureau|je suis absente?|en congé|fuera de la oficina|de vacaciones|fuori (?:ufficio|sede)|in ferie|afwezig|niet op kantoor|fora do escritório|de férias)\b/i;

/**
 * The words that hand over to a colleague: en "please contact", "reach out to", "in my absence"; de "wenden Sie sich
 * (bitte) an", "kontaktieren Sie"; fr "veuillez contacter", "contactez", "vous adresser à"; es "póngase en contacto
 * con", "contacte con", "contactar a"; it "contattare", "rivolgersi a"; nl "neem contact op met", "contact opnemen
 * met"; pt "entre em contato com", "contacte".
 */
const HANDOVER_RE =
  /\b(?:please (?:contact|get in touch with|reach out to|email|call)|contact my colleague|reach out to|in my absence|wenden sie sich (?:bitte )?an|kontaktieren sie|veuillez contacter|contactez|vous adresser à|póngase en contacto con|contacte con|contactar (?:a|con)|contattare|rivolgersi a|neem contact op met|contact opnemen met|entre em contato com|contacte)\b/i;

/** An auto-reply: its subject says so, or its opening says the writer is away. */
export function isAutoReply(subject: string, body: string): boolean {
  const s = subject.replace(FORWARD_SUBJECT_RE, "").trim();
  return AUTO_SUBJECT_RE.test(s) || AWAY_RE.test(body.slice(0, 600));
}

/** A name, with an initial or name particles ("Sanne de Wit", "Jan van der Berg"). */
const NAME_RE =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+(?:(?:de|da|del|della|di|van|von|der|den|le|la|du|dos|das|ten|ter)\s+)*\p{Lu}[\p{L}'’-]+){1,2})/gu;

/**
 * The colleague an auto-reply hands over to: the first address after the hand-over words that is not the writer's
 * own nor excluded (the owner's side), with the name written before it; and the text that describes them (the lines
 * from the hand-over to the writer's sign-off), to be read like a signature.
 */
export function outOfOfficeDeputy(
  subject: string,
  body: string,
  writer: Address | undefined,
  excluded: (a: Address) => boolean,
): { person: Address; text: string } | undefined {
  const head = body.slice(0, 3000);
  if (!isAutoReply(subject, head)) return undefined;
  const cue = HANDOVER_RE.exec(head);
  if (!cue) return undefined;
  const after = head.slice(cue.index + cue[0].length);
  const email = findEmails(after).find((e) => e !== writer?.email && !excluded({ name: "", email: e }));
  if (!email) return undefined;
  const upTo = after.slice(0, after.toLowerCase().indexOf(email));
  // The name written before the address: the one its local part spells ("rafael.ortiz@"), else the first that is
  // neither a title nor a company ("Facilities Manager Rafael Ortiz").
  const local = email.split("@")[0].toLowerCase();
  const names = [...upTo.matchAll(NAME_RE)]
    .map((m) => m[1])
    .filter((n) => !hasTitleWord(n) && !isCompanyLine(n));
  const spelled = names.find((n) =>
    normalizeName(n)
      .toLowerCase()
      .split(/\s+/)
      .some((t) => t.length >= 3 && local.includes(t)),
  );
  const written = spelled ?? names[0];
  const name = written ? normalizeName(written) : nameFromLocalPart(local);
  // Their block: the rest of the paragraph the address sits in (their title, company and numbers).
  const block = after.replace(/^[\s:,]+/, "").split(/\n\s*\n/)[0];
  return { person: { name, email }, text: block };
}
