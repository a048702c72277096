// A prospect forwarding their own colleague's mail ("see below from Anna, she'll handle it"): the colleague is a lead.
import type { ExtractContext } from "../lead";
import type { Address } from "../contact/email";
import { choosePerson, type Choice } from "./choose";
import { leadOfNote } from "./note-only-lead";
import { ownerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * When nobody is chosen because everyone in the forward shares the forwarder's domain, and the forwarder is outside
 * the owner's business (a prospect passing on their colleague's request), the people are chosen again with only the
 * owner's side set aside; unless the note alone names a lead. Undefined otherwise.
 */
export function prospectsColleague(
  messages: ThreadMessage[],
  ctx: ExtractContext,
  forwarded: boolean,
  outerFrom: Address | undefined,
  note: string,
  ownNames: string[],
): Choice | undefined {
  if (!forwarded || !outerFrom || !messages.length) return undefined;
  const owners = ownerSide(ctx.ownerEmails, undefined);
  if (owners.isOwnerOrColleague(outerFrom)) return undefined;
  if (Object.keys(leadOfNote(note, messages, owners, ownNames, ctx.defaultRegion)).length) return undefined;
  return choosePerson(messages, owners, ctx.defaultRegion, note, ownNames);
}
