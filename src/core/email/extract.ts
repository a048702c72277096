// One e-mail (as Gmail shows it) to the one lead the owner should follow up with.
import type { EmailInput, ExtractContext, Extraction, Lead } from "../lead";
import { parseAddressList, type Address } from "../contact/email";
import { normalizedNames } from "../contact/name";
import { followUpFromNote } from "../followup/followup";
import { choosePerson, unlessNoteNamesLead } from "./choose";
import { withAttachedCard } from "./attached-card";
import { cardInNote } from "./card-in-note";
import { leadDetails } from "./details";
import { cleanName } from "./display-name";
import { attachedMessages, bodyText, MAX_BODY_CHARS } from "./body-text";
import { htmlToText } from "./html-text";
import { forwarderComments } from "./inline-comment";
import { carriesBusinessName, isInsideForwarder } from "./inside-forwarder";
import { introducerOf } from "./intro-names";
import { fromAnsweredIntro } from "./answered-intro";
import { memberBehindList, withoutListFooter } from "./list-mail";
import { relayNamedSender } from "./relay-reply-to";
import { contactInNote, isLeadsOwnEvent, sourceFromLead, sourceFromNote, sourceFromOrganiser } from "./note";
import { sourceFromMeeting } from "./met-at";
import { noteBelow } from "./note-below";
import { nameFromNote } from "./note-names-sender";
import { registrationSource } from "./registration";
import { phoneBesideName } from "./decision-maker";
import { digestPosts } from "./digest";
import { delegatedSenders, onBehalfOf, ownerSide } from "./people";
import { bottomPosted, isInboundReply, newestPart, withoutBottomPosted } from "./reply";
import { SCAN_CHARS, splitThread } from "./thread";
import { resolveNamesOnly } from "./thread-names";
import { companyCorrection } from "./company-correction";
import { fillGaps } from "./fill-gaps";
import { mobileForLeadInNote } from "./note-mobile";
import { leadOfNote } from "./note-only-lead";
import { withNoticeFields } from "./notice-fields";
import { withOwnOtherMailbox } from "./own-mailbox";
import { reviewReasons } from "./review-reasons";
import { sentOn } from "./sent-date";
import { thankedReferrer } from "./thanked-referrer";

/** "Referral: <who passed the lead on>". */
const referredBy = (a: Address) => `Referral: ${cleanName(a.name) ?? a.email}`;

function extract(input: EmailInput, given: ExtractContext): Extraction {
  const ctx = withOwnOtherMailbox(input, given);
  const warnings: string[] = [];
  const read = bodyText(input, warnings);
  const cut = read.cut;
  // A mailing list's post: the member who wrote it (not the list), and their text without the list's footer.
  const replyTo = parseAddressList(input.replyTo || "");
  const sent: Address | undefined = parseAddressList(input.from || "")[0];
  // A platform's notice that names its member in the Reply-To only ("Sarah L. via HandyHire"): the member's.
  const fromHeader = relayNamedSender(sent, replyTo) ?? sent;
  const subject = input.subject || "";
  const dateHeader = input.dateHeader || "";
  const listed = memberBehindList(fromHeader, replyTo) ?? fromHeader;
  const outerFrom = listed && onBehalfOf(listed);
  const text = withoutListFooter(read.text);
  let thread = splitThread(text, subject);
  if (!thread.messages.length && input.htmlBody && text !== input.htmlBody) {
    const viaHtml = splitThread(htmlToText(input.htmlBody.slice(0, MAX_BODY_CHARS)), subject);
    if (viaHtml.messages.length) thread = viaHtml;
  }
  thread = withNoticeFields(thread, outerFrom, input.subject);
  const attached = attachedMessages(input, ctx, warnings);
  // A forwarded list digest (Google Groups): each post is a message of its own.
  let messages = [...thread.messages, ...attached].flatMap((m) => digestPosts(m) ?? [m]);
  // A forwarded list post ("'X' via List") is the member's; a delegate's mail ("X on behalf of Y") the mailbox's.
  for (const m of messages)
    if (m.from) m.from = onBehalfOf(memberBehindList(m.from, [], m.body) ?? m.from, m.body);
  const delegated = delegatedSenders(
    text,
    messages.flatMap((m) => [...m.to, ...m.cc]),
  );
  for (const m of messages) if (m.from && delegated.has(m.from.email)) m.from = delegated.get(m.from.email);
  let note = (thread.messages.length ? thread.note : text).slice(0, SCAN_CHARS);
  // Nothing above the forwarded message: the forwarder may have written under it.
  const below =
    !note.trim() && thread.messages.length
      ? noteBelow(thread.messages[thread.messages.length - 1])
      : undefined;
  if (below) [note, thread.messages[thread.messages.length - 1].body] = [below.note, below.body];
  const isOwner = (a: Address | undefined) =>
    !!a && ctx.ownerEmails.map((e) => e.toLowerCase()).includes(a.email);
  // Someone outside replied on top of quoted history: their newest part is the first message, not a note.
  const owners = ownerSide(ctx.ownerEmails, undefined);
  const reply =
    !!outerFrom && !isOwner(outerFrom) && isInboundReply(subject, messages[0], owners.isOwnerOrColleague);
  if (outerFrom && reply) {
    const to = parseAddressList(input.to || "");
    const cc = parseAddressList(input.cc || "");
    // Text under the quote (bottom-posting) is the replier's too.
    const under = bottomPosted(text.slice(0, SCAN_CHARS));
    messages[0] = { ...messages[0], body: withoutBottomPosted(messages[0].body, under) };
    // An inline reply's answers and signature are in the note already (thread.ts): not read twice.
    const own = [note, note.includes(under) ? "" : under].filter((t) => t.trim()).join("\n\n");
    messages = [newestPart(outerFrom, to, cc, subject, dateHeader, own), ...messages];
    // A name-only attribution ("On … Ruth Delgado-Amos wrote:", Thunderbird) whom the reply is addressed to.
    resolveNamesOnly(messages);
    note = "";
  }
  const forwarded = messages.length > 0 && !reply;
  if (!messages.length && outerFrom && !isOwner(outerFrom)) {
    // Not a forward: the message itself came from the person (labelled straight from the inbox).
    messages = [
      {
        from: outerFrom,
        to: parseAddressList(input.to || ""),
        cc: parseAddressList(input.cc || ""),
        subject,
        date: dateHeader,
        body: text,
        kind: "forward",
      },
    ];
    note = "";
  }
  const side = ownerSide(ctx.ownerEmails, forwarded ? outerFrom : undefined);
  // The names of the owner's side, as a chat pasted in the mail shows its speakers.
  const ownNames = [outerFrom, ...parseAddressList(input.to || "")]
    .filter((a): a is Address => !!a && (isOwner(a) || side.has(a)))
    .map((a) => a.name);
  const choice = unlessNoteNamesLead(choosePerson(messages, side, ctx.defaultRegion, note, ownNames), note);
  // A sender known only by address whom the note names ("this is from Dr. Lena Fischer at …"): that name.
  const noted = choice?.kind === "sender" && !choice.noteOnly ? nameFromNote(choice.person, note) : undefined;
  if (choice?.kind === "sender" && noted) choice.person = { ...choice.person, name: noted.name };
  let lead: Lead;
  let source: string | undefined;
  if (choice) {
    lead = withAttachedCard(
      leadDetails(choice, messages, ctx.defaultRegion, dateHeader),
      input,
      ctx.defaultRegion,
    );
    // The card the owner typed into the note fills what the thread does not say.
    // "[Tom: his mobile is 0412 …]" typed into the forwarded text: the forwarder's note too.
    const comments = forwarded ? forwarderComments(choice.message.body, outerFrom?.name) : "";
    if (choice.kind !== "form" && (note || comments)) {
      const card = cardInNote(note, choice.person, ctx.defaultRegion, choice.message.body.slice(0, 4000));
      fillGaps(lead, card);
      // "Her cell is 416-…", "Celular dela: …": the mobile the note gives for them beats their signature's office line.
      const said = comments ? `${note}\n${comments}` : note;
      const mobile = mobileForLeadInNote(said, choice.person, lead.phone, ctx.defaultRegion);
      if (mobile) lead.phone = mobile;
    }
    // One the note names who is nobody in the thread: the number the note gives beside their name.
    if (choice.kind === "sender" && choice.noteOnly) {
      const phone = phoneBesideName(note, choice.person.name, ctx.defaultRegion);
      if (phone) lead.phone = phone;
    }
    if (choice.kind === "intro" && choice.referral)
      source = `Referral: ${cleanName(choice.introducer?.name) ?? choice.introducer?.email ?? ""}`.trim();
    // A partner passing it on from their personal mailbox ("Dana Reyes" of reyesandkim.…) is no referrer.
    else if (
      choice.kind === "sender" &&
      choice.passedBy &&
      !carriesBusinessName(choice.passedBy, ctx.ownerEmails)
    )
      source = referredBy(choice.passedBy);
    else if (choice.kind === "form" && choice.passedBy) source = referredBy(choice.passedBy);
    else if (choice.kind === "form" && choice.website) source = "Website";
    // An event platform's "New registration: … (free webinar)": the event's kind.
    else if (choice.kind === "form") source = registrationSource(choice.message.subject, choice.message.body);
    else if (choice.kind === "sender") {
      // The lead answering an introduction further down the thread came in by referral.
      const introducer = introducerOf(choice.person, messages, side);
      if (introducer) source = referredBy(introducer);
      // Else the one they thank for the introduction in their own reply ("dank Femke voor het doorverwijzen").
      else {
        const thanked = thankedReferrer(choice.person, messages, side);
        if (thanked) source = referredBy(thanked);
      }
      // What the introducer wrote about them fills what their own reply leaves out.
      if (introducer)
        fillGaps(lead, fromAnsweredIntro(choice.person, introducer, messages, ctx.defaultRegion));
    }
  } else lead = leadOfNote(note, messages, side, ownNames, ctx.defaultRegion);
  if (noted) {
    if (noted.company) lead.company ??= noted.company;
    if (!lead.phone) {
      const written = contactInNote(note, (email) => side.has({ name: "", email }), ctx.defaultRegion);
      if (written.phone) lead.phone = written.phone;
    }
  }
  // An outside person who forwarded it to the owner referred the lead.
  if (
    !source &&
    forwarded &&
    outerFrom &&
    !side.isOwnerOrColleague(outerFrom) &&
    choice &&
    choice.kind !== "form" &&
    !isInsideForwarder(outerFrom, choice.message, side.isOwnerOrColleague, ctx.ownerEmails, note)
  )
    source = referredBy(outerFrom);
  // The owner's note, else a colleague's note on the way ("Derek, from the website.").
  const upTo = choice ? messages.indexOf(choice.message) : messages.length;
  const colleagueNotes = messages
    .slice(0, Math.max(0, upTo))
    // Also a colleague's "RES:"/"Re:" on top of what they pass on (Outlook web pt, "segue o contato … pelo site").
    .filter((m) => (m.kind === "forward" || m.kind === "reply") && side.isOwnerOrColleague(m.from))
    .map((m) => m.body.slice(0, 2000));
  // An organiser's mailing the note picks a lead from, or the attendee list the lead's row is in.
  const organiser =
    !choice && lead.name && messages[0]
      ? messages[0]
      : choice?.kind === "form" && choice.listed
        ? choice.message
        : undefined;
  let noteSource =
    [note, ...colleagueNotes].map(sourceFromNote).find(Boolean) ??
    (organiser ? sourceFromOrganiser(organiser.from?.name || "", organiser.subject) : undefined);
  // "trade fair in Herning" above the lead's "We are exhibiting at the fair in Herning": their project, not a channel.
  if (noteSource && choice && isLeadsOwnEvent(noteSource, choice.message.body)) noteSource = undefined;
  if (noteSource && !(source && noteSource === "Referral")) source = noteSource;
  // Else the lead's own words about the business's event ("I attended your webinar"), in their earliest message.
  if (!source && choice && choice.kind !== "form") {
    const own = messages.filter((m) => m.from?.email && m.from.email === choice.person.email);
    const first = own[own.length - 1]?.body || "";
    if (own.length) source = sourceFromLead(first) ?? sourceFromMeeting(first, note);
  }
  if (Object.keys(lead).length) {
    const ref = sentOn(input, ctx.timeZone);
    // A chat pasted into a colleague's own mail: the words above it are their note.
    const above = choice?.kind === "form" && !note.trim() ? choice.noteAbove : undefined;
    const fu = followUpFromNote(above ?? note, ref);
    if (fu.date) lead.followUp = fu.date;
    if (fu.warning) warnings.push(fu.warning);
    if (source) lead.source = source;
    // "the company is actually …" in the owner's note (above the forward or typed under it): beats the signature.
    const corrected = companyCorrection(text.slice(0, SCAN_CHARS));
    if (corrected) lead.company = corrected;
  }
  const before = warnings.length;
  reviewReasons(lead, warnings);
  return { lead, needsReview: cut || warnings.length > before, warnings };
}

/** The lead of one e-mail; never throws: unreadable input gives an empty lead flagged for review. */
export function extractLeadFromEmail(input: EmailInput, ctx: ExtractContext): Extraction {
  normalizedNames.clear();
  try {
    return extract(input, ctx);
  } catch (e) {
    return {
      lead: {},
      needsReview: true,
      warnings: [`could not read this message (${e instanceof Error ? e.message : String(e)})`],
    };
  }
}
