// No one in the thread is the lead: the one the owner's note (or a colleague's mail) names, and what it says of them.
import type { Lead } from "../lead";
import { contactInNote, leadFromNote } from "./note-named";
import { contactBlockInNote, describedInNote } from "./note-contact";
import { namedForNote } from "./note-first-name";
import type { OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";
import { cardInNote } from "./card-in-note";
import { fillGaps } from "./fill-gaps";
import { addressSpellsName } from "./name-address";
import { nameTheAddressSpells } from "./note-address-name";

/** The lead the note names when no person in `messages` was chosen; `ownNames` are the owner side's names. */
export function leadOfNote(
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
  ownNames: string[],
  region: string,
): Lead {
  let lead: Lead = {};
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
    : namedForNote(note, byColleague, [...ownNames, ...messages.map((m) => m.from?.name ?? "")], region);
  if (full) lead = { ...full };
  const ownSide = (email: string) => side.has({ name: "", email });
  const written = contactInNote(note, ownSide, region);
  // "Text from Carla Jennings … Denise Okoro is running point … denise.okoro@…": the address belongs to the one its
  // line names and it spells, not to the one the note's opening names (the referrer, or a word taken for a name).
  const spelled =
    written.email && lead.name && !addressSpellsName(written.email, lead.name)
      ? nameTheAddressSpells(note, written.email)
      : undefined;
  if (spelled) lead = { name: spelled };
  if (written.email || written.phone) {
    if (!lead.name && written.name) lead.name = written.name;
    if (written.email) lead.email = written.email;
    if (written.phone) lead.phone = written.phone;
    if (written.company && !lead.company) lead.company = written.company;
  }
  // A contact block pasted into the note, else what the note's prose says about the person it names.
  const block = contactBlockInNote(note, ownSide, region);
  if (block.name && (!lead.name || block.email === lead.email)) lead = { ...lead, ...block };
  else if (lead.name) {
    const said = describedInNote(noteText, lead.name, region);
    if (said.title && !lead.title) lead.title = said.title;
    if (said.company && (!lead.company || said.company.startsWith(lead.company))) lead.company = said.company;
  }
  // A card typed out in a note with no forwarded message: the lines around the address are its signature block.
  if (lead.email) {
    const card = cardInNote(note, { name: lead.name || "", email: lead.email }, region);
    if (card.name && !lead.name) lead.name = card.name;
    fillGaps(lead, card);
  }
  return lead;
}
