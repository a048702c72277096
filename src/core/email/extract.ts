// One e-mail (as Gmail shows it) to the one lead the owner should follow up with.
import type { EmailInput, ExtractContext, Extraction, Lead } from "../lead";
import { looksLikeFormula } from "../lead";
import { parseAddressList, type Address } from "../contact/email";
import { dateInOffset, dateOfHeader, type CalendarDate } from "../followup/calendar";
import { followUpFromNote } from "../followup/followup";
import { choosePerson, unlessNoteNamesLead } from "./choose";
import { withAttachedCard } from "./attached-card";
import { cardInNote, leadDetails } from "./details";
import { cleanName } from "./display-name";
import { attachedMessages, bodyText, MAX_BODY_CHARS } from "./body-text";
import { htmlToText } from "./html-text";
import { isInsideForwarder } from "./inside-forwarder";
import { introducerOf } from "./intro-names";
import { fromAnsweredIntro } from "./answered-intro";
import { memberBehindList, withoutListFooter } from "./list-mail";
import {
  contactInNote,
  isLeadsOwnEvent,
  leadFromNote,
  sourceFromLead,
  sourceFromNote,
  sourceFromOrganiser,
} from "./note";
import { sourceFromMeeting } from "./met-at";
import { noteBelow } from "./note-below";
import { contactBlockInNote, describedInNote } from "./note-contact";
import { nameFromNote } from "./note-names-sender";
import { namedForNote } from "./note-first-name";
import { registrationSource } from "./registration";
import { phoneBesideName } from "./decision-maker";
import { digestPosts } from "./digest";
import { delegatedSenders, isSystemSender, isWebsiteSender, onBehalfOf, ownerSide } from "./people";
import { bottomPosted, isInboundReply, newestPart, withoutBottomPosted } from "./reply";
import { resolveNamesOnly, SCAN_CHARS, splitThread } from "./thread";

/** The calendar date of an instant in the owner's time zone (Intl, which Apps Script's V8 has), else in UTC. */
function dateInZone(date: Date, timeZone: string | undefined): CalendarDate | undefined {
  if (timeZone) {
    try {
      const f = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
      const m = /(\d{4})-(\d{2})-(\d{2})/.exec(f.format(date));
      if (m) return { y: +m[1], m: +m[2], d: +m[3] };
    } catch {
      /* an unknown zone: UTC below */
    }
  }
  return dateInOffset(date, 0);
}

function reviewReasons(lead: Lead, warnings: string[]): void {
  if (!lead.name && !lead.email && !lead.phone && !lead.company)
    warnings.push("no lead found in this message");
  else if (!lead.email && !lead.phone) warnings.push("the lead has no e-mail address or phone number");
  for (const k of ["name", "company", "title"] as const)
    if (looksLikeFormula(lead[k]))
      warnings.push(`the lead's ${k} looks like a spreadsheet formula; kept as text`);
}

/**
 * The owner forwarding from another mailbox of their own (a personal Yahoo or Gmail to work): the sender's display
 * name is the name on the owner's own address in To. That mailbox is the owner's too, never an outside referrer.
 */
function withOwnOtherMailbox(input: EmailInput, ctx: ExtractContext): ExtractContext {
  const from = parseAddressList(input.from || "")[0];
  const name = (a: Address | undefined) => (a?.name || "").trim().toLowerCase().replace(/\s+/g, " ");
  if (!from?.email || name(from).split(" ").length < 2) return ctx;
  const owners = ctx.ownerEmails.map((e) => e.toLowerCase());
  if (owners.includes(from.email)) return ctx;
  const own = parseAddressList(input.to || "").some(
    (a) => owners.includes(a.email) && name(a) === name(from),
  );
  return own ? { ...ctx, ownerEmails: [...ctx.ownerEmails, from.email] } : ctx;
}

/** The card's phone, company, title and web site where the lead has none. */
function fillGaps(lead: Lead, card: Partial<Lead>): void {
  for (const k of ["phone", "company", "title", "website"] as const) if (card[k]) lead[k] ??= card[k];
}

/** "Referral: <who passed the lead on>". */
const referredBy = (a: Address) => `Referral: ${cleanName(a.name) ?? a.email}`;

function extract(input: EmailInput, given: ExtractContext): Extraction {
  const ctx = withOwnOtherMailbox(input, given);
  const warnings: string[] = [];
  const read = bodyText(input, warnings);
  const cut = read.cut;
  // A mailing list's post: the member who wrote it (not the list), and their text without the list's footer.
  const fromHeader: Address | undefined = parseAddressList(input.from || "")[0];
  const subject = input.subject || "";
  const dateHeader = input.dateHeader || "";
  const listed = memberBehindList(fromHeader, parseAddressList(input.replyTo || "")) ?? fromHeader;
  const outerFrom = listed && onBehalfOf(listed);
  const text = withoutListFooter(read.text);
  let thread = splitThread(text, subject);
  if (!thread.messages.length && input.htmlBody && text !== input.htmlBody) {
    const viaHtml = splitThread(htmlToText(input.htmlBody.slice(0, MAX_BODY_CHARS)), subject);
    if (viaHtml.messages.length) thread = viaHtml;
  }
  // A notice's own "From: WIRELESS CALLER (312) …" and "To: Main Line" lines (voicemail, call log) are its fields,
  // not a forwarded message: no address in any of them, under a system sender.
  if (outerFrom && isSystemSender(outerFrom) && thread.messages.every((m) => !m.from?.email))
    thread = { ...thread, messages: [] };
  // The same inside a forwarded notice (a colleague forwarding a voicemail): its field lines are its own text.
  const notice = thread.messages.findIndex((m) => isSystemSender(m.from));
  if (
    notice >= 0 &&
    notice < thread.messages.length - 1 &&
    thread.messages.slice(notice + 1).every((m) => !m.from?.email)
  ) {
    const [own, ...fields] = thread.messages.slice(notice);
    const body = [own.body, ...fields.map((m) => `From: ${m.from?.name ?? ""}\n${m.body}`)].join("\n\n");
    thread = { ...thread, messages: [...thread.messages.slice(0, notice), { ...own, body }] };
  }
  // A site form's mail that opens with the visitor as "From: Name <address>" and "Subject:" (WordPress Contact Form
  // 7's default template): the visitor's fields, with the rest of the form below, as one submission from the site.
  const visitor = thread.messages[0]?.from;
  if (
    outerFrom &&
    isSystemSender(outerFrom) &&
    isWebsiteSender(outerFrom, input.subject ?? "") &&
    !thread.note.trim() &&
    thread.messages.length === 1 &&
    visitor?.email
  ) {
    const fields = `Name: ${visitor.name}\nEmail: ${visitor.email}\n${thread.messages[0].body}`;
    thread = { ...thread, messages: [{ ...thread.messages[0], from: outerFrom, body: fields }] };
  }
  const attached = attachedMessages(input, ctx, warnings);
  // A forwarded list digest (Google Groups): each post is a message of its own.
  let messages = [...thread.messages, ...attached].flatMap((m) => digestPosts(m) ?? [m]);
  // A forwarded list post ("'X' via List") is the member's; a delegate's mail ("X on behalf of Y") the mailbox's.
  for (const m of messages) if (m.from) m.from = onBehalfOf(memberBehindList(m.from, [], m.body) ?? m.from);
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
  let lead: Lead = {};
  let source: string | undefined;
  if (choice) {
    lead = withAttachedCard(
      leadDetails(choice, messages, ctx.defaultRegion, dateHeader),
      input,
      ctx.defaultRegion,
    );
    // The card the owner typed into the note fills what the thread does not say.
    if (choice.kind !== "form" && note) {
      const card = cardInNote(note, choice.person, ctx.defaultRegion, choice.message.body.slice(0, 4000));
      fillGaps(lead, card);
    }
    // One the note names who is nobody in the thread: the number the note gives beside their name.
    if (choice.kind === "sender" && choice.noteOnly) {
      const phone = phoneBesideName(note, choice.person.name, ctx.defaultRegion);
      if (phone) lead.phone = phone;
    }
    if (choice.kind === "intro" && choice.referral)
      source = `Referral: ${cleanName(choice.introducer?.name) ?? choice.introducer?.email ?? ""}`.trim();
    else if (choice.kind === "sender" && choice.passedBy) source = referredBy(choice.passedBy);
    else if (choice.kind === "form" && choice.passedBy) source = referredBy(choice.passedBy);
    else if (choice.kind === "form" && choice.website) source = "Website";
    // An event platform's "New registration: … (free webinar)": the event's kind.
    else if (choice.kind === "form") source = registrationSource(choice.message.subject, choice.message.body);
    else if (choice.kind === "sender") {
      // The lead answering an introduction further down the thread came in by referral.
      const introducer = introducerOf(choice.person, messages, side);
      if (introducer) source = referredBy(introducer);
      // What the introducer wrote about them fills what their own reply leaves out.
      if (introducer)
        fillGaps(lead, fromAnsweredIntro(choice.person, introducer, messages, ctx.defaultRegion));
    }
  } else {
    // A colleague's forwarded message about the person ("Au salon hier, j'ai discuté avec …") is a note too.
    // Read by its wordings only ("j'ai discuté avec X"): its lines open with a greeting and its own signature.
    const byColleague = messages.filter((m) => side.isOwnerOrColleague(m.from)).map((m) => m.body);
    const fromColleague = leadFromNote(note, true)
      ? undefined
      : byColleague.find((t) => leadFromNote(t, true, false));
    const noteText = fromColleague ?? note;
    const named =
      leadFromNote(noteText, true, !fromColleague) ?? messages.map((m) => leadFromNote(m.body)).find(Boolean);
    if (named) lead = { name: named.name, ...(named.company ? { company: named.company } : {}) };
    // "Call Trevor Wednesday" over a colleague's mail that writes "Trevor Nakamura … his number is …".
    const full = named
      ? undefined
      : namedForNote(
          note,
          byColleague,
          [...ownNames, ...messages.map((m) => m.from?.name ?? "")],
          ctx.defaultRegion,
        );
    if (full) lead = { ...full };
    const ownSide = (email: string) => side.has({ name: "", email });
    const written = contactInNote(note, ownSide, ctx.defaultRegion);
    if (written.email || written.phone) {
      if (!lead.name && written.name) lead.name = written.name;
      if (written.email) lead.email = written.email;
      if (written.phone) lead.phone = written.phone;
      if (written.company && !lead.company) lead.company = written.company;
    }
    // A contact block pasted into the note, else what the note's prose says about the person it names.
    const block = contactBlockInNote(note, ownSide, ctx.defaultRegion);
    if (block.name && (!lead.name || block.email === lead.email)) lead = { ...lead, ...block };
    else if (lead.name) {
      const said = describedInNote(noteText, lead.name, ctx.defaultRegion);
      if (said.title && !lead.title) lead.title = said.title;
      if (said.company && (!lead.company || said.company.startsWith(lead.company)))
        lead.company = said.company;
    }
    // A card typed out in a note with no forwarded message: the lines around the address are its signature block.
    if (lead.email) {
      const card = cardInNote(note, { name: lead.name || "", email: lead.email }, ctx.defaultRegion);
      if (card.name && !lead.name) lead.name = card.name;
      fillGaps(lead, card);
    }
  }
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
    !isInsideForwarder(outerFrom, choice.message, side.isOwnerOrColleague, ctx.ownerEmails)
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
    !choice && lead.name && messages[0] ? messages[0] : choice?.kind === "form" && choice.listed ? choice.message : undefined;
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
    const ref =
      dateOfHeader(input.dateHeader) ??
      (input.date && typeof input.date.getTime === "function"
        ? dateInZone(input.date, ctx.timeZone)
        : undefined);
    // A chat pasted into a colleague's own mail: the words above it are their note.
    const above = choice?.kind === "form" && !note.trim() ? choice.noteAbove : undefined;
    const fu = followUpFromNote(above ?? note, ref);
    if (fu.date) lead.followUp = fu.date;
    if (fu.warning) warnings.push(fu.warning);
    if (source) lead.source = source;
  }
  const before = warnings.length;
  reviewReasons(lead, warnings);
  return { lead, needsReview: cut || warnings.length > before, warnings };
}

/** The lead of one e-mail; never throws: unreadable input gives an empty lead flagged for review. */
export function extractLeadFromEmail(input: EmailInput, ctx: ExtractContext): Extraction {
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
