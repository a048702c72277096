// A forwarder on a free mailbox who is the business's own person, not an outside contact passing a lead on.
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";

/**
 * True when the person who forwarded the message is inside the business although their mailbox is not (a personal
 * Yahoo or Gmail): the forwarded message was addressed to the business ("To: contact@owner-firm…", so they read it
 * in the business's own mailbox), or the business's domain carries their name (the owner of "dapurdewi.…" writing as
 * "Dewi Lestari" from Yahoo). Such a forward is an inbound inquiry passed to a colleague, not a referral.
 */
export function isInsideForwarder(
  forwarder: Address,
  leadMessage: { to: Address[]; cc: Address[] },
  isOwnerOrColleague: (a: Address) => boolean,
  ownerEmails: string[],
): boolean {
  if (leadMessage.to.some(isOwnerOrColleague) || leadMessage.cc.some(isOwnerOrColleague)) return true;
  if (!isFreeMailDomain(domainOf(forwarder.email))) return false;
  const words = (forwarder.name || "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4);
  return ownerEmails
    .map((e) => domainOf(e.toLowerCase()))
    .filter((d) => d && !isFreeMailDomain(d))
    .some((d) => {
      const label = d.split(".")[0].replace(/[^\p{L}]+/gu, "");
      return words.some((w) => label.includes(w));
    });
}
