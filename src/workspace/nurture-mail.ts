// Gmail for nurture: raw send through the advanced service, the Sent check for an interrupted send, the nurture
// label on sent mail (one batch call), the one search for answers, HMAC tokens, the owner's alert.
import { hex } from "../core/nurture/encode";
import { readRawMessage } from "../core/email/mime";
import { decode } from "./gmail-message";
import { binaryString } from "./gmail-capture";

export const NURTURE_LABEL = "Lead nurture";
const LABEL_ID_KEY = "nurture.labelId";
const SECRET_KEY = "nurture.secret";

interface Props {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** Sends one raw message from the owner's Gmail; Gmail's ids of the sent copy. */
export function sendRaw(raw: string): { id: string; threadId: string } {
  const sent = Gmail!.Users!.Messages!.send({ raw: Utilities.base64EncodeWebSafe(raw) }, "me");
  return { id: String(sent.id), threadId: String(sent.threadId) };
}

/**
 * The sent copy of an interrupted send (one search): our Message-ID, or — should Gmail have replaced that
 * header — a message sent to the same address since the intent was written. Our email starts its thread.
 */
export function findSent(
  messageId: string,
  email: string,
  sinceSec: number,
): { id: string; threadId: string } | undefined {
  const id = messageId.replace(/^<|>$/g, "");
  const q = `in:sent {rfc822msgid:${id} (to:${email} after:${sinceSec})}`;
  const [first] = Gmail!.Users!.Messages!.list("me", { q, maxResults: 1 }).messages ?? [];
  return first ? { id: String(first.id), threadId: String(first.threadId) } : undefined;
}

/** The nurture label's id (created once, kept in properties). */
export function nurtureLabelId(props: Props): string {
  const known = props.get(LABEL_ID_KEY);
  if (known) return known;
  const labels = Gmail!.Users!.Labels!.list("me").labels ?? [];
  const found = labels.find((l) => String(l.name).toLowerCase() === NURTURE_LABEL.toLowerCase());
  const id = String(found ? found.id : Gmail!.Users!.Labels!.create({ name: NURTURE_LABEL }, "me").id);
  props.set(LABEL_ID_KEY, id);
  return id;
}

/** Puts the nurture label on sent messages, 1,000 a call, so answers in their threads are found by one search. */
export function labelSent(labelId: string, messageIds: readonly string[]): void {
  for (let i = 0; i < messageIds.length; i += 1000)
    Gmail!.Users!.Messages!.batchModify({ ids: messageIds.slice(i, i + 1000), addLabelIds: [labelId] }, "me");
}

/** A per-ledger secret in the owner's properties (made once); tokens are HMACs with it. */
export function tokenSecret(props: Props): string {
  let secret = props.get(SECRET_KEY);
  if (!secret) {
    secret = `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, "");
    props.set(SECRET_KEY, secret);
  }
  return secret;
}

/** The unsubscribe token of a lead: the first 16 bytes of HMAC-SHA256(Lead ID, secret), in hex. */
export function leadToken(leadId: string, secret: string): string {
  return hex(Utilities.computeHmacSha256Signature(leadId, secret).slice(0, 16));
}

export interface IncomingMessage {
  id: string;
  threadId: string;
  date: Date;
  from: string;
  to: string;
  subject: string;
  body: string;
  headers: Record<string, string>;
}

const READ_HEADERS = [
  "Auto-Submitted",
  "X-Autoreply",
  "X-Autorespond",
  "Precedence",
  "Content-Type",
  "X-Failed-Recipients",
  "In-Reply-To",
  "References",
];

/**
 * One search (Gmail advanced service, scope gmail.modify) for everything nurture answers to, then one read of
 * each message not `known` yet, as raw MIME that core takes apart; a message already seen costs nothing.
 */
export function searchAnswers(query: string, known: (id: string) => boolean = () => false, max = 100): IncomingMessage[] {
  const found = Gmail!.Users!.Messages!.list("me", { q: query, maxResults: max }).messages ?? [];
  const out: IncomingMessage[] = [];
  for (const m of found) {
    const id = String(m.id);
    if (known(id)) continue;
    const full = Gmail!.Users!.Messages!.get("me", id, { format: "raw" });
    const msg = readRawMessage(binaryString(Utilities.base64DecodeWebSafe(String(full.raw ?? ""))), decode);
    const headers: Record<string, string> = {};
    for (const h of READ_HEADERS) headers[h.toLowerCase()] = msg.headers[h.toLowerCase()] ?? "";
    out.push({
      id,
      threadId: String(full.threadId ?? m.threadId),
      date: new Date(Number(full.internalDate ?? 0)),
      from: msg.from,
      to: `${msg.to}, ${msg.cc}`,
      subject: msg.subject,
      body: msg.text,
      headers,
    });
  }
  return out;
}

/** The owner's own alert (MailApp: their quota, their inbox). */
export function alertOwner(to: string, subject: string, body: string): void {
  MailApp.sendEmail({ to, subject, body, name: "Lead Ledger" });
}

/** Today's remaining recipients of the MailApp quota. */
export function remainingQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Waits between sends (Gmail is paced). */
export function pause(ms: number): void {
  Utilities.sleep(ms);
}
