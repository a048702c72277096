// A calendar invitation's guest: the outside person a meeting is set up with, never its organiser (corpus README).
import { findEmails, type Address } from "../contact/email";
import { introducedPerson } from "./intro";
import { nameForAddress } from "./name-address";
import type { ThreadMessage } from "./thread";

/** An invitation's own text (its organiser's message), without its lists; other mail as it is. */
export function invitationText(text: string): string {
  return isMeetingRequest(text) ? withoutGuestList(text) : text;
}

/** Google Calendar's guest-list heading, by interface language: en, fr, de, es, it, nl, pt, sv, nb/da, pl, cs. */
const GUESTS_RE =
  /^(?:guests|attendees|invitees|invités|participants|gäste|teilnehmer|invitados|asistentes|invitati|partecipanti|gasten|deelnemers|convidados|participantes|gäster|gjester|gæster|goście|uczestnicy|hosté|účastníci)$/i;

/** A guest line marked as the organiser ("Renee Alston - organizer"), by language. */
const ORGANISER_MARK_RE =
  /[-–—(]\s*(?:organi[sz]er|organisateur|organisatrice|organisator|organizador|organizzatore|organisator|organizator|organizátor)\)?\s*$/i;

/**
 * The lines that open a meeting request: Google Calendar's "You have been invited to the following event" (en, fr, de,
 * es, it, nl, pt), else an Outlook meeting's "When:" line (en, fr "Quand", de "Wann", es "Cuándo", it/pt "Quando",
 * nl "Wanneer", sv "När", pl "Kiedy", cs "Kdy") followed by its "Where:" line within two lines.
 */
const INVITED_RE =
  /you have been invited to|invitation from google calendar|vous avez été invité|sie wurden zu folgendem|hat sie zu einem termin eingeladen|einladung von google kalender|has sido invitado|sei stato invitato|je bent uitgenodigd|você foi convidado/i;
const WHEN_WHERE_RE =
  /^(?:when|quand|wann|cuándo|quando|wanneer|när|kiedy|kdy)\s*:.*\n(?:.*\n)?(?:where|où|ort|dónde|dove|onde|waar|var|gdzie|kde)\s*:/im;

export function isMeetingRequest(text: string): boolean {
  const head = text.slice(0, 2000);
  return INVITED_RE.test(head) || WHEN_WHERE_RE.test(head);
}

/** Google Calendar's organiser heading, by language (as GUESTS_RE). */
const ORGANISER_RE =
  /^(?:organi[sz]er|organisateur|organisator|organizador|organizzatore|organizator|organizátor)$/i;

/** The invitation's own text, without the organiser and guest lists and the calendar's footer under them. */
export function withoutGuestList(text: string): string {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => GUESTS_RE.test(l.trim()) || ORGANISER_RE.test(l.trim()));
  return at < 0 ? text : lines.slice(0, at).join("\n");
}

/** Google Calendar's guest list: a name line with the address on the next line, or an address alone. */
function listedGuests(lines: string[]): Address[] {
  const start = lines.findIndex((l) => GUESTS_RE.test(l.trim()));
  if (start < 0) return [];
  const out: Address[] = [];
  let name = "";
  for (const raw of lines.slice(start + 1, start + 40)) {
    const l = raw.trim();
    if (!l) break;
    const email = findEmails(l)[0];
    if (email) {
      out.push({ name, email });
      name = "";
    } else name = ORGANISER_MARK_RE.test(l) ? "\u0000" : l;
  }
  // An entry marked as the organiser keeps a NUL name: left out.
  return out.filter((a) => a.name !== "\u0000");
}

/**
 * The guest of a meeting request `m` who is outside the owner's side and not its organiser (the sender): the first
 * of Google Calendar's guest list, else an outside recipient or an address the organiser writes in the text.
 */
export function meetingGuest(
  m: ThreadMessage,
  text: string,
  outside: (a: Address) => boolean,
): Address | undefined {
  if (!isMeetingRequest(text)) return undefined;
  const organiser = m.from?.email;
  const ok = (a: Address) => !!a.email && a.email !== organiser && outside(a);
  const listed = listedGuests(text.slice(0, 8000).split(/\r?\n/)).find(ok);
  const guest = listed ?? introducedPerson({ ...m, body: text }, (a) => !outside(a));
  if (!guest || !ok(guest)) return undefined;
  return guest.name ? guest : { name: nameForAddress(text.slice(0, 8000), guest.email), email: guest.email };
}
