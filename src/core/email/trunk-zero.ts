// A national number with a trunk "0" in English text that names no country: read in the English-speaking regions.
import { TRUNK_ZERO_RE, TRUNK_ZERO_REGIONS } from "./message-details";
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";

/**
 * `text`'s number read in the UK, Ireland, Australia or New Zealand in turn, when it is written with a trunk "0"
 * ("Phone: 01632 960555", "Number: 07700 900123") that `region` cannot read and `context` names no other country.
 */
export function trunkZeroPhone(text: string, region: string, context: string): string | undefined {
  if (!TRUNK_ZERO_RE.test(text) || regionHints(context.slice(0, 4000)).length) return undefined;
  for (const r of TRUNK_ZERO_REGIONS) {
    const phone = r === region ? undefined : pickPhone(text, r);
    if (phone) return phone;
  }
  return undefined;
}
