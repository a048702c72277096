// A person writing from a role mailbox ("Claire Donnelly" <events@…>, "Marco Bianchi" <prenotazioni@…>): a person.
import { localPart, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { looksLikePersonName } from "./line-kinds";
import { ORGANISER_NAME_WORDS } from "./organiser-words";
import { SIGN_OFF_RE } from "./sign-off-lines";
import { SYSTEM_NAME_RE } from "./system-words";
import type { ThreadMessage } from "./thread";

/**
 * Venues, hotels and clinics answer from shared role mailboxes (events@, bookings@, reservations@) that the address
 * alone reads as a notification sender. When the display name is a person's (two or three capitalised words, no
 * system word) and the text is signed with it under a sign-off ("Warmly,\nClaire", "Cordialement,\nSophie Martin"),
 * a person wrote it: what they say of others counts (any client). A form notice under a site's name signs nothing.
 */
export function signedByPerson(m: Pick<ThreadMessage, "from" | "body">): boolean {
  const from: Address | undefined = m.from;
  if (!from?.name || SYSTEM_NAME_RE.test(from.name)) return false;
  const name = normalizeName(from.name);
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(name)) return false;
  const first = name.split(" ")[0];
  const lines = m.body
    .slice(0, 6000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.some(
    (l, i) =>
      i > 0 &&
      (l === first || l === name) &&
      (SIGN_OFF_RE.test(lines[i - 1]) || /^[\p{L}][\p{L} ]{1,30},$/u.test(lines[i - 1])),
  );
}

/**
 * The shared mailboxes of SYSTEM_LOCAL_RE that a venue's staff also write from: en events@, bookings@, reservations@
 * (fr/es/pt "reservations", "reservas"), de reservierungen@, nl reserveringen@. Never no-reply, relay, list or
 * notice ones, nor the request mailboxes (requests@, zapytania@, anfragen@) marketplaces send their notices from.
 */
const STAFFED_LOCAL_RE =
  /^(?:events?|bookings?|reservations?|reservierungen|reserveringen|reservas)(?:[._-][a-z0-9]+)?$/i;

/** A signed name that is a team or a brand ("The Events Team", "Équipe Salon Pro", "Zespół Fachowo.pl"). */
const isTeamName = (name: string) =>
  /\.\p{L}{2,}/u.test(name) || ORGANISER_NAME_WORDS.some((re) => re.test(name));

/** Under a sign-off, a line that opens with a person's name ("Marisol Ortega | Events Manager", "Anna Berg, Sales"). */
function signsWithPersonName(body: string): boolean {
  const lines = body
    .slice(0, 6000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.some((l, i) => {
    if (i === 0 || !(SIGN_OFF_RE.test(lines[i - 1]) || /^[\p{L}][\p{L} ]{1,30},$/u.test(lines[i - 1])))
      return false;
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
