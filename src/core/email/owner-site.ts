// The owner's own site is never the lead's: a chat or form widget's "Website:" line names the site it sits on.
import { domainOf, isFreeMailDomain } from "../contact/email";
import { bareHost } from "../contact/website";

/**
 * True when `site` is on the mail domain of one of the owner's addresses (not a free-mail one) and the lead's own
 * address is elsewhere: "Website: ridge-coffee.example" heading a live-chat transcript (LiveChat, tawk.to, Intercom)
 * sent to owner@ridge-coffee.example names the owner's site, not the visitor's. A colleague on the owner's domain
 * keeps it.
 */
export function isOwnerSite(site: string, ownerEmails: string[], leadEmail: string | undefined): boolean {
  const host = bareHost(site).toLowerCase();
  if (leadEmail && domainOf(leadEmail).toLowerCase() === host) return false;
  return ownerEmails.some((e) => {
    const d = domainOf(e).toLowerCase();
    return !!d && !isFreeMailDomain(d) && (host === d || host.endsWith(`.${d}`));
  });
}
