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
  note = "",
): boolean {
  if (leadMessage.to.some(isOwnerOrColleague) || leadMessage.cc.some(isOwnerOrColleague)) return true;
  return carriesBusinessName(forwarder, ownerEmails, note);
}

/** The business's own domains, as their first label's letters ("fontaine-paysages.example" -> "fontainepaysages"). */
const businessLabels = (ownerEmails: string[]) =>
  ownerEmails
    .map((e) => domainOf(e.toLowerCase()))
    .filter((d) => d && !isFreeMailDomain(d))
    .map((d) => d.split(".")[0].replace(/[^\p{L}]+/gu, ""));

/**
 * A person on a free mailbox who is the business's own: its domain carries their name (the owner of "dapurdewi.…"
 * writing as "Dewi Lestari" from Yahoo, a partner "Dana Reyes" of "reyesandkim.…"), or they sign their note with
 * the business's name ("Accueil - Fontaine Paysages" for fontaine-paysages.…, any language).
 */
export function carriesBusinessName(forwarder: Address, ownerEmails: string[], note = ""): boolean {
  if (!isFreeMailDomain(domainOf(forwarder.email))) return false;
  const words = (forwarder.name || "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4);
  const labels = businessLabels(ownerEmails);
  if (labels.some((label) => words.some((w) => label.includes(w)))) return true;
  const signed = note
    .slice(-300)
    .split(/\r?\n/)
    .map((l) => l.toLowerCase().replace(/[^\p{L}]+/gu, ""));
  return labels.some((label) => label.length >= 6 && signed.some((l) => l.length < 60 && l.includes(label)));
}
