// A chat pasted into a note or a message (WhatsApp, LinkedIn, SMS) as the choice of lead.
import { localPart } from "../contact/email";
import type { Choice } from "./choose";
import { chatLead } from "./pasted-chat";
import { isSystemSender, type OwnerSide } from "./people";
import { SCAN_CHARS, type ThreadMessage } from "./thread";

/**
 * The mailbox of a chat-to-mail bridge (WhatsApp Business or SMS forwarding, a chat widget's relay): "relay@",
 * "gateway@", "forwarder@", "whatsapp@", "sms@", "chat@". It mails the chat on, it refers no one; the chat is still
 * read as the lead's (not a system sender, whose messages are skipped).
 */
const BRIDGE_LOCAL_RE =
  /^(?:relay|gateway|bridge|forward(?:er|ing)?|whatsapp|wa|sms|text|chat|chats|messenger)(?:[+._-].*)?$/i;

/**
 * A chat pasted into the note or a message (WhatsApp, LinkedIn, an SMS): its outside speaker, or the person that
 * speaker passes on. The speakers on the owner's side are known by the names on their addresses.
 */
export function inPastedChat(
  messages: ThreadMessage[],
  side: OwnerSide,
  region: string,
  note: string,
  ownNames: string[],
): Choice | undefined {
  const names = [
    ...ownNames,
    ...messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).filter((a) => !!a && side.has(a)),
  ].map((a) => (typeof a === "string" ? a : a?.name || ""));
  const texts: [string, ThreadMessage | undefined][] = [
    [note, undefined],
    ...messages.map((m) => [m.body, m] as [string, ThreadMessage]),
  ];
  for (const [text, m] of texts) {
    if (!text.trim() || (m && isSystemSender(m.from))) continue;
    const found = chatLead(text.slice(0, SCAN_CHARS), names, region);
    if (!found) continue;
    const { passedBy, above, ...form } = found;
    const by = passedBy
      ? { name: passedBy, email: "" }
      : m?.from && !side.has(m.from) && !BRIDGE_LOCAL_RE.test(localPart(m.from.email))
        ? m.from
        : undefined;
    const own = !m || side.has(m.from);
    const message = m ?? { to: [], cc: [], subject: "", date: "", body: text, kind: "forward" as const };
    return {
      kind: "form",
      form,
      message,
      website: false,
      passedBy: by,
      ...(own ? { noteAbove: above } : {}),
    };
  }
  return undefined;
}
