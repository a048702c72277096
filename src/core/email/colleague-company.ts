// The company a lead's colleague signs with, when the lead's own mail signs none ("Looping in Nora" above Dev's block).
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { readSignature } from "./signature";
import type { ThreadMessage } from "./thread";

/**
 * The company signed under the first message in the thread from another address on the person's own company domain
 * (never a free mailbox's): people at one firm sign with its name (any client, any language).
 */
export function colleaguesCompany(
  person: Address,
  messages: ThreadMessage[],
  region: string,
): string | undefined {
  const domain = person.email ? domainOf(person.email) : "";
  if (!domain || isFreeMailDomain(domain)) return undefined;
  for (const m of messages) {
    const from = m.from;
    if (!from?.email || from.email === person.email || domainOf(from.email) !== domain) continue;
    const company = readSignature(m.body, from, region).company;
    if (company) return company;
  }
  return undefined;
}
