// An event platform's registration notice: the event's kind (webinar, conference, fair) is how its registrant came in.
import { sourceFromNote } from "./note";

/**
 * "New registration", "X registered for", "New attendee", "signed up", "RSVP" (en, Eventbrite, Zoom, Meetup …), fr
 * "Nouvelle inscription", de "Neue Anmeldung"/"angemeldet", es "Nueva inscripción"/"registro", it "Nuova
 * iscrizione"/"registrazione", nl "Nieuwe aanmelding"/"inschrijving", pt "Nova inscrição".
 */
const REGISTRATION_RE =
  /(?<![\p{L}])(?:registrations?|registered|new attendee|signed up|rsvp|inscriptions?|inscrit|anmeldung(?:en)?|angemeldet|inscripci[oó]n|registro|iscrizion[ei]|registrazion[ei]|iscritt[oa]|aanmelding(?:en)?|inschrijving(?:en)?|aangemeld|inscri[cç][aã]o|inscrito)(?![\p{L}])/iu;

/** The source of a registration notice, read from its subject and opening lines ("… (free webinar)"); else undefined. */
export function registrationSource(subject: string, body: string): string | undefined {
  if (!REGISTRATION_RE.test(subject)) return undefined;
  return sourceFromNote(subject) ?? sourceFromNote(body.slice(0, 400));
}
