// Two tests on a thread's senders: a person's own mailbox, and a message that only passes the thread on.
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { PASS_ALONG_RE } from "./cues";
import { withoutSignOff } from "./intro";
import { FORWARD_SUBJECT_RE, isOrganisationSender, isSystemSender, type OwnerSide } from "./people";
import { SCAN_CHARS, type ThreadMessage } from "./thread";

/** "Jordan Pike <jordan.pike@…>": a person's name (two or three words) on a personal mailbox, not an organisation's. */
export function isPersonalSender(a: Address): boolean {
  const name = normalizeName(a.name);
  return (
    !isOrganisationSender(a) &&
    !COMPANY_WORDS_RE.test(a.name) &&
    /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u.test(name)
  );
}

/** A message that only passes the thread on: a forward of a forward, or a short note handing it on. */
export function passesAlong(m: ThreadMessage, deeper: ThreadMessage[], side: OwnerSide): boolean {
  const next = deeper.find((d) => d.from?.email && d.from.email !== m.from?.email);
  if (!next || side.has(next.from) || isSystemSender(next.from)) return false;
  const own = withoutSignOff(m.body.slice(0, SCAN_CHARS), m.from).trim();
  // A forward of a forward, or a short note that hands the thread on ("Felix, this one's yours").
  return (
    (next.kind === "forward" && FORWARD_SUBJECT_RE.test(m.subject)) ||
    (own.length < 300 && PASS_ALONG_RE.test(own))
  );
}
