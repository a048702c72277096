// A platform's message notice that names its member only in the Reply-To: that member as the sender. Any platform.
import { domainOf, type Address } from "../contact/email";
import { siteOf, VIA_LIST_RE } from "./list-mail";
import { fullSurname } from "./notification";

/**
 * Marketplaces, booking and review sites send "New message from Sarah L." from their own mailbox and put the member
 * in the Reply-To, as a relay that reaches them through the platform ("Sarah L. via HandyHire"
 * <reply+88213047@relay.handyhire.example>, Thumbtack, Houzz, Airbnb, Etsy style). The From keeps the platform's
 * address (its relay is no way to reach the member) under the member's name with the platform after "via", as list
 * software writes it, so the relay is read once (list-mail.ts). Only when the Reply-To's "via" names the From or its site.
 */
export function relayNamedSender(from: Address | undefined, replyTo: Address[]): Address | undefined {
  if (!from?.email || VIA_LIST_RE.test(from.name)) return undefined;
  const r = replyTo[0];
  const via = r?.name ? /\s+via\s+(.+)$/i.exec(r.name) : null;
  if (!r?.email || !via || !VIA_LIST_RE.test(r.name)) return undefined;
  const platform = via[1].trim().toLowerCase();
  const site = siteOf(domainOf(from.email));
  const sameSite = siteOf(domainOf(r.email)) === site;
  const named =
    platform === from.name.trim().toLowerCase() || site.startsWith(`${platform.replace(/\s+/g, "")}.`);
  return sameSite && named ? { name: r.name, email: from.email } : undefined;
}

/**
 * A platform's relay shows its member as "Gareth P." (the surname cut to its initial, "Gareth P. via HireTrades",
 * Thumbtack, Airbnb, marketplaces in any language) while the member signs their message in full ("… Gareth
 * Pemblett"): the name as the member writes it.
 */
export function withFullSurname(member: Address, text: string): Address {
  const full = /\s\p{Lu}\.?$/u.test(member.name) ? fullSurname(member.name.trim(), text) : undefined;
  return full ? { ...member, name: full } : member;
}
