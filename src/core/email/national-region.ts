// A national number the owner's +1 region can read that the mail's own language places in another country's mobiles.
import { isMobileNumber, toE164 } from "../contact/phone";
import { regionOfHost } from "../contact/region";
import { regionHints } from "./region-language";

/**
 * `e164` read in `region` (+1) from a number written without its country code, when the mail is written in another
 * country's language and the same digits are a mobile there: that country's number ("il suo cellulare è 347 555 0192"
 * in an Italian mail is +39 347…, not New York's 347). A number written with "+1" or "001" stays, and so does one
 * of a person whose address is on a country's domain.
 */
export function inWrittenCountry(
  e164: string,
  text: string,
  region: string,
  email?: string,
): string | undefined {
  if (!e164.startsWith("+1") || !["US", "CA"].includes(region)) return undefined;
  // An address on a country's domain ("…@forno-gallo.example.ca") says where they are, whatever the language.
  if (regionOfHost((email ?? "").replace(/^.*@/, ""))) return undefined;
  const national = e164.slice(2);
  const sample = text.slice(0, 8000);
  const written = new RegExp(national.split("").join("[\\s().-]*")).exec(sample);
  if (
    !written ||
    /(?:\+|\b00)\s*1[\s().-]*$/.test(sample.slice(Math.max(0, written.index - 6), written.index))
  )
    return undefined;
  for (const other of regionHints(sample)) {
    if (other === region || other === "US" || other === "CA") continue;
    const there = toE164(national, other);
    return there && isMobileNumber(there) ? there : undefined;
  }
  return undefined;
}
