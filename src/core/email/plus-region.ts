// The countries a message's own "+CC" numbers name: a national number beside them is most likely of the same country.
import { regionOf, toE164 } from "../contact/phone";

const PLUS_NUMBER_RE = /\+\d[\d ().-]{6,18}\d/g;

/**
 * The regions of the numbers a text writes in international form ("T +32 2 555 01 40" in a Belgian signature), in
 * order: the country to read "0470 55 51 23" in, before the ones its language implies (French is also Belgium's).
 */
export function plusRegions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 4000).match(PLUS_NUMBER_RE) ?? []) {
    const e164 = toE164(m, "US");
    const r = e164 ? regionOf(e164) : undefined;
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}
