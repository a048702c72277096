// The same person writing from a second address (a personal one while the office's is down): their other messages.
import { normalizeName } from "../contact/name";
import { readSignature, type ContactDetails } from "./signature";
import type { ThreadMessage } from "./thread";

/**
 * What the signature of an earlier message signed with the same full name (two words or more, as the header shows
 * it) but sent from another address gives: phone, company and title, never that other address or its site. Any
 * client: "Geneviève Tremblay <gen.tremblay77@…>" answering the thread her "… <gtremblay@fromagerie…>" opened.
 */
export function fromSameNameElsewhere(
  person: { name: string; email: string },
  messages: ThreadMessage[],
  region: string,
): ContactDetails {
  const name = normalizeName(person.name).toLowerCase();
  if (!person.email || name.split(/\s+/).length < 2) return {};
  for (const m of messages) {
    const from = m.from;
    if (!from?.email || from.email === person.email || normalizeName(from.name).toLowerCase() !== name)
      continue;
    const { phone, company, title } = readSignature(m.body, from, region);
    if (phone || company || title)
      return { ...(phone ? { phone } : {}), ...(company ? { company } : {}), ...(title ? { title } : {}) };
  }
  return {};
}
