// A sender forwarding their own earlier mail to the owner again ("Forwarding my earlier mail as I got no reply").
import type { Address } from "../contact/email";
import type { ThreadMessage } from "./thread";

/**
 * The forwarder wrote the forwarded message themselves, to the owner (Yahoo's "----- Forwarded Message -----", Gmail,
 * Outlook; any language): they chase their own unanswered request, so they are the one to follow up, not a colleague
 * of the owner passing someone on. A colleague forwarding their own sent mail wrote it to someone else.
 */
export function forwardsOwnMail(
  outerFrom: Address | undefined,
  messages: ThreadMessage[],
  isOwner: (a: Address | undefined) => boolean,
): boolean {
  if (!outerFrom?.email || isOwner(outerFrom)) return false;
  return messages.some((m) => m.from?.email === outerFrom.email && m.to.some((a) => isOwner(a)));
}
