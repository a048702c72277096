// The owner forwarding from another mailbox of their own: that address counts as the owner's too.
import type { EmailInput, ExtractContext } from "../lead";
import { parseAddressList, type Address } from "../contact/email";

/**
 * The owner forwarding from another mailbox of their own (a personal Yahoo or Gmail to work): the sender's display
 * name is the name on the owner's own address in To. That mailbox is the owner's too, never an outside referrer.
 */
export function withOwnOtherMailbox(input: EmailInput, ctx: ExtractContext): ExtractContext {
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
