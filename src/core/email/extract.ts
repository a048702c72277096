// One e-mail (as Gmail shows it) to the one lead the owner should follow up with.
import type { EmailInput, ExtractContext, Extraction, Lead } from "../lead";
import { parseAddressList, type Address } from "../contact/email";
import { normalizedNames } from "../contact/name";
import { forgetParsedPhones } from "../contact/phone";
import { followUpFromNote } from "../followup/followup";
import { choosePerson, unlessNoteNamesLead } from "./choose";
import { withAttachedCard } from "./attached-card";
import { cardInNote } from "./card-in-note";
import { leadDetails } from "./details";
import { forwarderComments } from "./inline-comment";
import { fromAnsweredIntro } from "./answered-intro";
import { leadSource, sourceOfChoice } from "./lead-source";
import { contactInNote } from "./note-named";
import { nameFromNote } from "./note-names-sender";
import { copiedTheNoteNames } from "./note-picks-copied";
import { phoneBesideName } from "./phone-beside-name";
import { ownerSide } from "./people";
import { readMail } from "./read-mail";
import { prospectsColleague } from "./prospect-colleague";
import { SCAN_CHARS } from "./thread";
import { companyCorrection, companyRenamed } from "./company-correction";
import { withoutFormerName, withoutTown } from "./company-town";
import { fillGaps } from "./fill-gaps";
import { siteInHtml } from "./html-site";
import { isOwnerSite } from "./owner-site";
import { nameCompletion, nameCorrection } from "./name-correction";
import { inWrittenCountry } from "./national-region";
import { mobileForLeadInNote } from "./note-mobile";
import { movedAddress } from "./moved-address";
import { titleInNote } from "./note-title";
import { leadOfNote } from "./note-only-lead";
import { withOwnOtherMailbox } from "./own-mailbox";
import { reviewReasons } from "./review-reasons";
import { sentOn } from "./sent-date";
import { noteInSubject } from "./subject-note";
import { forwardsOwnMail } from "./self-forward";

function extract(input: EmailInput, given: ExtractContext): Extraction {
  const ctx = withOwnOtherMailbox(input, given);
  const warnings: string[] = [];
  const { text, cut, messages, note, outerFrom, forwarded } = readMail(input, ctx, warnings);
  const dateHeader = input.dateHeader || "";
  const isOwner = (a: Address | undefined) =>
    !!a && ctx.ownerEmails.map((e) => e.toLowerCase()).includes(a.email);
  const chases = forwarded && forwardsOwnMail(outerFrom, messages, isOwner);
  const side = ownerSide(ctx.ownerEmails, forwarded && !chases ? outerFrom : undefined);
  // The names of the owner's side, as a chat pasted in the mail shows its speakers.
  const ownNames = [outerFrom, ...parseAddressList(input.to || "")]
    .filter((a): a is Address => !!a && (isOwner(a) || side.has(a)))
    .map((a) => a.name);
  let choice =
    unlessNoteNamesLead(choosePerson(messages, side, ctx.defaultRegion, note, ownNames), note) ??
    prospectsColleague(messages, ctx, forwarded, outerFrom, note, ownNames);
  // The note picks one the mail was copied to ("call the one in cc, Ms. Reyes"; a group mail's "go with Devika").
  const copied = note && forwarded ? copiedTheNoteNames(note, messages, side) : undefined;
  if (
    copied?.kind === "sender" &&
    !(choice && choice.kind !== "form" && choice.person.email === copied.person.email)
  )
    choice = copied;
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
      const mobile = mobileForLeadInNote(
        said,
        choice.person,
        lead.phone,
        ctx.defaultRegion,
        choice.message.body,
      );
      if (mobile) lead.phone = mobile;
      // "He's the purchasing manager there", "Er ist Einkaufsleiter": the title their own mail does not give.
      if (!lead.title && choice.kind === "sender" && !choice.noteOnly && !choice.namedIn && note)
        lead.title = titleInNote(note);
      if (!lead.title) delete lead.title;
    }
    // One the note names who is nobody in the thread, or one it names who wrote no number of their own ("Call the
    // owner, Walt Kuzyk, directly at 416-…", he is only copied): the number the note gives beside their name.
    if (choice.kind === "sender" && (choice.noteOnly || (choice.namedIn && !lead.phone))) {
      // A short note's words may name no country: the forwarded message's words do ("tel. 501 555 123" under Polish).
      const phone = phoneBesideName(
        note,
        choice.person.name,
        ctx.defaultRegion,
        `${note}\n${choice.message.body.slice(0, 2000)}`,
      );
      if (phone) lead.phone = phone;
    }
    // "Please use my new address … from now on" in their own newest text: the address they move to.
    const moved =
      choice.kind === "sender" && lead.email && choice.message.from?.email === choice.person.email
        ? movedAddress(choice.message, lead.name ?? "", lead.email, messages, side)
        : undefined;
    if (moved) lead.email = moved;
    const path = sourceOfChoice(choice, messages, side, ctx.ownerEmails);
    source = path.source;
    // What the introducer wrote about them fills what their own reply leaves out.
    if (path.introducer && choice.kind === "sender")
      fillGaps(lead, fromAnsweredIntro(choice.person, path.introducer, messages, ctx.defaultRegion));
    // A site written only in the HTML part's signature table (the plain part leaves it out).
    if (!lead.website && choice.kind === "sender") lead.website = siteInHtml(input.htmlBody, lead.email);
    if (!lead.website || isOwnerSite(lead.website, ctx.ownerEmails, lead.email)) delete lead.website;
  } else lead = leadOfNote(note, messages, side, ownNames, ctx.defaultRegion);
  if (noted) {
    if (noted.company) lead.company ??= noted.company;
    if (!lead.phone) {
      const written = contactInNote(note, (email) => side.has({ name: "", email }), ctx.defaultRegion);
      if (written.phone) lead.phone = written.phone;
    }
  }
  // No note above or under the forward: the words the forwarder typed into the subject ("Fwd: call Fri - fair lead").
  const said = note.trim() || !forwarded || !messages[0] ? note : noteInSubject(input.subject || "", text);
  source = leadSource(source, {
    choice,
    lead,
    messages,
    note: said,
    forwarded,
    outerFrom,
    side,
    ownerEmails: ctx.ownerEmails,
  });
  if (Object.keys(lead).length) {
    const ref = sentOn(input, ctx.timeZone);
    // A chat pasted into a colleague's own mail: the words above it are their note.
    const above = choice?.kind === "form" && !note.trim() ? choice.noteAbove : undefined;
    const fu = followUpFromNote(above ?? said, ref);
    if (fu.date) lead.followUp = fu.date;
    if (fu.warning) warnings.push(fu.warning);
    if (source) lead.source = source;
    if (lead.company) lead.company = withoutTown(withoutFormerName(lead.company));
    // "the company is actually …" in the owner's note (above the forward or typed under it): beats the signature.
    const corrected = companyCorrection(text.slice(0, SCAN_CHARS)) ?? companyRenamed(note);
    if (corrected) lead.company = corrected;
    // "Name is actually Katarzyna, not Kasia": the owner knows the name better than the header.
    const renamed =
      forwarded || choice?.kind === "sender"
        ? (nameCorrection(note, lead.name) ?? nameCompletion(note, lead.name))
        : undefined;
    if (renamed) lead.name = renamed;
    // "il suo cellulare è 347 555 0192" in Italian mail: an Italian mobile, not a +1 number.
    const abroad = lead.phone ? inWrittenCountry(lead.phone, text, ctx.defaultRegion, lead.email) : undefined;
    if (abroad) lead.phone = abroad;
  }
  const before = warnings.length;
  reviewReasons(lead, warnings);
  return { lead, needsReview: cut || warnings.length > before, warnings };
}

/** The lead of one e-mail; never throws: unreadable input gives an empty lead flagged for review. */
export function extractLeadFromEmail(input: EmailInput, ctx: ExtractContext): Extraction {
  normalizedNames.clear();
  forgetParsedPhones();
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
