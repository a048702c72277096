// The number a relative or assistant gives in their own text for the one they write for, who has no address here.
import { TRUNK_ZERO_RE, TRUNK_ZERO_REGIONS } from "./message-details";
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";

/**
 * "Please ring Julie Whitfield on 07700 …" from her husband's mailbox, "llamar a mi madre al 611 …": the writer's text
 * above their sign-off (`own`) gives the number of the person written for. Read in the owner's region, then those the
 * text implies, then (a trunk "0" the region cannot read) the English-speaking regions that write one, as the
 * writer's own number is read (message-details.ts): any client, any language.
 */
export function numberForPrincipal(own: string, region: string): string | undefined {
  const regions = [region, ...regionHints(own), ...(TRUNK_ZERO_RE.test(own) ? TRUNK_ZERO_REGIONS : [])];
  // One sentence a line, as a writer's own text is read for numbers (message-details.ts).
  const lines = own.replace(/([.!?])\s/g, "$1\n");
  for (const r of regions) {
    const phone = pickPhone(lines, r);
    if (phone) return phone;
  }
  return undefined;
}
