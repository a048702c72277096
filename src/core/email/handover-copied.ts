// A contact handing their matter over to a colleague they copy and name ("My colleague Eric Lund (cc'd) is taking over").
import { domainOf, isFreeMailDomain } from "../contact/email";
import { named } from "./copied-said";
import { HANDOVER_RE, HANDS_OVER_RE } from "./cues";
import type { OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * An outside writer says the matter passes to someone (HANDS_OVER_RE, HANDOVER_RE: "is taking over", "tar över",
 * "übernimmt", "will take it from here") and copies a colleague on their own company's domain whom the text names:
 * the one to follow up from now on is that colleague (any client, any language the tables know).
 */
export function handsOverToCopied(m: ThreadMessage, own: string, side: OwnerSide): boolean {
  const from = m.from;
  if (!from?.email || side.has(from)) return false;
  const text = own.slice(0, 4000);
  if (!HANDS_OVER_RE.test(text) && !HANDOVER_RE.test(text)) return false;
  const lower = text.toLowerCase();
  const domain = domainOf(from.email);
  if (isFreeMailDomain(domain)) return false;
  return [...m.to, ...m.cc].some(
    (a) =>
      !!a.email && a.email !== from.email && !side.has(a) && domainOf(a.email) === domain && named(lower, a),
  );
}
