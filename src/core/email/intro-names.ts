// Who an introduction names: the person's name and address as the thread writes them, and who introduced them.
import { domainOf, findEmails, isFreeMailDomain, type Address } from "../contact/email";
import { normalizeName, withoutHonorifics } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";
import { CONTACT_THEM_RE, HANDOVER_RE, PASS_ALONG_RE } from "./cues";
import { introBySubject, introducedByName, introducedPerson, isIntroduction, withoutSignOff } from "./intro";
import { escape } from "./forward-labels";
import { plainWords } from "./list-mail";
import { nameForAddress } from "./name-address";
import { isSystemSender, type OwnerSide } from "./people";
import { SCAN_CHARS, type ThreadMessage } from "./thread";

/**
 * The outside person who introduced `person` further down the thread (the lead replied to an introduction):
 * the introducer of a deeper message that introduces them.
 */
export function introducerOf(
  person: Address,
  messages: ThreadMessage[],
  side: OwnerSide,
): Address | undefined {
  for (const m of messages) {
    if (!m.from?.email || m.from.email === person.email || side.isOwnerOrColleague(m.from)) continue;
    const own = withoutSignOff(m.body.slice(0, SCAN_CHARS), m.from);
    // Also one whose subject says it ("Introduction: A / B") and whose text names the one it copies or addresses.
    const outside = (a: Address) => !side.has(a) && !isSystemSender(a);
    if (!isIntroduction(own) && !introBySubject(m, own, outside)) {
      // An outside contact handing the person's request to the owner further down ("Sam, passing along Fiona's
      // booking - over to you", "te paso el pedido de Ana"): the person answering above came by referral.
      if (passesOn(m, own, person, side)) return m.from;
      continue;
    }
    // A colleague handing the matter over or looping them in (one company's own domain: "Looping in Dana, our CFO",
    // "I've copied my partner Ana") introduces nobody new: the lead's own company, not a referrer. A rep's account
    // handed to a successor ("Ihr Konto übergebe ich an …", "your account will be handled by …") is passed on by
    // someone outside the business: a referral.
    if (sameOwnDomain(m.from.email, person.email) && !HANDOVER_RE.test(own)) continue;
    const introduced = introducedPerson({ ...m, body: own }, (a) => side.has(a) || isSystemSender(a));
    if (introduced?.email === person.email) return m.from;
    // A quoted introduction keeps no recipients ("On … Paul wrote: > Nora, meet Chloe Park"): by the name it gives.
    if (!introduced && namesSamePerson(introducedByName(own, () => false)?.name, person.name)) return m.from;
    // … or by their first name alone ("Gabe, meet Lorena - she manages the clinic").
    if (!introduced && namesSamePerson(introducedByName(own, () => false, true)?.name, person.name))
      return m.from;
    // … or anywhere in the introducer's words ("Ciao Chiara, ciao Lorenzo, vi metto in contatto", "avec ma cliente,
    // Mme Garnier"): a quoted introduction that names the lead introduced them, unless it is the lead's own colleague
    // handing over (the same company's domain).
    const colleague = sameOwnDomain(m.from.email, person.email);
    if (!introduced && !colleague && mentions(own, person.name)) return m.from;
  }
  return undefined;
}

/** `m` (text `own`), written to the owner's side by someone of another company, hands on the person it names. */
function passesOn(m: ThreadMessage, own: string, person: Address, side: OwnerSide): boolean {
  return (
    !!m.from?.email &&
    !!person.email &&
    !sameOwnDomain(m.from.email, person.email) &&
    m.to.some((a) => side.isOwnerOrColleague(a)) &&
    PASS_ALONG_RE.test(own) &&
    mentions(own, person.name)
  );
}

/** Two addresses on one company's own domain (not a free mailbox's). */
function sameOwnDomain(a: string, b: string): boolean {
  return !isFreeMailDomain(domainOf(a)) && domainOf(a) === domainOf(b);
}

/** Honorifics before a surname alone: en, fr, de, es, it, pt, nl. */
const HONORIFIC_RE =
  "(?:Mr|Mrs|Ms|Dr|Mme|Mlle|M|Herr|Frau|Sr|Sra|Sig|Sig\\.ra|Signora|Dott|Meneer|Mevrouw|Dhr|Mevr)\\.?";

/** The text names the person: their first name as a word, or an honorific and their surname ("Mme Garnier"). */
function mentions(text: string, display: string): boolean {
  const words = normalizeName(display).split(" ").filter(Boolean);
  if (!words.length) return false;
  const first =
    words[0].length > 1 ? new RegExp(`(?<![\\p{L}])${escape(words[0])}(?![\\p{L}])`, "u") : undefined;
  const last =
    words.length > 1
      ? new RegExp(`(?<![\\p{L}])${HONORIFIC_RE}\\s+${escape(words[words.length - 1])}(?![\\p{L}])`, "u")
      : undefined;
  return !!first?.test(text) || !!last?.test(text);
}

/** "Chloe Park" and "Park, Chloe" (or "Chloe" or "Park" alone against "Chloe Park"): the same person by the name written. */
function namesSamePerson(written: string | undefined, display: string): boolean {
  const a = normalizeName(written || "").toLowerCase();
  const b = normalizeName(display).toLowerCase();
  return (
    !!a &&
    !!b &&
    (a === b ||
      (a.includes(" ") && b.startsWith(`${a} `)) ||
      // "Chloe", or the surname an honorific went with ("meine Kollegin Frau Krüger").
      (!a.includes(" ") && (b.split(" ")[0] === a || b.split(" ").pop() === a)))
  );
}

/**
 * "I spoke with Dan Wu (dan@…) at … Reach out to him directly": a person named with their address in the writer's own
 * text, and the reader told to contact them (CONTACT_THEM_RE), is referred like an introduction (any client).
 */
export function refersInProse(m: ThreadMessage, own: string, outside: (a: Address) => boolean): boolean {
  const given = findEmails(own).filter((email) => email !== m.from?.email && outside({ name: "", email }));
  if (CONTACT_THEM_RE.test(own)) return given.length > 0;
  // A contact passed on in the writer's own words ("la mail è chiara.benedetti@…", "her address is …"), in any
  // language: the address of someone the text names in full (the address spells the name), on another domain than
  // the writer's and copied on nothing.
  const writer = m.from?.email ? domainOf(m.from.email) : "";
  const copied = new Set([...m.to, ...m.cc].map((a) => a.email));
  return given.some(
    (email) =>
      domainOf(email) !== writer &&
      !copied.has(email) &&
      (nameForAddress(own, email).includes(" ") || !!nameAbove(own, email)),
  );
}

/**
 * A contact block in the writer's text: the address alone on its line (or after its label, "e-mail:") closes a block
 * whose nearest name line is the person's ("Dana Whitlock", ja "佐藤 健一様" with its honorific, "Ing. Tomáš Dvořák"
 * over "jednatel", the company and "mobil: …"), the way a person's details are passed on in any language.
 */
export function nameAbove(text: string, email: string): string | undefined {
  const at = text.toLowerCase().indexOf(email);
  if (at < 0) return undefined;
  const lines = text.slice(Math.max(0, at - 240), at).split("\n");
  const own = lines[lines.length - 1];
  if (own.trim() && !/^\s*[\p{L}-]{1,10}\s*[:：]\s*$/u.test(own)) return undefined;
  for (let k = lines.length - 2; k >= Math.max(1, lines.length - 7); k--) {
    const line = lines[k].replace(/^[\s\u3000]+|[\s\u3000:：]+$/g, "");
    if (!line) return undefined;
    const name = nameLine(line);
    if (name) return name;
  }
  return undefined;
}

/** A line that holds only a person's name (honorifics before it allowed), not a company's or a title. */
function nameLine(line: string): string | undefined {
  const cjk =
    /^([\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]{1,4}[ \u3000]?[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]{1,4}?)(?:様|さん|氏|先生|님|씨)?$/u.exec(
      line,
    );
  if (cjk) return cjk[1];
  const latin = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(withoutHonorifics(line));
  // "Purchasing Manager" between the name and the address is the title line, not the name.
  const named = latin && !COMPANY_WORDS_RE.test(latin[1]) && !hasTitleWord(latin[1]);
  return named ? normalizeName(latin[1]) : undefined;
}

/** "Dan Wu (dan@…)", "Dan Wu <dan@…>": the name written right before an address in the text. */
function nameBeside(text: string, email: string): string | undefined {
  const at = text.toLowerCase().indexOf(email);
  if (at < 0) return undefined;
  const m = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*[(<[]\s*(?:mailto:)?$/u.exec(
    text.slice(Math.max(0, at - 80), at),
  );
  return m ? normalizeName(m[1]) : undefined;
}

/** An address written in the text ("Her email is beatrice@lowegarden…") takes the name introduced beside it. */
export function withWrittenName(person: Address, named: () => Address | undefined, text = ""): Address {
  if (person.name) return person;
  const beside = nameBeside(text, person.email) ?? nameAbove(text, person.email);
  if (beside) return { name: beside, email: person.email };
  const name = named()?.name;
  const at = person.email.toLowerCase();
  // A name in a CJK script cannot be spelled by a Latin address ("李静" … lijing@…): it fits as written.
  const fits =
    !!name &&
    (plainWords(name).some((w) => w.length >= 3 && at.includes(w)) ||
      /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana} \u3000]+$/u.test(name));
  if (name && fits) return { name, email: person.email };
  // Else a name elsewhere in the text that the address spells ("Paní Mgr. Jana Procházková … jana.prochazkova@…").
  const spelled = nameForAddress(text.slice(0, 4000), person.email);
  return spelled ? { name: spelled, email: person.email } : person;
}

/** A person introduced by name only gets the address under which they wrote in the thread, or were copied in it. */
export function withAddress(
  person: Address | undefined,
  messages: ThreadMessage[],
  side: OwnerSide,
): Address | undefined {
  if (!person || person.email) return person;
  const own = messages.find(
    (m) => !!m.from?.email && !side.has(m.from) && namesSamePerson(person.name, m.from.name),
  );
  if (own?.from) return { name: person.name, email: own.from.email };
  // Else the address they were copied under (the owner answered the intro with them in Cc).
  const copied = messages
    .flatMap((m) => [...m.to, ...m.cc])
    .find((a) => !!a.email && !side.has(a) && namesSamePerson(person.name, a.name));
  return copied ? { name: person.name, email: copied.email } : person;
}
