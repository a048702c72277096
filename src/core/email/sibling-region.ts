// The country of a text's numbers, told by a number beside the chosen one that only reads there.
import { findPhoneCandidates, regionOf, toE164 } from "../contact/phone";

/**
 * The first of `cues` (the regions a text's places, sign-off, language, legal form or dates name) in which another
 * number of the same text reads while it cannot read in `region`: "tel. 035 555 0147 - cell. 347 555 0162" under
 * Italian prose (a trunk "0" is never North American), "Ph: 080 5555 0134 | Mob: 98450 55501" in an Indian signature
 * (Outlook, en-IN). The mobile beside it, written without its country code, is that country's too, not a +1 that
 * happens to be valid. Numbers written with a "+" say their own country and are not read again.
 */
export function siblingRegion(text: string, region: string, cues: string[]): string | undefined {
  for (const r of cues) {
    if (r === region) continue;
    for (const f of findPhoneCandidates(text, r))
      if (!f.raw.includes("+") && !toE164(f.raw, region) && toE164(f.raw, r)) return r;
  }
  return undefined;
}

/**
 * `phone` read again by `read` in the region its sibling numbers name, when it now reads as `region`'s own; the new
 * reading is kept only when it is that region's number (a "+1 …" written out stays +1).
 */
export function inSiblingRegion(
  phone: string | undefined,
  text: string,
  region: string,
  cues: () => (string | undefined)[],
  read: (region: string) => string | undefined,
): string | undefined {
  if (!phone || regionOf(phone) !== region) return phone;
  const r = siblingRegion(text, region, [...new Set(cues().filter((c): c is string => !!c))]);
  const alt = r ? read(r) : undefined;
  return alt && regionOf(alt) === r ? alt : phone;
}
