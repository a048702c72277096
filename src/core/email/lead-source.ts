// How the lead came in (Referral, Trade show, Website …): from who passed them on, then the notes on the way.
import type { Lead } from "../lead";
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import type { Choice } from "./choose";
import { cleanName } from "./display-name";
import { carriesBusinessName, isInsideForwarder } from "./inside-forwarder";
import { introducerOf } from "./intro-names";
import { isLeadsOwnEvent, sourceFromLead, sourceFromNote, sourceFromOrganiser } from "./note";
import { sourceFromMeeting } from "./met-at";
import type { OwnerSide } from "./people";
import { registrationSource } from "./registration";
import { thankedReferrer } from "./thanked-referrer";
import type { ThreadMessage } from "./thread";

/** Two addresses on one company's domain (free mail never counts). */
function sameCompany(a: Address, b: Address): boolean {
  const d = domainOf(a.email);
  return !!d && d === domainOf(b.email) && !isFreeMailDomain(d);
}

/** "Referral: <who passed the lead on>". */
const referredBy = (a: Address) => `Referral: ${cleanName(a.name) ?? a.email}`;

/** The source the chosen person's own path gives (who introduced or passed them on), and their introducer. */
export function sourceOfChoice(
  choice: Choice,
  messages: ThreadMessage[],
  side: OwnerSide,
  ownerEmails: string[],
): { source?: string; introducer?: Address } {
  if (choice.kind === "intro" && choice.referral)
    return {
      source: `Referral: ${cleanName(choice.introducer?.name) ?? choice.introducer?.email ?? ""}`.trim(),
    };
  // A partner passing it on from their personal mailbox ("Dana Reyes" of reyesandkim.…) is no referrer.
  if (choice.kind === "sender" && choice.passedBy && !carriesBusinessName(choice.passedBy, ownerEmails))
    return { source: referredBy(choice.passedBy) };
  if (choice.kind === "form" && choice.passedBy) return { source: referredBy(choice.passedBy) };
  // A CRM's or form tool's own "Lead source:" field ("Trade show - Galway Agri Expo 2025"), read as a note would be.
  const recorded = choice.kind === "form" ? sourceField(choice.message.body) : undefined;
  if (recorded) return { source: recorded };
  if (choice.kind === "form" && choice.website) return { source: "Website" };
  // An event platform's "New registration: … (free webinar)": the event's kind.
  if (choice.kind === "form")
    return { source: registrationSource(choice.message.subject, choice.message.body) };
  if (choice.kind !== "sender") return {};
  // The lead answering an introduction further down the thread came in by referral.
  const introducer = introducerOf(choice.person, messages, side);
  if (introducer) return { source: referredBy(introducer), introducer };
  // Else the one they thank for the introduction in their own reply ("dank Femke voor het doorverwijzen").
  const thanked = thankedReferrer(choice.person, messages, side);
  return thanked ? { source: referredBy(thanked) } : {};
}

export interface SourceContext {
  choice: Choice | undefined;
  lead: Lead;
  messages: ThreadMessage[];
  note: string;
  forwarded: boolean;
  outerFrom: Address | undefined;
  side: OwnerSide;
  ownerEmails: string[];
}

/** The lead's source: `source` from their path, else (or over it) what the forwarder and the notes say. */
export function leadSource(source: string | undefined, c: SourceContext): string | undefined {
  const { choice, messages, note, side, outerFrom } = c;
  // An outside person who forwarded it to the owner referred the lead.
  if (
    !source &&
    c.forwarded &&
    outerFrom &&
    !side.isOwnerOrColleague(outerFrom) &&
    choice &&
    choice.kind !== "form" &&
    !isInsideForwarder(outerFrom, choice.message, side.isOwnerOrColleague, c.ownerEmails, note) &&
    // The lead's own colleague passing their mail on is no referrer.
    !sameCompany(outerFrom, choice.person)
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
    !choice && c.lead.name && messages[0]
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
  return source;
}

/**
 * A CRM record's source field (Salesforce, HubSpot, Pipedrive and the like): en "Lead source", "Source", "Original
 * source"; de "Lead-Quelle", "Quelle"; fr "Source du lead", "Origine"; es "Origen (del lead)", "Fuente"; pt "Origem
 * (do lead)", "Fonte"; it "Origine", "Fonte"; nl "Bron", "Leadbron"; sv "Källa"; nb/da "Kilde". Its category, if any.
 */
const SOURCE_FIELD_RE =
  /^[ \t]*(?:(?:lead |original )?source|lead-?quelle|quelle|source du (?:lead|prospect)|origine|origen(?: del lead)?|fuente|origem(?: do lead)?|fonte|(?:lead)?bron|källa|kilde)[ \t]*:[ \t]*(\S[^\n]{0,120})$/im;

function sourceField(body: string): string | undefined {
  const value = SOURCE_FIELD_RE.exec(body.slice(0, 8000))?.[1];
  return value ? sourceFromNote(value) : undefined;
}
