// Chooses the one person to follow up among the messages of a forward, and how they came in.
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { HANDOVER_RE, HANDS_OVER_RE, PASS_ALONG_RE } from "./cues";
import { namedDecisionMaker } from "./decision-maker";
import { postTheNoteNames } from "./digest";
import { readFormFields, readTranscript, type FormFields } from "./form";
import { pickPhone } from "./signature";
import {
  copiedColleagueNamed,
  greetsBoth,
  introBySubject,
  introducedByName,
  introducedPerson,
  isIntroduction,
  withoutSignOff,
} from "./intro";
import { refersInProse, withAddress, withWrittenName } from "./intro-names";
import { invitationText, meetingGuest, withoutGuestList } from "./meeting";
import { inPastedChat } from "./chat-choice";
import { rowNamedInNote } from "./listed-row";
import { householdMember } from "./household";
import { cjkPassedOn } from "./cjk-referral";
import { regionHints } from "./region-language";
import { leadFromNote } from "./note";
import { readNotification } from "./notification";
import { outOfOfficeDeputy } from "./out-of-office";
import { ownPrincipalTitle, writtenFor } from "./written-for";
import {
  FORWARD_SUBJECT_RE,
  isBulkMail,
  isOrganisationSender,
  isSystemSender,
  isWebsiteSender,
  type OwnerSide,
} from "./people";
import { SCAN_CHARS, type ThreadMessage } from "./thread";

export type Choice =
  | {
      kind: "intro";
      person: Address;
      introducer?: Address;
      message: ThreadMessage;
      referral: boolean;
      /** The introducer writes for them ("on behalf of …"): an assistant or front desk. */
      onBehalf?: boolean;
    }
  | {
      kind: "sender";
      person: Address;
      message: ThreadMessage;
      passedBy?: Address;
      /** The forwarder's note that names them as the one who decides (it may say who they are). */
      namedIn?: string;
      /** Nobody in the thread: known from the note's words only (no address, or one written in the text). */
      noteOnly?: boolean;
      /** The auto-reply that named them as the writer's stand-in. */
      deputyOf?: ThreadMessage;
    }
  | {
      kind: "form";
      form: FormFields;
      message: ThreadMessage;
      website: boolean;
      /** Who passed the lead on (the friend in a pasted chat, the one who forwarded it). */
      passedBy?: Address;
      /** The words above a pasted chat, written by whoever pasted it (their note). */
      noteAbove?: string;
      /** A row of a list (an event's attendee list) the note names: the list's sender organised the event. */
      listed?: boolean;
    }
  | { kind: "recipient"; person: Address; message: ThreadMessage };

/** A written name that is one of these people's (the introducer, the owner), or a company's. */
function isKnownName(name: string, people: (Address | undefined)[]): boolean {
  if (COMPANY_WORDS_RE.test(name)) return true;
  const n = normalizeName(name).toLowerCase();
  return people.some((p) => {
    const known = normalizeName(p?.name || "").toLowerCase();
    return !!known && (known === n || known.split(" ")[0] === n.split(" ")[0]);
  });
}

/** "Jordan Pike <jordan.pike@…>": a person's name (two or three words) on a personal mailbox, not an organisation's. */
function isPersonalSender(a: Address): boolean {
  const name = normalizeName(a.name);
  return (
    !isOrganisationSender(a) &&
    !COMPANY_WORDS_RE.test(a.name) &&
    /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u.test(name)
  );
}

/** The note names the person: their surname, or their first name, as a word. */
function namesPerson(note: string, person: Address): boolean {
  const words = new Set(note.toLowerCase().split(/[^\p{L}'’-]+/u));
  const tokens = normalizeName(person.name).toLowerCase().split(/\s+/);
  return tokens.some((t) => t.length > 1 && words.has(t));
}

/** A deeper message in which `person` introduces someone: the message above it answers that introduction. */
function answersIntroBy(person: Address, deeper: ThreadMessage[]): boolean {
  return deeper.some(
    (d) =>
      !!person.email &&
      d.from?.email === person.email &&
      isIntroduction(withoutSignOff(d.body.slice(0, SCAN_CHARS), d.from)),
  );
}

function passesAlong(m: ThreadMessage, deeper: ThreadMessage[], side: OwnerSide): boolean {
  const next = deeper.find((d) => d.from?.email && d.from.email !== m.from?.email);
  if (!next || side.has(next.from) || isSystemSender(next.from)) return false;
  const own = withoutSignOff(m.body.slice(0, SCAN_CHARS), m.from).trim();
  // A forward of a forward, or a short note that hands the thread on ("Felix, this one's yours").
  return (
    (next.kind === "forward" && FORWARD_SUBJECT_RE.test(m.subject)) ||
    (own.length < 300 && PASS_ALONG_RE.test(own))
  );
}

/** Two people writing from one company's own domain (not a free mailbox's). */
function sameOwnDomain(a: Address | undefined, b: Address): boolean {
  const d = a?.email ? domainOf(a.email) : "";
  return !!d && !!b.email && d === domainOf(b.email) && !isFreeMailDomain(d);
}

/** An out-of-office reply's stand-in whom the forwarder's note names, read from the lines that name them. */
function deputyChoice(
  m: ThreadMessage,
  note: string,
  side: OwnerSide,
): Extract<Choice, { kind: "sender" }> | undefined {
  const deputy = outOfOfficeDeputy(m.subject, m.body, m.from, (a) => side.has(a) || isSystemSender(a));
  if (!deputy || !namesPerson(note, deputy.person)) return undefined;
  return {
    kind: "sender",
    person: deputy.person,
    message: { ...m, from: deputy.person, body: deputy.text },
    deputyOf: m,
  };
}

/** Walks the messages from the outermost: an introduction, a form, or the first outside sender who is not passing it on. */
export function choosePerson(
  messages: ThreadMessage[],
  side: OwnerSide,
  region: string,
  note = "",
  ownNames: string[] = [],
): Choice | undefined {
  const decides = note ? namedDecisionMaker(note, messages, side) : undefined;
  // One the note names who is in no header ("Tomas Brenner is the one to chase now") may be the stand-in an
  // auto-reply below gives, with the lines that say who they are.
  const away =
    decides?.kind === "sender" && decides.noteOnly
      ? messages
          .map((m) => (m.from?.email && !side.has(m.from) ? deputyChoice(m, note, side) : undefined))
          .find(Boolean)
      : undefined;
  if (decides) return away ?? decides;
  const chat = inPastedChat(messages, side, region, note, ownNames);
  if (chat) return chat;
  // An event's attendee list or a fair's lead scans forwarded under a note that names one of the people listed.
  for (const m of note.trim() ? messages : []) {
    const row = rowNamedInNote(note, m.body.slice(0, SCAN_CHARS));
    if (row) return { kind: "form", form: row, message: m, website: false, listed: true };
  }
  // A digest's posts: the one whose poster the note names ("See message 3 - Harriet needs a bookkeeper").
  const post = note ? postTheNoteNames(note, messages, side) : undefined;
  if (post?.from) return { kind: "sender", person: post.from, message: post };
  let passedBy: Address | undefined;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    const own = withoutSignOff(m.body.slice(0, SCAN_CHARS), m.from);
    const outside = (a: Address) => !side.has(a) && !isSystemSender(a);
    // A calendar invitation sets up a meeting with its outside guest: an introduction by its organiser.
    const guest = meetingGuest(m, m.body.slice(0, SCAN_CHARS), outside);
    if (guest) {
      const organiser = isSystemSender(m.from) ? undefined : m.from;
      return {
        kind: "intro",
        person: guest,
        introducer: organiser,
        message: { ...m, body: withoutGuestList(m.body) },
        referral: !!organiser && !side.isOwnerOrColleague(organiser),
      };
    }
    // A notification never introduces anyone ("Location: Google Meet" is no "meet X"): its fields are read below.
    const introduces =
      !isSystemSender(m.from) &&
      (isIntroduction(own) ||
        greetsBoth(m, own, outside) ||
        introBySubject(m, own, outside) ||
        refersInProse(m, own, outside));
    // ja: a customer giving a neighbour's number by name ("高橋さんの携帯は …"), nobody copied.
    const passedOn = introduces || isSystemSender(m.from) ? undefined : cjkPassedOn(own);
    if (passedOn && passedOn !== m.from?.name)
      return {
        kind: "intro",
        person: { name: passedOn, email: "" },
        introducer: m.from,
        message: m,
        referral: !side.isOwnerOrColleague(m.from),
      };
    if (introduces) {
      // A name the text introduces is never the introducer's or the owner's side's; it may be the introducer's own
      // colleague ("I'd like to introduce my colleague Rachel Green", copied from the same company).
      const ownSide = [...m.to, ...m.cc].filter((a) => side.has(a));
      const named = () => introducedByName(own, (name) => isKnownName(name, [m.from, ...ownSide]));
      const addressed = introducedPerson({ ...m, body: own }, (a) => side.has(a) || isSystemSender(a));
      const person = addressed
        ? withWrittenName(addressed, named, own)
        : withAddress(named(), messages, side);
      // "Merci à Laurent pour la mise en relation", "thanks Sam for the intro" with Sam copied: the one introduced
      // answering the introduction quoted below (its introducer is the one "introduced" here) writes to the owner.
      if (person && !answersIntroBy(person, messages.slice(i + 1)))
        return {
          kind: "intro",
          person,
          introducer: m.from,
          message: m,
          // A colleague handing the matter over (one company's own domain) refers nobody; a rep's account handed to a
          // successor ("your account will be handled by …") is passed on from outside the business: a referral.
          // "our Managing Director, X" is the writer's own principal, not someone referred.
          referral:
            !side.isOwnerOrColleague(m.from) &&
            !ownPrincipalTitle(own, person.name) &&
            !(sameOwnDomain(m.from, person) && HANDS_OVER_RE.test(own) && !HANDOVER_RE.test(own)),
        };
    }
    // An assistant or front desk writing for someone copied ("im Auftrag von Herrn Dr. X", "on behalf of X"): X, even
    // on the writer's own domain; a referral only from another company.
    const principal =
      m.from?.email && !side.has(m.from) && !isSystemSender(m.from) ? writtenFor(m, own, outside) : undefined;
    if (principal)
      return {
        kind: "intro",
        person: principal,
        introducer: m.from,
        message: m,
        // Known by name only (not copied): the assistant's own principal, no referral.
        // "our Managing Director" at a private address is still the writer's own principal: no referral.
        referral:
          !!principal.email &&
          domainOf(principal.email) !== domainOf(m.from?.email ?? "") &&
          !ownPrincipalTitle(own, principal.name),
        onBehalf: true,
      };
    // An introduction that names no outside person: the introducer's own colleague it copies and names in full.
    const colleague = introduces
      ? copiedColleagueNamed({ ...m, body: own }, (a) => side.has(a) || isSystemSender(a))
      : undefined;
    if (colleague && !answersIntroBy(colleague, messages.slice(i + 1)))
      return {
        kind: "intro",
        person: colleague,
        introducer: m.from,
        message: m,
        referral: !side.isOwnerOrColleague(m.from) && !(HANDS_OVER_RE.test(own) && !HANDOVER_RE.test(own)),
      };
    if (isSystemSender(m.from)) {
      const text = m.body.slice(0, SCAN_CHARS);
      let form = readFormFields(text);
      // A voicemail or call notification: who speaks in the transcript, and the number it gives.
      if (!form.email && !form.name && !form.phone) {
        const spoken = readTranscript(text);
        // The number the caller says ("call me back at …") before the notice's own lines ("To: Main Line …").
        const said = spoken.name ? text.slice(Math.max(0, text.indexOf(spoken.name))) : "";
        const lines = said.replace(/([.!?])\s/g, "$1\n");
        // A number the default region cannot read is read in the region the caller's words imply ("Ring mig på
        // mobilen, 070-555 01 23" in Swedish).
        const phone = spoken.name
          ? (pickPhone(lines, region) ??
            regionHints(said.slice(0, 2000))
              .map((r) => pickPhone(lines, r))
              .find(Boolean) ??
            pickPhone(`${m.subject}\n${text}`.replace(/([.!?])\s/g, "$1\n"), region))
          : undefined;
        form = { ...spoken, ...(phone ? { phone } : {}) };
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
        const lines = text.replace(/([.!?])\s/g, "$1\n");
        const phone =
          member && !form.phone
            ? (pickPhone(lines, region) ??
              regionHints(text.slice(0, 2000))
                .map((r) => pickPhone(lines, r))
                .find(Boolean))
            : undefined;
        if (member) form = { ...member, ...(phone ? { phone } : {}), ...form };
      }
      // A receipt or confirmation addressed to the owner lists the owner's own details: no lead in it.
      const owners = !!form.email && side.isOwnerOrColleague({ name: "", email: form.email.toLowerCase() });
      if ((form.email || form.name || form.phone) && !owners)
        return { kind: "form", form, message: m, website: !!m.from && isWebsiteSender(m.from, m.subject) };
      continue;
    }
    if (!m.from?.email || side.has(m.from)) continue;
    // A newsletter or mailing forwarded on: nobody in it to follow up. A salesperson's or owner's own mailing (a
    // person's name at a personal address, sent through HubSpot, Mailchimp …) is still that person's.
    if (isBulkMail(m.body.slice(0, SCAN_CHARS)) && !isPersonalSender(m.from)) continue;
    // The newest part of a reply answers the thread; it never hands it on ("te paso a copia oculta" is a Bcc).
    if (m.kind !== "reply" && passesAlong(m, messages.slice(i + 1), side)) {
      passedBy ??= m.from;
      continue;
    }
    // An out-of-office reply that hands over to a colleague whom the forwarder's note names ("her auto-reply points
    // to Rafael Ortiz"): the colleague, read from the lines that name them. Without such a note, the writer stays.
    const deputy = note ? deputyChoice(m, note, side) : undefined;
    if (deputy) return { ...deputy, passedBy };
    // A household's mailbox written for one of the family: that person, at the household's address.
    const member = householdMember(m.from, own, m.body);
    // An invitation's organiser asked for the meeting: their own text, not the guest list under it.
    // The thread keeps that text in place, so its lines are read once (no "Organizer" title from the list).
    const body = invitationText(m.body);
    if (body !== m.body) messages[i] = { ...m, body };
    return { kind: "sender", person: member ?? m.from, message: messages[i], passedBy };
  }
  // Only the owner's side wrote: the outside person they wrote to (the owner's own sent mail, forwarded).
  for (const m of messages) {
    if (!side.isOwnerOrColleague(m.from)) continue;
    const person = [...m.to, ...m.cc].find((a) => a.email && !side.has(a) && !isSystemSender(a));
    if (person) return { kind: "recipient", person, message: m };
  }
  return undefined;
}

/**
 * The owner's note names the lead ("Met Marta Gil (Cerámicas Gil) at the fair") above a mailing from an organiser
 * (the fair's bulletin): the organiser is not the lead, the note's person is (never the organiser of an event).
 */
export function unlessNoteNamesLead(choice: Choice | undefined, note: string): Choice | undefined {
  if (!choice || !note.trim()) return choice;
  // A mailing's contact line read as a form ("Telefoon: 0183 …") names nobody: the note's person is the lead.
  if (choice.kind === "form") return !choice.form.name && leadFromNote(note, true) ? undefined : choice;
  if (choice.kind !== "sender") return choice;
  if (!isOrganisationSender(choice.person)) return choice;
  const named = leadFromNote(note, true);
  if (!named) return choice;
  const sender = normalizeName(choice.person.name).toLowerCase();
  return sender && sender === named.name.toLowerCase() ? choice : undefined;
}
