// `run --inbox`: a file that answers mail the account sent (In-Reply-To/References a Sent message) or that is
// addressed to a plus-address other than +leads arrives as ordinary mail; everything else reached the capture
// label through the +leads filter, as before.
import type { Sandbox } from "../index";
import { deliverEml } from "../gmail/mailbox";
import { mailState } from "../gmail/store";
import { deliverLeadMail } from "./run-jobs";

function headerBlock(raw: Uint8Array): string {
  const text = Buffer.from(raw.subarray(0, 64 * 1024)).toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
}

export function deliverInboxFile(sandbox: Sandbox, raw: Uint8Array): string {
  const headers = headerBlock(raw);
  const get = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(headers)?.[1] ?? "";
  const refs = `${get("In-Reply-To")} ${get("References")}`.match(/<[^<>]+>/g) ?? [];
  const sent = new Set(
    Object.values(mailState(sandbox.kernel).messages)
      .filter((m) => m.labelIds.includes("SENT"))
      .map((m) => `<${m.messageId}>`.toLowerCase()),
  );
  const plus = /[^\s<>,"]+\+(?!leads@)[^\s<>,"@]+@[^\s<>,"]+/i.exec(get("To"))?.[0];
  if (refs.some((r) => sent.has(r.toLowerCase()))) return deliverEml(sandbox, raw);
  if (plus) return deliverEml(sandbox, raw, { deliveredTo: plus.toLowerCase() });
  return deliverLeadMail(sandbox, raw);
}
