// A company's shared mailbox (contact@, accueil@ …) shown by the company's name, and the first name that signs for it.
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { SIGN_OFF_RE } from "./sign-off-lines";

const plain = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * The company a shared mailbox's display name shows, as its domain spells it: every word of three letters or more in
 * the domain ("Mairie de Beaulieu" for accueil@mairie-beaulieu…, the "de" left out of the domain), and the desk
 * after a dash left off ("Mairie de Beaulieu - Accueil", "Hotel Lindenhof | Rezeption").
 */
export function companyShownByMailbox(a: Address): string | undefined {
  const domain = plain(domainOf(a.email)).replace(/[^a-z0-9]/g, "");
  if (!domain || isFreeMailDomain(domainOf(a.email))) return undefined;
  for (const part of [a.name, a.name.split(/\s+[-–—|]\s+/)[0]]) {
    const shown = part.replace(/^["'\s]+|["'\s]+$/g, "");
    const words = plain(shown)
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length >= 3);
    if (words.join("").length >= 4 && words.every((w) => domain.includes(w))) return shown;
  }
  return undefined;
}

/** One given name alone on a line ("Claire", "Jean-Marc"): capitalised, letters and a hyphen only. */
export const GIVEN_NAME_RE = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * The given name signed under the sign-off of a message sent from a company's shared mailbox ("Bonne soirée," /
 * "Claire" / "Ferme du Moulin - …"; any language the sign-off table knows), when the company's name follows it:
 * the person writing for the mailbox.
 */
export function firstNameSigned(body: string, company: string): string | undefined {
  const lines = body.slice(-3000).split(/\r?\n/);
  const key = plain(company).slice(0, 12);
  for (let i = lines.length - 2; i > 0; i--) {
    const line = lines[i].trim();
    if (
      !GIVEN_NAME_RE.test(line) ||
      !plain(lines[i + 1])
        .trim()
        .startsWith(key)
    )
      continue;
    let j = i - 1;
    while (j > 0 && !lines[j].trim()) j--;
    if (SIGN_OFF_RE.test(lines[j].trim())) return line;
  }
  return undefined;
}

/**
 * A given name alone under the last sign-off ("Kind regards," / "Tom"), as the staff of a desk's mailbox sign
 * ("Reception Hotel Sol" <reception@…>); any language the sign-off table knows.
 */
export function givenNameUnderSignOff(body: string): string | undefined {
  const lines = body
    .slice(-3000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (let i = lines.length - 1; i > 0; i--)
    if (GIVEN_NAME_RE.test(lines[i]) && SIGN_OFF_RE.test(lines[i - 1])) return lines[i];
  return undefined;
}
