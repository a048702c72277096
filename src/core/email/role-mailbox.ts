// A person writing from a role mailbox ("Claire Donnelly" <events@…>, "Marco Bianchi" <prenotazioni@…>): a person.
import { localPart, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { looksLikePersonName } from "./line-kinds";
import { ORGANISER_NAME_WORDS } from "./organiser-words";
import { SIGN_OFF_RE } from "./sign-off-lines";
import { SYSTEM_NAME_RE } from "./system-words";
import type { ThreadMessage } from "./thread";
import { companyShownByMailbox, GIVEN_NAME_RE } from "./mailbox-signer";

/**
 * The shared mailboxes of SYSTEM_LOCAL_RE that a venue's staff also write from: en events@, bookings@, reservations@
 * (fr/es/pt "reservations", "reservas"), de reservierungen@, nl reserveringen@. Never no-reply, relay, list or
 * notice ones, nor the request mailboxes (requests@, zapytania@, anfragen@) marketplaces send their notices from.
 */
const STAFFED_LOCAL_RE =
  /^(?:events?|bookings?|reservations?|reservierungen|reserveringen|reservas)(?:[._-][a-z0-9]+)?$/i;

/**
 * Venues, hotels and clinics answer from shared role mailboxes (events@, bookings@, reservations@) that the address
 * alone reads as a notification sender. When the display name is a person's (two or three capitalised words, no
 * system word) and the text is signed with it under a sign-off ("Warmly,\nClaire", "Cordialement,\nSophie Martin"),
 * a person wrote it: what they say of others counts, and they are a person to follow up (any client). A form notice
 * under a site's name signs nothing.
 */
export function signedByPerson(m: Pick<ThreadMessage, "from" | "body">): boolean {
  const from: Address | undefined = m.from;
  if (!from?.name || SYSTEM_NAME_RE.test(from.name)) return false;
  const name = normalizeName(from.name);
  // The company's own name on its role mailbox ("Highland Glamping Co" <bookings@highlandglamping…>): any given name
  // signed under the sign-off ("Cheers,\nEwan") is the person writing for it. Only a staffed desk's mailbox: a site's
  // form notice (wordpress@, forms@ under the company's name) quotes the customer's own "Many thanks,\nImogen".
  const shown = !!companyShownByMailbox(from);
  const company = shown && STAFFED_LOCAL_RE.test(localPart(from.email));
  // The company's name on any other mailbox (noreply@, wordpress@) signs its own notice ("Με εκτίμηση,\nKafea Machines").
  if (shown && !company) return false;
  if (!company && !/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(name)) return false;
  const first = name.split(" ")[0];
  return signedLines(m.body).some((l) => (company ? GIVEN_NAME_RE.test(l) : l === first || l === name));
}

/** The non-empty lines of a message's first 6 KB that stand right under a sign-off ("Warmly," / "Best regards,"). */
function signedLines(body: string): string[] {
  const lines = body
    .slice(0, 6000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.filter(
    (_l, i) => i > 0 && (SIGN_OFF_RE.test(lines[i - 1]) || /^[\p{L}][\p{L} ]{1,30},$/u.test(lines[i - 1])),
  );
}

/** A signed name that is a team or a brand ("The Events Team", "Équipe Salon Pro", "Zespół Fachowo.pl"). */
const isTeamName = (name: string) =>
  /\.\p{L}{2,}/u.test(name) || ORGANISER_NAME_WORDS.some((re) => re.test(name));

/** Under a sign-off, a line that opens with a person's name ("Marisol Ortega | Events Manager", "Anna Berg, Sales"). */
function signsWithPersonName(body: string): boolean {
  return signedLines(body).some((l) => {
    const head = l.split(/\s+[|·•–—-]\s+|,\s+/)[0];
    return looksLikePersonName(head) && !isTeamName(head);
  });
}

/**
 * A person wrote from a staffed shared mailbox ("Harbor View Events" <events@…> signed "Warmly, / Marisol Ortega |
 * Events Manager"): the person who signs is the one to follow up, at that address (any client, any language the
 * sign-off table knows).
 */
export function signedFromStaffedMailbox(m: Pick<ThreadMessage, "from" | "body">): boolean {
  if (!m.from?.email || !STAFFED_LOCAL_RE.test(localPart(m.from.email))) return false;
  if (m.from.name && SYSTEM_NAME_RE.test(m.from.name)) return false;
  return signedByPerson(m) || signsWithPersonName(m.body);
}

/** The request desks of SYSTEM_LOCAL_RE a company's own staff also write from: en requests@, quotes@; de anfragen@, fr demandes@, it richieste@, nl aanvragen@, es solicitudes@, cs poptavky@, pl zapytania@. */
const REQUEST_DESK_RE =
  /^(?:requests?|quote-?requests?|anfragen|demandes|richieste|aanvragen|solicitudes|poptavky|zapytania)(?:[._-][a-z0-9]+)?$/i;

/**
 * A person wrote from a request desk and no notice naming anyone could be read in it (no form's or marketplace's name or
 * address): marketplaces
 * send from such mailboxes too, so only then does a person signing under a sign-off ("Mit freundlichen Grüßen / Jana
 * Vogt / Einkauf") count as the writer, at that address.
 */
export function signedFromRequestDesk(m: Pick<ThreadMessage, "from" | "body">): boolean {
  if (!m.from?.email || !REQUEST_DESK_RE.test(localPart(m.from.email))) return false;
  if (m.from.name && SYSTEM_NAME_RE.test(m.from.name)) return false;
  return signsWithPersonName(m.body);
}
