// Numbers the owner's region cannot read: given for the one written for, or in a form.
import { TRUNK_ZERO_RE, TRUNK_ZERO_REGIONS } from "./message-details";
import { regionFromContext } from "./region-context";
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";
import { THEIR_NUMBER_RE } from "./prose-referral";

/**
 * "Please ring Julie Whitfield on 07700 …" from her husband's mailbox, "llamar a mi madre al 611 …": the writer's text
 * above their sign-off (`own`) gives the number of the person written for. Read in the owner's region, then those the
 * text implies, then (a trunk "0" the region cannot read) the English-speaking regions that write one, as the
 * writer's own number is read (message-details.ts): any client, any language. When they have an address of their own
 * (`reachable`), only a text that sends the reader to them ("contact him directly: …", "ruf ihn an") gives theirs;
 * the whole message `m` (the writer's "Pty Ltd", number shapes, date zone) then names the country before the others.
 */
export function numberForPrincipal(
  own: string,
  region: string,
  reachable = false,
  m?: { body: string; date: string },
): string | undefined {
  if (reachable && !THEIR_NUMBER_RE.test(own)) return undefined;
  const context = m ? regionFromContext(m.body.slice(0, 4000), [m.date]) : undefined;
  const trunk = TRUNK_ZERO_RE.test(own) ? [...(context ? [context] : []), ...TRUNK_ZERO_REGIONS] : [];
  const regions = [region, ...regionHints(own), ...trunk];
  // One sentence a line, as a writer's own text is read for numbers (message-details.ts).
  const lines = own.replace(/([.!?])\s/g, "$1\n");
  for (const r of regions) {
    const phone = pickPhone(lines, r);
    if (phone) return phone;
  }
  return undefined;
}

/**
 * A form's number that neither the owner's region nor the notice's words read ("Phone: 086 555 0134" on a site
 * builder's notice): read in the region the notice's legal forms ("(Pty) Ltd"), a number's grouping or the mail's
 * date zone imply (region-context.ts).
 */
export function numberInShapeRegion(phone: string, m: { body: string; date: string }): string | undefined {
  const region = regionFromContext(m.body.slice(0, 4000), [m.date]);
  return region ? pickPhone(phone, region) : undefined;
}
