// The country a card's numbers are written in: from a country-code domain, else a number's own +code, else the default.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { regionFromText, regionOfHost } from "../contact/region";

/** Country names (also in capitals) and postal-code shapes written on a card (its address) to their region. */
const ADDRESS_REGION: [RegExp, string][] = [
  [/\b(united kingdom|england|scotland|wales|uk)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/, "GB"],
  [/\b(canada|qu[ée]bec|ontario)\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/i, "CA"],
  [/\b(france)\b/i, "FR"],
  [/\b(deutschland|germany)\b/i, "DE"],
  [/\b(espa[ñn]a|spain)\b/i, "ES"],
  [/\b(m[ée]xico)\b/i, "MX"],
  [/\b(italia|italy)\b/i, "IT"],
  [/\b(schweiz|suisse|svizzera|switzerland)\b/i, "CH"],
  [/\b([öo]sterreich|austria)\b/i, "AT"],
  [/\b(belgique|belgi[ëe]|belgium)\b/i, "BE"],
  [/\b(nederland|netherlands)\b/i, "NL"],
  [/\b(australia)\b/i, "AU"],
  [/\b(ireland|[ée]ire)\b/i, "IE"],
];

/** Phone-label words that only one language writes, to the country most cards in that language come from. */
const LABEL_REGION: [RegExp, string][] = [
  [/\b(portable|t[ée]l[ée]c|bureau)\b/i, "FR"],
  [/\b(handy|mobil|telefon|durchwahl|b[üu]ro)\b/i, "DE"],
  [/\b(m[óo]vil|tel[ée]fono|oficina)\b/i, "ES"],
  [/\b(cellulare|ufficio)\b/i, "IT"],
];

/**
 * The regions to read a card's numbers in, most likely first: a country-code domain, a number's own
 * +code, the address (its country or city), the default, then the labels' language. A number takes the first region where it is valid.
 */
export function regionsOfCard(
  emails: string[],
  websites: string[],
  text: string,
  fallback: string,
): string[] {
  const out: string[] = [];
  const add = (r: string | undefined) => r && !out.includes(r) && out.push(r);
  for (const host of [...emails.map((e) => e.slice(e.indexOf("@") + 1)), ...websites])
    add(regionOfHost(host));
  for (const m of text.matchAll(/\+\s?\d[\d\s().-]{6,}\d/g)) {
    try {
      add(parsePhoneNumberFromString(m[0].replace(/\(0\)/, ""))?.country);
    } catch {
      // not a number after all
    }
  }
  for (const [re, r] of ADDRESS_REGION) if (re.test(text)) add(r);
  add(regionFromText(text)); // a city or country named as e-mail signatures name them ("Hamburg", "Lisboa")
  add(fallback);
  for (const [re, r] of LABEL_REGION) if (re.test(text)) add(r);
  return out;
}
