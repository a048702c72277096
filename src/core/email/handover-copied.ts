// A contact handing their matter over to a colleague they copy and name ("My colleague Eric Lund (cc'd) is taking over").
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { nameOrGuess } from "../contact/name";
import { HANDOVER_RE, HANDS_OVER_RE } from "./cues";
import type { OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/** `a`'s first name or surname is a word of `text`. */
function namedIn(text: string, a: Address): boolean {
  const words = nameOrGuess(a)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 1);
  const lower = text.toLowerCase();
  return words.some((w) =>
    new RegExp(`(?<![\\p{L}])${w.replace(/[^\p{L}]/gu, ".")}(?![\\p{L}])`, "u").test(lower),
  );
}

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
  const domain = domainOf(from.email);
  if (isFreeMailDomain(domain)) return false;
  return [...m.to, ...m.cc].some(
    (a) =>
      !!a.email && a.email !== from.email && !side.has(a) && domainOf(a.email) === domain && namedIn(text, a),
  );
}
