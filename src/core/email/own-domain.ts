// Their own domain in their messages: another address there that spells their name, and a site on it.
import { domainOf, findEmails, isFreeMailDomain, type Address } from "../contact/email";
import { bareHost, findWebsites } from "../contact/website";
import { addressSpellsName } from "./name-address";
import type { ThreadMessage } from "./thread";

/** Another address on their domain in the first 4 KB of their messages, whose local part spells their name. */
export function addressSpellingName(own: ThreadMessage[], person: Address): string | undefined {
  const domain = person.email ? domainOf(person.email) : "";
  if (!person.name || !domain || isFreeMailDomain(domain)) return undefined;
  for (const m of own)
    for (const e of findEmails(m.body.slice(0, 4000)))
      if (e !== person.email && domainOf(e) === domain && addressSpellsName(e, person.name)) return e;
  return undefined;
}

/** The first site in the last 2 KB of the person's messages whose host is their own (non-freemail) mail domain. */
export function siteOnOwnDomain(own: ThreadMessage[], person: Address): string | undefined {
  const domain = person.email ? domainOf(person.email) : "";
  if (!domain || isFreeMailDomain(domain)) return undefined;
  for (const m of own) {
    const tail = m.body.slice(0, 64 * 1024).slice(-2000);
    if (!tail.toLowerCase().includes(domain)) continue;
    const host = findWebsites(tail.replace(/\S*@\S+/g, " ")).find((h) => bareHost(h) === domain);
    if (host) return host;
  }
  return undefined;
}
