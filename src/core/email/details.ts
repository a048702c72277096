// Everything the thread says about the chosen person: name, e-mail, phone, title, company, website.
import type { Lead } from "../lead";
import { looksLikeFormula } from "../lead";
import { domainOf, isFreeMailDomain, isGenericMailbox, localPart, type Address } from "../contact/email";
import { nameFromLocalPart, normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { TITLE_WORDS_RE } from "../contact/roles";
import { bareHost } from "../contact/website";
import type { Choice } from "./choose";
import { mentionsMobile, mobileInProse } from "../contact/phone-rank";
import { HANDS_OVER_RE, RELATION_BEFORE_NAME_RE } from "./cues";
import { withoutSignOff } from "./intro";
import { principalTitle } from "./written-for";
import { describedBySelf, describedInIntro } from "./described";
import { companyBesidePerson } from "./display-company";
import { fromIntro, fromOwnMessages, merge, nameParts, signatureInRegions } from "./message-details";
import { MAILBOX_NAMES_EN, personPart } from "./people";
import { regionFromEmail } from "../contact/region";
import { regionHints } from "./region-language";
import { pickPhone, readSignature, type ContactDetails } from "./signature";
import type { ThreadMessage } from "./thread";

const MAILBOX_COMPANY_RE =
  /^(?:gmail|google|yahoo|outlook|hotmail|live|icloud|aol|gmx|web\.de|proton(?:mail)?|mail)$/i;

/** A display name as the lead's name: formula-like text stays literal, anything else is normalised. */
export function cleanName(raw: string | undefined): string | undefined {
  const s = (raw || "").trim();
  if (!s) return undefined;
  if (looksLikeFormula(s)) return s;
  if (/@/.test(s)) return undefined;
  // "jane.doe" / "j_doe": a client that shows the address's local part as the display name (no name was set).
  if (/^[\p{L}\d]+(?:[._][\p{L}\d]+)+$/u.test(s)) return nameFromLocalPart(s) || undefined;
  return normalizeName(personPart(s)) || undefined;
}

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

/** A shared mailbox's display name, en, then a department's by language (as contact/email.ts's generic mailboxes). */
const MAILBOX_NAME_RE = new RegExp(
  `^(?:${MAILBOX_NAMES_EN}|purchasing|procurement|orders|einkauf|verkauf|vertrieb|indkøb|salg|innkjøp|inköp|försäljning|inkoop|verkoop|achats|ventes|compras|ventas|acquisti|vendite|zakupy|kundeservice|kundenservice)$`,
  "i",
);

/** The display name, unless the signature gives the fuller name of the same person or the display name is a mailbox's. */
function chooseName(display: string | undefined, signed: string | undefined): string | undefined {
  if (!display) return signed;
  if (!signed || looksLikeFormula(display)) return display;
  if (
    // "Sales", "Info Desk", "Acme Sales" (Outlook's "Acme Sales <sales@…> On Behalf Of Jane Doerr"): a mailbox's name.
    display.split(/\s+/).some((w) => MAILBOX_NAME_RE.test(w)) ||
    COMPANY_WORDS_RE.test(display)
  )
    return signed;
  return signed.toLowerCase().startsWith(`${display.toLowerCase()} `) ||
    addsMiddle(display, signed) ||
    initialOnly(display, signed) ||
    accentsAdded(display, signed) ||
    turnedRound(display, signed) ||
    shortFirstName(display, signed)
    ? signed
    : display;
}

const nameWords = (s: string) => s.toLowerCase().split(/\s+/);

/** "Rene Lefevre" signed "René Lefèvre": a header written without the accents the person signs with. */
function accentsAdded(display: string, signed: string): boolean {
  const fold = (t: string) =>
    t
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ł/g, "l")
      .replace(/Ł/g, "L")
      .toLowerCase();
  return display !== signed && /^[\x20-\x7e]+$/.test(display) && fold(display) === fold(signed);
}

/** "J. Petrakis" signed "Jane Petrakis": a directory's initial for the first name, the same surname. */
function initialOnly(display: string, signed: string): boolean {
  const a = nameWords(display);
  const b = nameWords(signed);
  return (
    a.length === 2 &&
    b.length >= 2 &&
    /^\p{L}\.?$/u.test(a[0]) &&
    b[0].length > 1 &&
    b[0][0] === a[0][0] &&
    a[1] === b[b.length - 1]
  );
}

/** "Lemaire Aurélie" signed "Aurélie Lemaire": a directory's surname-first display name (Outlook fr, hu, ja). */
function turnedRound(display: string, signed: string): boolean {
  const a = nameWords(display);
  const b = nameWords(signed);
  return a.length >= 2 && a.join(" ") !== b.join(" ") && [...a].sort().join(" ") === [...b].sort().join(" ");
}

/** "Bec Lindqvist" signed "Rebecca Lindqvist", "Chris Okoye" signed "Christopher Okoye": the full first name. */
function shortFirstName(display: string, signed: string): boolean {
  const a = nameWords(display);
  const b = nameWords(signed);
  return (
    a.length === 2 &&
    b.length === 2 &&
    a[1] === b[1] &&
    a[0].length >= 2 &&
    b[0].length > a[0].length &&
    /^\p{L}+$/u.test(b[0]) &&
    b[0].includes(a[0])
  );
}

/** "Lorna Petrakis" signed "Lorna K. Petrakis": the same first and last name, with a middle name or initial added. */
function addsMiddle(display: string, signed: string): boolean {
  const a = display.toLowerCase().split(/\s+/);
  const b = signed.toLowerCase().split(/\s+/);
  return b.length > a.length && a.length >= 2 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}

function finish(d: ContactDetails, person: Address | undefined): Lead {
  const lead: Lead = {};
  const name =
    chooseName(cleanName(person?.name), d.name) ??
    (person?.email ? nameFromLocalPart(person.email.split("@")[0]) : "");
  if (name) lead.name = name;
  // A shared mailbox (info@, sales@) gives way to the person's own address in their signature, same domain; so does a
  // mailbox that does not spell their name (Outlook's "workplace@… On Behalf Of Jane Doe") for one that does.
  const spells = (e: string) => nameParts(person?.name ?? "").some((w) => localPart(e).includes(w));
  const own =
    d.email &&
    person?.email &&
    (isGenericMailbox(person.email) || (!spells(person.email) && spells(d.email))) &&
    !isGenericMailbox(d.email) &&
    domainOf(d.email) === domainOf(person.email);
  if (person?.email) lead.email = own ? d.email : person.email;
  if (d.phone) lead.phone = d.phone;
  if (d.title) lead.title = titleCase(d.title.replace(/[.,;]+$/, "").trim());
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

/** "the one to talk to is their CFO, Martin Osei": a title written just before the name (en, with its article). */
function titleBeforeName(text: string, name: string): string | undefined {
  const flat = text.replace(/\s+/g, " ");
  const at = name ? flat.indexOf(normalizeName(name)) : -1;
  if (at < 0) return undefined;
  const parts = flat.slice(0, at).split(/\b(?:their|the|his|her)\s+/i);
  const last = parts.length > 1 ? parts[parts.length - 1].replace(/,?\s*$/, "") : "";
  // "the owner who decides is Leontine Okafor": a clause, not a title.
  const clause =
    /\b(?:is|was|are|who|that|which)\b/i.test(last) || RELATION_BEFORE_NAME_RE.test(`my ${last} `);
  return /^[\p{L}&. -]{2,40}$/u.test(last) && !clause && TITLE_WORDS_RE.test(last) ? last : undefined;
}

/** Two addresses on one company's own domain (not a free mailbox's). */
function sameCompanyDomain(a: string, b: string): boolean {
  const d = domainOf(a);
  return !!d && d === domainOf(b) && !isFreeMailDomain(d);
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]/gu, "");

/**
 * The company a shared mailbox (info@, office@ …) shows as its display name: one its domain spells ("Summit Yoga"
 * for info@summityoga.example, "Lakeside Dental" for office@lakeside-dental.example).
 */
function companyOnMailbox(a: Address): string | undefined {
  if (!a.email || !isGenericMailbox(a.email)) return undefined;
  const shown = letters(a.name);
  return shown.length >= 4 && letters(domainOf(a.email)).includes(shown) ? a.name.trim() : undefined;
}

/**
 * A business card (or signature) the owner typed into their note for the chosen person: the note holds their address
 * or their name on a line of its own, and the lines around it are read as a signature block. The number is read in
 * the region the note implies when the address's region cannot read it ("Mobil 070-555 01 62" in a Swedish note).
 */
export function cardInNote(
  note: string,
  person: Address,
  defaultRegion: string,
  context = "",
): ContactDetails {
  if (!person.email || !note.toLowerCase().includes(person.email)) return {};
  const region = regionFromEmail(person.email, defaultRegion);
  // The note's language, else the forwarded message's ("Hej Oskar!" under a Swedish card).
  return signatureInRegions(note, person, region, `${note}\n${context}`);
}

/** The lead's fields for a choice, reading the thread's messages. */
export function leadDetails(
  choice: Choice,
  messages: ThreadMessage[],
  defaultRegion: string,
  outerDate = "",
): Lead {
  if (choice.kind === "form") {
    const f = choice.form;
    const region = regionFromEmail(f.email, defaultRegion);
    const lead: Lead = {};
    const name = cleanName(f.name);
    if (name) lead.name = name;
    if (f.email) lead.email = f.email.toLowerCase();
    // A number written without its country code is read in the region the form's own text implies ("PLZ/Ort:
    // 10115 Berlin", a French form's words) when the address's region gives no valid one.
    const phone = f.phone
      ? (pickPhone(f.phone, region) ??
        regionHints(choice.message.body.slice(0, 4000))
          .map((r) => pickPhone(f.phone || "", r))
          .find(Boolean))
      : undefined;
    if (phone) lead.phone = phone;
    if (f.company) lead.company = f.company;
    if (f.title) lead.title = f.title;
    if (f.website) lead.website = bareHost(f.website);
    // A helpdesk ticket quotes the requester's own message: their signature (under their own name line) gives
    // what the fields lack.
    const sig =
      name && lead.email && !f.company && !f.title
        ? readSignature(choice.message.body, { name, email: lead.email }, region)
        : undefined;
    if (sig && sig.name?.toLowerCase() === name?.toLowerCase()) {
      if (sig.company) lead.company = sig.company;
      if (sig.title) lead.title = sig.title;
      if (sig.phone && !lead.phone) lead.phone = sig.phone;
    }
    return lead;
  }
  const region = regionFromEmail(choice.person.email, defaultRegion);
  // "Summit Yoga <info@summityoga…>": the shared mailbox shows the company; the person is the one who signs.
  const shown = companyOnMailbox(choice.person);
  const person = shown ? { name: "", email: choice.person.email } : choice.person;
  // A message the choice wrote for the person (an auto-reply's lines about the colleague it names) is theirs too.
  const theirs = messages.includes(choice.message) ? messages : [choice.message, ...messages];
  const d = fromOwnMessages(person, theirs, region, outerDate);
  if (shown && !d.name) person.name = shown;
  else if (shown) d.company ??= shown;
  // One the note names as deciding who only was copied ("Looping in Nora, our new Director of Procurement"): the
  // message that brought them in introduces them, like an introduction.
  const handedTo =
    choice.kind === "sender" && !!choice.namedIn && choice.message.from?.email !== person.email;
  if (choice.kind === "intro" || handedTo) {
    // An assistant writing for them (same company domain) signs with the company they share.
    const by = choice.kind === "intro" ? choice.introducer : choice.message.from;
    // So does a colleague handing the matter over to them ("übernimmt meine Kollegin …", same domain).
    const colleague =
      choice.kind === "intro"
        ? choice.onBehalf || HANDS_OVER_RE.test(choice.message.body.slice(0, 4000))
        : true;
    // Known from the note only: the writer's company only when the note's address is on the writer's domain.
    const unknown = !person.email && !(choice.kind === "sender" && choice.noteOnly);
    if (
      colleague &&
      !d.company &&
      by?.email &&
      (unknown || (!!person.email && sameCompanyDomain(by.email, person.email)))
    ) {
      const company = readSignature(choice.message.body, by, region).company;
      if (company) d.company = company;
    }
    // An assistant giving the principal's mobile ("his mobile is …") beats a line in the principal's own signature.
    const said = fromIntro(choice.message, by, person, region);
    // "Executive Assistant to Dr. X, Principal Orthodontist" under the assistant's mail: X's title.
    if (choice.kind === "intro" && choice.onBehalf && !d.title)
      d.title = principalTitle(choice.message.body, person.name);
    if (choice.kind === "intro" && choice.onBehalf && d.phone && d.phoneKind !== "mobile" && said.phone) {
      const text = withoutSignOff(choice.message.body, by).replace(/([.!?])\s/g, "$1\n");
      const mobile = mentionsMobile(text) ? mobileInProse(text, region) : undefined;
      if (mobile) d.phone = mobile;
    }
    merge(d, said);
  }
  // A stand-in an auto-reply names on its writer's own domain works for the company the writer signs for.
  const away = choice.kind === "sender" ? choice.deputyOf : undefined;
  if (away?.from?.email && !d.company && person.email && sameCompanyDomain(away.from.email, person.email))
    d.company = readSignature(away.body, away.from, region).company;
  // The title the auto-reply gives them ("mijn collega Sanne de Wit, inkoper, via …").
  if (away && !d.title) d.title = describedInIntro(choice.message.body, person, region).title;
  if (choice.kind === "sender") {
    if (!handedTo) merge(d, describedBySelf(choice.message.body, person, region));
    // "the decision maker is Wen Zhou (CFO, Harlow Freight Ltd)": what the note says about who they are.
    if (choice.namedIn) {
      const { title, company } = describedInIntro(choice.namedIn, person, region);
      merge(d, { title: title ?? titleBeforeName(choice.namedIn, person.name), company });
    }
  }
  return finish(d, person);
}
