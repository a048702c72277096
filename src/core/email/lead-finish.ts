// The chosen person and the details read for them to the lead's fields: the name to show, their own address over a
// shared or delegate's one, a title out of capitals, a company that is not a mail provider's name.
import type { Lead } from "../lead";
import { domainOf, isGenericMailbox, type Address } from "../contact/email";
import { nameFromLocalPart } from "../contact/name";
import { bareHost } from "../contact/website";
import { companyBesidePerson } from "./display-company";
import { chooseName, cleanName } from "./display-name";
import { ownScriptOfMixed } from "./ascii-header-name";
import { addressSpellsName } from "./name-address";
import { signedOverShortDisplay } from "./display-short";
import { signedOverNonPersonDisplay } from "./display-not-person";
import type { ContactDetails } from "./signature";

const MAILBOX_COMPANY_RE =
  /^(?:gmail|google|yahoo|outlook|hotmail|live|icloud|aol|gmx|web\.de|proton(?:mail)?|mail)$/i;

/** "OWNER" / "VP OF SALES" -> "Owner" / "VP of Sales": all-capitals words of a title, short acronyms kept. */
function titleCase(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title.replace(/\p{L}+/gu, (w) =>
    w.length <= 3 && !/^(?:OF|AND|THE|DE|DU|LA|DES|ET|Y|UND)$/.test(w)
      ? w
      : w.length <= 3
        ? w.toLowerCase()
        : w[0] + w.slice(1).toLowerCase(),
  );
}

/**
 * ko/ja/zh signatures write the title and the name on one line ("실장 이지은", "部長 佐藤 花子"): the title without the
 * lead's own name at either end; a title that is only the name is no title.
 */
function withoutOwnName(title: string, name: string): string {
  const n = name.trim();
  if (n.length < 2 || !/\s/.test(title)) return title;
  const cut = title.startsWith(n)
    ? title.slice(n.length)
    : title.endsWith(n)
      ? title.slice(0, -n.length)
      : title;
  return /^[\s,|·]|[\s,|·]$/.test(cut) && cut.trim() ? cut.replace(/^[\s,|·]+|[\s,|·]+$/g, "") : title;
}

/** The chosen person and the details read for them as the lead's fields. */
export function finish(d: ContactDetails, person: Address | undefined): Lead {
  const lead: Lead = {};
  // "王晓明 Kevin Wang": the name in the writer's own script, without the English name added for foreign readers.
  const shown = cleanName(person?.name);
  const display = ownScriptOfMixed(shown) ?? shown;
  const signed = ownScriptOfMixed(d.name) ?? d.name;
  const name =
    signedOverShortDisplay(display, signed, person?.email ?? "") ??
    signedOverNonPersonDisplay(display, signed, d.company) ??
    chooseName(display, signed, person?.name) ??
    (person?.email ? nameFromLocalPart(person.email.split("@")[0]) : "");
  if (name) lead.name = name;
  // A shared mailbox (info@, sales@) gives way to the person's own address in their signature, same domain.
  // So does a delegate's (Outlook "Claire Bishop <cbishop@…> On Behalf Of Robert Tamsin", "workplace@… On Behalf Of
  // Jane Doe"): the address signed under the name is the person's own when it spells their name and the shown one does not.
  // By the chosen name or by the shown one: the signed address spells it and the shown address does not.
  const spellsRather = (n: string | undefined) =>
    addressSpellsName(d.email ?? "", n) && !addressSpellsName(person?.email ?? "", n);
  const own =
    d.email &&
    person?.email &&
    !isGenericMailbox(d.email) &&
    domainOf(d.email) === domainOf(person.email) &&
    (isGenericMailbox(person.email) || spellsRather(name) || spellsRather(person.name));
  if (person?.email) lead.email = own ? d.email : person.email;
  if (d.phone) lead.phone = d.phone;
  if (d.title) lead.title = titleCase(withoutOwnName(d.title.replace(/[.,;]+$/, "").trim(), name));
  if (d.company && !MAILBOX_COMPANY_RE.test(d.company.trim()))
    lead.company = d.company.replace(/[,;]+$/, "").trim();
  // Nothing signed: the company their display name carries ("Jo Lee (Lee Law LLP)").
  else if (!d.company) {
    const shown = companyBesidePerson(person);
    if (shown) lead.company = shown;
  }
  if (d.website) lead.website = bareHost(d.website);
  return lead;
}
