// A department's mailbox that names, in its text, the person to deal with and their own address: that person.
import { domainOf, findEmails, isFreeMailDomain, isGenericMailbox, type Address } from "../contact/email";
import { isDepartment } from "./departments";
import { nameForAddress } from "./name-address";

/**
 * The words a shared desk's display name is built with around its function ("Ufficio Acquisti", "Purchasing Team",
 * "Service Achats", "Abteilung Einkauf"): en office/team/department/dept/desk, it ufficio/reparto/servizio, es/pt
 * departamento/oficina/servicio/serviço/setor, fr service/bureau/département, de Abteilung/Büro/Team, nl/da afdeling,
 * nb avdeling, sv avdelning, pl dział, cs/sk oddělení/oddelenie, ro departamentul/biroul.
 */
const DESK_WORD_RE =
  /^(?:office|team|department|dept\.?|desk|ufficio|reparto|servizio|departamento|oficina|servicio|serviço|setor|sector|service|bureau|département|abteilung|büro|afdeling|avdeling|avdelning|dział|oddělení|oddelenie|departamentul|biroul)$/iu;

/** A display name that is a desk's, not a person's: a department's name, or a desk word before or after one word. */
export function isDeskName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (!name.trim() || words.length > 4) return false;
  return isDepartment(name) || (words.length >= 2 && words.some((w) => DESK_WORD_RE.test(w)));
}

/**
 * Procurement desks, front offices and shared team mailboxes (any client, any language) write as the desk and name the
 * person the matter is for with that person's own address ("Il referente tecnico è l'Ing. Marco Rinaldi …
 * marco.rinaldi@…", "please contact our project lead Ana Costa, ana.costa@…"): the one address in the desk's text,
 * other than its own, whose local part spells a name written there.
 */
export function deskContact(
  own: string,
  writer: Address | undefined,
  isCandidate: (a: Address) => boolean,
): Address | undefined {
  if (!writer?.email || !own.includes("@")) return undefined;
  // A company's shared mailbox (office@, info@) a secretary or school office writes from, whatever name it shows
  // ("Noa Levi <office@…>"): only an address on the mailbox's own domain is the colleague it writes for.
  const desk = !!writer.name && isDeskName(writer.name);
  const domain = domainOf(writer.email);
  const shared = !desk && isGenericMailbox(writer.email) && !isFreeMailDomain(domain);
  if (!desk && !shared) return undefined;
  const text = own.slice(0, 4000);
  const found = findEmails(text)
    .filter((e) => e !== writer.email.toLowerCase() && isCandidate({ name: "", email: e }))
    .filter((e) => desk || domainOf(e) === domain)
    .map((email) => ({ name: nameForAddress(text, email), email }))
    .filter((a) => a.name.includes(" "));
  const distinct = new Set(found.map((a) => a.email));
  return distinct.size === 1 ? found[0] : undefined;
}
