// A display name that is the company the sender signs for: "Berger Metallbau" over the signature's "Berger Metallbau GmbH".
import type { Address } from "../contact/email";
import { LEGAL_FORMS_SOURCE } from "../contact/legal-forms";

const ONLY_LEGAL_FORM_RE = new RegExp(`^,?\\s*(?:${LEGAL_FORMS_SOURCE})\\.?$`, "iu");

/**
 * The company line of `body` that is the sender's display name followed by a legal form ("Berger Metallbau" and
 * "Berger Metallbau GmbH", "Lakeside Dental" and "Lakeside Dental Pty Ltd"): the display name is the company's, not
 * a person's, whatever the mailbox (info@ or the person's own). Any language whose legal forms the table knows.
 */
export function companyLineOfDisplayName(a: Address, body: string): string | undefined {
  const shown = a.name.trim().replace(/^["']|["']$/g, "");
  if (shown.length < 3 || !/\p{L}/u.test(shown)) return undefined;
  const key = shown.toLowerCase();
  for (const raw of body.slice(-4000).split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length <= shown.length || line.length > shown.length + 24) continue;
    if (line.toLowerCase().startsWith(key) && ONLY_LEGAL_FORM_RE.test(line.slice(shown.length))) return line;
  }
  return undefined;
}
