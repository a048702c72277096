// Which name a lead gets: the sender's display name, or the fuller name they sign with; mailbox and desk names.
import { looksLikeFormula } from "../lead";
import { isGenericMailbox, type Address } from "../contact/email";
import { nameFromLocalPart, normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { MAILBOX_NAMES_EN, personPart } from "./people";
import { fullerFirstName } from "./fuller-first-name";
import { cjkSurnameOnly } from "./cjk-surname-display";
import { asciiHeaderOfSigned, foldMarks, signedInOwnScript } from "./ascii-header-name";
import { opensWithDeskWord } from "./desk-words";
import { isLoginDisplay } from "./login-display";
import { addressedBySurname } from "./cjk-honorific-display";

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

/**
 * A shared mailbox's display name, en, then a department's by language (as contact/email.ts's generic mailboxes); a
 * desk or showroom ("Front Desk - Riverside Clinic" in Zoho/any client: en; hu "Bemutatóterem - …" showroom); a venue's
 * staffed booking desk (en Bookings, Reservations, Events; es/pt Reservas, de Reservierungen, nl Reserveringen, it Prenotazioni);
 * an accounts desk (en Accounting, Finance, Payroll; de Buchhaltung, Rechnungswesen; fr Compta, Comptabilité; es Contabilidad; it
 * Contabilità; pt Contabilidade; nl Boekhouding; sv Bokföring; da Bogholderi; nb Regnskap; pl Księgowość; cs Účtárna;
 * hu Könyvelés; ro Contabilitate).
 */
const MAILBOX_NAME_RE = new RegExp(
  `^(?:${MAILBOX_NAMES_EN}|purchasing|procurement|orders|einkauf|verkauf|vertrieb|indkøb|salg|innkjøp|inköp|försäljning|inkoop|verkoop|achats|ventes|compras|ventas|acquisti|vendite|zakupy|kundeservice|kundenservice|desk|frontdesk|showroom|bemutatóterem|ügyfélszolgálat|bookings?|reservations?|reservas|reservierungen|reserveringen|prenotazioni|events?|accounting|finance|payroll|buchhaltung|compta|rechnungswesen|comptabilité|contabilidad|contabilità|contabilidade|boekhouding|bokföring|bogholderi|regnskap|księgowość|účtárna|könyvelés|contabilitate)$`,
  "iu",
);

/** A shared mailbox shown by its desk's name ("Procurement <procurement@…>", "Einkauf <einkauf@…>"). */
export function isDeskMailbox(a: Address): boolean {
  return (
    !!a.name &&
    isGenericMailbox(a.email) &&
    a.name
      .trim()
      .split(/\s+/)
      .every((w) => MAILBOX_NAME_RE.test(w))
  );
}

/**
 * Two full names joined by "and" in the writer's language: en and/&, fr et, de und, es y, it/pt e, nl en, sv och,
 * nb/da og, pl i/oraz, cs a.
 */
const COUPLE_RE =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){1,3}?)\s+(?:[Aa]nd|&|[Ee]t|[Uu]nd|[Yy]|[Ee]|[Ee]n|[Oo]ch|[Oo]g|[Ii]|[Oo]raz|[Aa])\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*$/u;

/** The display name, unless the signature gives the fuller name of the same person or the display name is a mailbox's. */
export function chooseName(
  display: string | undefined,
  signed: string | undefined,
  raw = "",
): string | undefined {
  // A couple signing together ("Camille Roussel et Julien Faure"): the first is the writer (the one the header names).
  if (signed && display) signed = COUPLE_RE.exec(signed)?.[1] ?? signed;
  if (!display) return signed;
  if (!signed || looksLikeFormula(display)) return display;
  if (
    // "Sales", "Info Desk", "Acme Sales" (Outlook's "Acme Sales <sales@…> On Behalf Of Jane Doerr"): a mailbox's name.
    display.split(/\s+/).some((w) => MAILBOX_NAME_RE.test(w)) ||
    COMPANY_WORDS_RE.test(display) ||
    opensWithDeskWord(display) ||
    // "Bmarsh82": a login shown as the display name (a digit is in no one's name).
    isLoginDisplay(display)
  )
    return signed;
  return signed.toLowerCase().startsWith(`${display.toLowerCase()} `) ||
    addsMiddle(display, signed) ||
    initialOnly(display, signed) ||
    accentsAdded(display, signed) ||
    turnedRound(display, signed) ||
    shortFirstName(display, signed) ||
    goesByNickname(raw, display, signed) ||
    fullerFirstName(display, signed) ||
    cjkSurnameOnly(display, signed) ||
    asciiHeaderOfSigned(display, signed) ||
    signedInOwnScript(display, signed) ||
    addressedBySurname(display, signed)
    ? signed
    : display;
}

const nameWords = (s: string) => s.toLowerCase().split(/\s+/);

/** The letters ASCII spells out in two (de ä/ö/ü/ß, da/nb æ/ø/å, sv å): "Mueller" for "Müller", "Groenlund". */
const SPELLED_OUT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", ø: "oe", å: "aa" };

/**
 * "Rene Lefevre" signed "René Lefèvre", "Hans Mueller" signed "Hans Müller": a header written without the accents
 * the person signs with (dropped, or spelled out as German and Nordic ASCII writes them).
 */
function accentsAdded(display: string, signed: string): boolean {
  const spelled = (t: string) => foldMarks(t.toLowerCase().replace(/[äöüßæøå]/g, (c) => SPELLED_OUT[c]));
  const plain = foldMarks(display);
  return (
    display !== signed &&
    /^[\x20-\x7e]+$/.test(display) &&
    (plain === foldMarks(signed) || plain === spelled(signed))
  );
}

/**
 * 'Harold "Hal" Dominguez' signed "Hal Dominguez" (Gmail, Outlook quote it: "Harold \"Hal\" …"): the nickname the
 * header quotes is the one they go by when they sign with it (quotes, or brackets where a header keeps them).
 */
function goesByNickname(raw: string, display: string, signed: string): boolean {
  const nick = /\S\s+["“'(]([^"“”'()]{1,20})["”')]\s+\S/u.exec(raw)?.[1]?.trim().toLowerCase();
  const a = nameWords(display);
  const b = nameWords(signed);
  return !!nick && b.length === 2 && b[0] === nick && a[a.length - 1] === b[1];
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
