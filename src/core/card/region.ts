// The country a card's numbers are written in: from a country-code domain, else a number's own +code, else the default.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/** Country-code top-level domains (and second-level forms) to the region libphonenumber expects. */
const TLD_REGION: Record<string, string> = {
  ca: "CA",
  us: "US",
  fr: "FR",
  de: "DE",
  es: "ES",
  it: "IT",
  uk: "GB",
  mx: "MX",
  at: "AT",
  ch: "CH",
  be: "BE",
  nl: "NL",
  ie: "IE",
  au: "AU",
  nz: "NZ",
  pt: "PT",
  br: "BR",
  ar: "AR",
  cl: "CL",
  co: "CO",
  pe: "PE",
  lu: "LU",
  se: "SE",
  dk: "DK",
  no: "NO",
  fi: "FI",
  pl: "PL",
  jp: "JP",
  in: "IN",
  za: "ZA",
  sg: "SG",
  hk: "HK",
};

function regionOfHost(host: string): string | undefined {
  const parts = host.toLowerCase().split(".");
  const tld = parts[parts.length - 1];
  // "co" alone is also used as a generic TLD (oakandiron.co): only trust it as Colombia with a second level.
  if (tld === "co" && parts.length < 3) return undefined;
  return TLD_REGION[tld];
}

export function regionOfCard(emails: string[], websites: string[], text: string, fallback: string): string {
  for (const host of [...emails.map((e) => e.slice(e.indexOf("@") + 1)), ...websites]) {
    const r = regionOfHost(host);
    if (r) return r;
  }
  for (const m of text.matchAll(/\+\s?\d[\d\s().-]{6,}\d/g)) {
    try {
      const country = parsePhoneNumberFromString(m[0].replace(/\(0\)/, ""))?.country;
      if (country) return country;
    } catch {
      // not a number after all
    }
  }
  return fallback;
}
