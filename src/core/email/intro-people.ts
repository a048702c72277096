// Who a person in an introduction is to the others: a known name, the answer to an earlier intro, a colleague, an addressee.
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { isIntroduction, withoutSignOff } from "./intro";
import type { OwnerSide } from "./people";
import { SCAN_CHARS, type ThreadMessage } from "./thread";

/** A written name that is one of these people's (the introducer, the owner), or a company's. */
export function isKnownName(name: string, people: (Address | undefined)[]): boolean {
  if (COMPANY_WORDS_RE.test(name)) return true;
  const n = normalizeName(name).toLowerCase();
  return people.some((p) => {
    const known = normalizeName(p?.name || "").toLowerCase();
    return !!known && (known === n || known.split(" ")[0] === n.split(" ")[0]);
  });
}

/** A deeper message in which `person` introduces someone: the message above it answers that introduction. */
export function answersIntroBy(person: Address, deeper: ThreadMessage[]): boolean {
  return deeper.some(
    (d) =>
      !!person.email &&
      d.from?.email === person.email &&
      isIntroduction(withoutSignOff(d.body.slice(0, SCAN_CHARS), d.from)),
  );
}

/** Two people writing from one company's own domain (not a free mailbox's). */
export function sameOwnDomain(a: Address | undefined, b: Address): boolean {
  const d = a?.email ? domainOf(a.email) : "";
  return !!d && !!b.email && d === domainOf(b.email) && !isFreeMailDomain(d);
}

/** The recipient outside the owner's side whose display name starts with `name` (a family name): that person. */
export function addressed(name: string, recipients: Address[], side: OwnerSide): Address | undefined {
  const key = name.replace(/\s+/g, "");
  return recipients.find((a) => a.email && !side.has(a) && a.name.replace(/\s+/g, "").startsWith(key));
}
