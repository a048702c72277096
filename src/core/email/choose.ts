// Chooses the one person to follow up among the messages of a forward, and how they came in.
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { namedDecisionMaker } from "./decision-maker";
import { deputyChoice } from "./deputy-choice";
import { postTheNoteNames } from "./digest";
import type { FormFields } from "./form";
import { withoutSignOff } from "./intro";
import { introChoice } from "./intro-choice";
import { invitationText, meetingGuest, withoutGuestList } from "./meeting";
import { inPastedChat } from "./chat-choice";
import { inquirerCopied } from "./inquirer-copied";
import { rowNamedInNote } from "./listed-row";
import { signedByPerson, signedFromRequestDesk, signedFromStaffedMailbox } from "./role-mailbox";
import { householdMember } from "./household";
import { leadFromNote } from "./note-named";
import { noticeChoice } from "./notice-choice";
import { callerInNote, isPhoneNotice } from "./phone-notice";
import { isBulkMail, isOrganisationSender, isSystemSender, type OwnerSide } from "./people";
import { SCAN_CHARS, type ThreadMessage } from "./thread";
import { isPersonalSender, passesAlong } from "./sender-tests";

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
    const intro = introChoice(m, own, messages, i, side, outside);
    if (intro) return intro;
    // A person signing from a role mailbox (bookings@, events@) wrote it: no notice, they are the one to follow up.
    // A phone system's voicemail, missed-call or SMS notice is one whatever its sender (a brand, the owner's own box).
    const phoneNotice = !isSystemSender(m.from) && isPhoneNotice(m.subject, m.body);
    if ((isSystemSender(m.from) || phoneNotice) && !signedByPerson(m)) {
      const notice = noticeChoice(m, side, region);
      // Unless the mail lists a form's address to answer, or a request desk's notice names someone.
      const signed =
        (!notice?.form.email && signedFromStaffedMailbox(m)) ||
        (!notice?.form.name && !notice?.form.email && signedFromRequestDesk(m));
      if (notice && !signed) return notice;
      if (!signed) continue;
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
    // A colleague of the inquirer answering for them, with them copied: the inquirer.
    const inquirer = member ? undefined : inquirerCopied(m, messages.slice(i + 1), side);
    if (inquirer?.from) return { kind: "sender", person: inquirer.from, message: inquirer, passedBy };
    return { kind: "sender", person: member ?? m.from, message: messages[i], passedBy };
  }
  // Only the owner's side wrote: the outside person they wrote to (the owner's own sent mail, forwarded).
  for (const m of messages) {
    if (!side.isOwnerOrColleague(m.from)) continue;
    const person = [...m.to, ...m.cc].find((a) => a.email && !side.has(a) && !isSystemSender(a));
    if (person) return { kind: "recipient", person, message: m };
  }
  // A writer known by name only ("De: Camila Duarte" with no address anywhere in the thread), not one of the owner's side.
  const own = new Set(ownNames.map((n) => normalizeName(n).toLowerCase()));
  const named = messages.find(
    (m) =>
      m.from &&
      !m.from.email &&
      isPersonalSender(m.from) &&
      !own.has(normalizeName(m.from.name).toLowerCase()),
  );
  return named?.from ? { kind: "sender", person: named.from, message: named } : undefined;
}

/**
 * The owner's note names the lead ("Met Marta Gil (Cerámicas Gil) at the fair") above a mailing from an organiser
 * (the fair's bulletin): the organiser is not the lead, the note's person is (never the organiser of an event).
 */
export function unlessNoteNamesLead(choice: Choice | undefined, note: string): Choice | undefined {
  if (!choice || !note.trim()) return choice;
  // A mailing's contact line read as a form ("Telefoon: 0183 …") names nobody: the note's person is the lead.
  if (choice.kind === "form") {
    if (choice.form.name || !leadFromNote(note, true)) return choice;
    const caller = callerInNote(choice.form, choice.message, note);
    return caller ? { ...choice, form: caller } : undefined;
  }
  if (choice.kind !== "sender") return choice;
  // A person signing the organisation's mailbox ("Cheers,\nEwan" from bookings@) wrote to the business themselves.
  if (!isOrganisationSender(choice.person) || signedByPerson(choice.message)) return choice;
  const named = leadFromNote(note, true);
  if (!named) return choice;
  const sender = normalizeName(choice.person.name).toLowerCase();
  return sender && sender === named.name.toLowerCase() ? choice : undefined;
}
