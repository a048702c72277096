// What each new message means for nurture: a lead's reply, auto-reply, bounce or unsubscribe — or nothing. Pure.
import {
  addressOf,
  bouncedAddress,
  classifyIncoming,
  newText,
  unsubscribeRequest,
  type IncomingMail,
} from "./replies";

export interface Message extends IncomingMail {
  id: string;
  threadId: string;
}

export interface LeadIndex {
  /** Lead ID of a nurture thread. */
  byThread: ReadonlyMap<string, string>;
  /** Lead ID of an address. */
  byEmail: ReadonlyMap<string, string>;
  /** Lead IDs in the ledger. */
  ids: ReadonlySet<string>;
}

export type AnswerKind = "reengaged" | "bounced" | "unsubscribed" | "auto-reply" | "wrong token";

export interface Answer {
  kind: AnswerKind;
  /** "" for a wrong-token request (nobody is changed). */
  leadId: string;
  messageId: string;
  from: string;
  subject: string;
  /** A line for Activity: what the message said or why it counts. */
  details: string;
}

const OUR_MESSAGE_ID = /lead-ledger\.nurture\.(L-\d+)\./i;
/** Reply prefixes of mail clients (en, de, fr, nl, sv/da/no, es/it/pt), for replies that lost their references. */
const REPLY_SUBJECT = /^\s*(re|aw|antw|sv|vs|réf|rif|r)\s*(\[\d+\])?\s*:/i;

/**
 * Whether a message could be a nurture answer at all, from its own headers: it refers to our Message-ID, is a
 * reply, a bounce, or went to the unsubscribe address. Other new mail is not worth reading the ledger for.
 */
export function mayBeAnswer(m: Message, unsubscribeAddress: string): boolean {
  return (
    OUR_MESSAGE_ID.test(`${m.header("in-reply-to")} ${m.header("references")}`) ||
    REPLY_SUBJECT.test(m.subject) ||
    m.to.toLowerCase().includes(unsubscribeAddress.toLowerCase()) ||
    classifyIncoming({ ...m, body: "" }) === "bounce"
  );
}

/**
 * The answers among `messages`. `unsubscribeAddress` is the owner's +unsubscribe address; `tokenOf(leadId)`
 * gives a lead's valid token; `ownerEmails` are never a lead's answer.
 */
export function readAnswers(
  messages: readonly Message[],
  index: LeadIndex,
  unsubscribeAddress: string,
  ownerEmails: readonly string[],
  tokenOf: (leadId: string) => string,
): Answer[] {
  const out: Answer[] = [];
  for (const m of messages) {
    const from = addressOf(m.from);
    if (ownerEmails.includes(from)) continue;
    const base = { messageId: m.id, from, subject: m.subject };
    const toUnsub = m.to.toLowerCase().includes(unsubscribeAddress.toLowerCase());
    if (toUnsub) {
      const req = unsubscribeRequest(`${m.subject}\n${m.body}`);
      if (req && index.ids.has(req.leadId) && tokenOf(req.leadId) === req.token)
        out.push({
          ...base,
          kind: "unsubscribed",
          leadId: req.leadId,
          details: `by email to ${unsubscribeAddress}`,
        });
      else
        out.push({
          ...base,
          kind: "wrong token",
          leadId: "",
          details: `unsubscribe mail from ${from} without a valid token: nothing changed`,
        });
      continue;
    }
    const kind = classifyIncoming(m);
    // Our thread, else our Message-ID in In-Reply-To/References (an "Automatic reply: …" subject is not threaded).
    const refs = OUR_MESSAGE_ID.exec(
      `${m.header("in-reply-to")} ${m.header("references")}`,
    )?.[1]?.toUpperCase();
    const leadId =
      index.byThread.get(m.threadId) ??
      (refs && index.ids.has(refs) ? refs : undefined) ??
      (kind === "bounce"
        ? (OUR_MESSAGE_ID.exec(m.body)?.[1]?.toUpperCase() ?? index.byEmail.get(bouncedAddress(m)))
        : undefined);
    if (!leadId) continue; // not about a nurture email
    const said = newText(m.body, m.subject).replace(/\s+/g, " ").slice(0, 140);
    if (kind === "bounce")
      out.push({ ...base, kind: "bounced", leadId, details: `bounce from ${from}: ${m.subject}` });
    else if (kind === "auto-reply")
      out.push({ ...base, kind: "auto-reply", leadId, details: `auto-reply ignored: ${m.subject}` });
    else if (kind === "unsubscribe-request")
      out.push({ ...base, kind: "unsubscribed", leadId, details: `asked by reply: "${said}"` });
    else out.push({ ...base, kind: "reengaged", leadId, details: `replied: "${said}"` });
  }
  return out;
}
