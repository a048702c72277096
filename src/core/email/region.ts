// The phone region a lead's details imply: a ccTLD of their address, else the ledger's default.
import { isSupportedCountry } from "libphonenumber-js/min";

// Country-code domains used as generic names (.co, .io …) say nothing about where someone is.
const GENERIC_CC = new Set([
  "co",
  "io",
  "tv",
  "me",
  "ai",
  "ly",
  "fm",
  "am",
  "gg",
  "to",
  "ws",
  "cc",
  "app",
  "dev",
  "so",
  "sh",
  "im",
]);
const TLD_REGION: Record<string, string> = { uk: "GB", eu: "", su: "RU" };

/** "hwalsh@walsh-logistics.co.uk" -> "GB"; ".com" or a generic ccTLD -> `fallback`. */
export function regionFromEmail(email: string | undefined, fallback: string): string {
  const tld = (email ?? "").toLowerCase().replace(/^.*\./, "");
  if (!tld || GENERIC_CC.has(tld)) return fallback;
  const mapped = TLD_REGION[tld];
  if (mapped !== undefined) return mapped || fallback;
  const up = tld.toUpperCase();
  return tld.length === 2 && isSupportedCountry(up) ? up : fallback;
}
