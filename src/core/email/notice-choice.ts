// A system sender's notice (a web form, a voicemail transcript, a network's message alert) as the choice of lead.
import { domainOf, type Address } from "../contact/email";
import type { Choice } from "./choose";
import { anonymousVisitor, isPlaceholderVisitor } from "./chat-visitor";
import { readFormFields, readTranscript } from "./form";
import { headerLine } from "./forward-labels";
import { introducedInNotice } from "./notice-intro";
import { readNotification } from "./notification";
import { isWebsiteSender, type OwnerSide } from "./people";
import { isPhoneNotice } from "./phone-notice";
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";
import { SCAN_CHARS, type ThreadMessage } from "./thread";
import { trunkZeroPhone } from "./trunk-zero";
import { visitorTurns } from "./visitor-turns";

/** The person a system sender's message `m` gives (its fields, a transcript's caller, a notice's member), if any. */
export function noticeChoice(
  m: ThreadMessage,
  side: OwnerSide,
  region: string,
): Extract<Choice, { kind: "form" }> | undefined {
  const text = m.body.slice(0, SCAN_CHARS);
  let form = readFormFields(text);
  // A voicemail or call notification: who speaks in the transcript, and the number it gives.
  if (!form.email && !form.name && !form.phone) {
    const spoken = readTranscript(text);
    // The number the caller says ("call me back at …") before the notice's own lines ("To: Main Line …").
    const said = spoken.name ? text.slice(Math.max(0, text.indexOf(spoken.name))) : "";
    const lines = withoutCalledLine(said).replace(/([.!?])\s/g, "$1\n");
    // A number the default region cannot read is read in the region the caller's words imply ("Ring mig på
    // mobilen, 070-555 01 23" in Swedish).
    const phone = spoken.name
      ? (pickPhone(lines, region) ??
        regionHints(said.slice(0, 2000))
          .map((r) => pickPhone(lines, r))
          .find(Boolean) ??
        pickPhone(`${m.subject}\n${withoutCalledLine(text)}`.replace(/([.!?])\s/g, "$1\n"), region) ??
        trunkZeroPhone(withoutCalledLine(said), region, text))
      : undefined;
    const name = spoken.name ? callerIdName(text, spoken.name) : undefined;
    form = { ...spoken, ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
  }
  // A network's "X sent you a message" or a marketplace's "X wants a quote": the person the notice names,
  // their headline and what they wrote (the notice's own labelled fields first).
  if (!form.name) {
    const notifier = m.from?.email ? domainOf(m.from.email) : "";
    const excluded = (email: string) =>
      (!!notifier && domainOf(email) === notifier) || side.has({ name: "", email });
    const member = readNotification(m.subject, text, excluded, region);
    // A number the default region cannot read, in the region the member's words imply ("Ring mig gärna på
    // 070-555 01 23" in Swedish).
    const lines = withoutHelpLine(text).replace(/([.!?])\s/g, "$1\n");
    const phone =
      member && !form.phone
        ? (subjectPhone(m.subject, member.name, region, text) ??
          pickPhone(lines, region) ??
          regionHints(text.slice(0, 2000))
            .map((r) => pickPhone(lines, r))
            .find(Boolean) ??
          // A voicemail notice's "Caller: 07700 900123" in English that names no country (UK, IE, AU, NZ).
          trunkZeroPhone(withoutCalledLine(lines), region, text))
        : undefined;
    if (member) form = { ...member, ...(phone ? { phone } : {}), ...form };
    // The member's message introduces someone else ("I'd love to introduce you to …"): that person, passed on by them.
    const intro = member ? introducedInNotice(text, member, excluded, region) : undefined;
    if (intro)
      return { kind: "form", form: intro.form, message: m, website: false, passedBy: intro.passedBy };
  }
  // A chat widget's "Visitor #4471" is no name: the one the visitor gives in their own turns, else nobody.
  if (form.name && isPlaceholderVisitor(form.name)) {
    const { name: _label, ...rest } = form;
    form = { ...rest, ...anonymousVisitor(text, region) };
  }
  // A site chat's transcript: the number the visitor gives in their own turns, read in the region the transcript
  // implies ("Location: Melbourne" above "0491 570 173").
  if (form.name && !form.phone) {
    const said = visitorTurns(text, form.name);
    const phone = said
      ? (pickPhone(said, region) ??
        regionHints(text.slice(0, 4000))
          .map((r) => pickPhone(said, r))
          .find(Boolean))
      : undefined;
    if (phone) form = { ...form, phone };
  }
  // A missed call that left no message: the caller's number the phone system's notice gives (its subject first).
  if (!form.email && !form.name && !form.phone && isPhoneNotice(m.subject, text)) {
    const phone = pickPhone(`${m.subject}\n${withoutHelpLine(withoutCalledLine(text))}`, region);
    if (phone) form = { phone };
  }
  // A receipt or confirmation addressed to the owner lists the owner's own details: no lead in it.
  const owners = !!form.email && side.isOwnerOrColleague({ name: "", email: form.email.toLowerCase() });
  if ((form.email || form.name || form.phone) && !owners)
    return { kind: "form", form, message: m, website: !!m.from && fromWebsite(m.from, m.subject, text) };
  return undefined;
}

/**
 * The number a notice's subject writes in brackets right after the member's name ("New voicemail from Jo Reyes
 * (07700 900123) - 0:31", "Missed call from …"; phone systems, any language): the caller's, before any number of the
 * notice's own lines (the mailbox's, the line that was called).
 */
function subjectPhone(
  subject: string,
  name: string | undefined,
  region: string,
  text: string,
): string | undefined {
  const at = name ? subject.indexOf(`${name} (`) : -1;
  const bracket = at >= 0 ? /\(\+?[\d\s().-]{6,}\)/y : undefined;
  if (bracket && name) bracket.lastIndex = at + name.length + 1;
  const found = bracket?.exec(subject)?.[0];
  if (!found) return undefined;
  return (
    pickPhone(found, region) ??
    regionHints(text.slice(0, 2000))
      .map((r) => pickPhone(found, r))
      .find(Boolean) ??
    trunkZeroPhone(found, region, text)
  );
}

/**
 * A call notice's line for the number that was called ("To: Main Line (…)", de "An: Zentrale (…)", fr "À :", es/pt
 * "Para:", it "A:", nl "Naar:", sv "Till:", nb/da "Til:"): the owner's own line, never the caller's. A missed-call or
 * SMS gateway's footer names it too: en "… for line: Main (…)", "Called number:", "Dialled number:", de "Angerufene
 * Nummer:", fr "Numéro appelé :", es "Número llamado:".
 */
function withoutCalledLine(text: string): string {
  return text
    .replace(/^[ \t]*(?:to|an|à|a|para|naar|aan|till|til)[ \t]*:[^\n]*$/gim, "")
    .replace(
      /^[^\n]*(?:\bfor line|called number|dial(?:l)?ed number|angerufene nummer|numéro appelé|número llamado)[ \t]*:[^\n]*$/gim,
      "",
    );
}

/** The subject, or the notice's heading (its first line, "New booking from your website"), names the business's site. */
function fromWebsite(from: Address, subject: string, text: string): boolean {
  const heading = /^\s*([^\n]{1,80})\n/.exec(text)?.[1] ?? "";
  return isWebsiteSender(from, subject) || (!!heading && isWebsiteSender({ name: "", email: "" }, heading));
}

/**
 * The notice's caller field ("From: Carlos Méndez Ruiz (+34 …)", "De : …", "Von: …", any label of a forward header)
 * when it names the one who speaks more fully ("soy Carlos Méndez" in the transcript): the caller's full name.
 * A caller-ID line that does not begin with the spoken name ("WIRELESS CALLER") is not theirs.
 */
function callerIdName(text: string, spoken: string): string | undefined {
  for (const line of text.split("\n", 40)) {
    const field = headerLine(line);
    if (field?.field !== "from") continue;
    const name = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:[(<+\d]|$)/u.exec(field.value)?.[1];
    if (name && name.toLowerCase().startsWith(`${spoken.toLowerCase()} `)) return name;
  }
  return undefined;
}

/**
 * A notice's own help line ("Questions? Call us on 0117 …", de "Rufen Sie uns an", fr "Appelez-nous", es "Llámanos",
 * it "Chiamaci", pt "Ligue para nós", nl "Bel ons", sv "Ring oss", nb/da "Ring os/oss", "our support team"): the
 * platform's number, never the member's.
 */
function withoutHelpLine(text: string): string {
  return text.replace(
    /^[^\n]*(?:\b(?:call|contact|phone|ring) us\b|\bour (?:support|help ?desk|helpline|hotline|customer (?:service|care))|rufen sie uns|appelez-nous|contactez-nous|llámanos|contáctanos|chiamaci|contattaci|ligue para nós|fale conosco|bel ons|ring (?:oss|os)\b)[^\n]*$/gim,
    "",
  );
}
