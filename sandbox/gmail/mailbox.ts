// The sandbox mailbox: a raw RFC 5322 message delivered as Gmail would (threads, dedupe, filters, labels).
import { createHash } from "node:crypto";
import type { Kernel } from "../kernel";
import { parseEmlSync, plainToHtml, type ParsedEml } from "../eml";
import { matches, parseQuery } from "./query";
import {
  accountUser,
  addressesOf,
  labelByName,
  mailState,
  newMessageId,
  stripAngles,
  type MailState,
  type StoredLabel,
  type StoredMessage,
} from "./store";

export interface DeliverOptions {
  /** User labels to put on the message (created when missing), e.g. ["Leads"]. */
  labels?: string[];
  /** Gmail's internalDate. Default: the sandbox clock's now; "header" uses the message's Date header. */
  receivedAt?: Date | "header";
  /** The address it was delivered to (Gmail prepends `Delivered-To:`); default the account's own address. */
  deliveredTo?: string;
  /** Lands in the inbox (default true) and unread (default true). */
  inbox?: boolean;
  unread?: boolean;
  /** Extra system labels (e.g. ["SENT"]). */
  systemLabels?: string[];
}

/** The kernel accessor the Gmail fakes share: anything with a `kernel`, or the kernel itself. */
export type HasKernel = Kernel | { kernel: Kernel };

function kernelOf(k: HasKernel): Kernel {
  return "kernel" in k ? k.kernel : k;
}

/** Gmail's subject for threading: no Re:/Fwd: prefixes, case and spacing ignored. */
export function threadSubject(subject: string): string {
  let s = subject.trim();
  for (;;) {
    const next = s.replace(/^(re|fw|fwd|aw|wg|tr|rv|sv|vs|antw|odp|ynt)\s*(\[\d+\])?\s*:\s*/i, "").trim();
    if (next === s) break;
    s = next;
  }
  return s.toLowerCase().replace(/\s+/g, " ");
}

/** Gmail label names are unique regardless of case: asking for "leads" when "Leads" exists gives "Leads". */
export function createLabelIn(state: MailState, name: string): StoredLabel {
  const existing = labelByName(state, name) ?? state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (existing) return existing;
  const label = { id: `Label_${state.nextLabel++}`, name };
  state.labels.push(label);
  return label;
}

/**
 * Delivers one raw message into the sandbox mailbox, as Gmail would: parsed, threaded with the messages it
 * references (same subject), kept once when its Message-ID is already there, filtered, labelled. Returns the
 * Gmail message id.
 */
export function deliverEml(target: HasKernel, raw: Uint8Array | string, opts: DeliverOptions = {}): string {
  return deliverParsed(kernelOf(target), parseEmlSync(raw), opts);
}

export function deliverParsed(kernel: Kernel, parsed: ParsedEml, opts: DeliverOptions = {}): string {
  const state = mailState(kernel);
  const messageId = stripAngles(parsed.messageId);
  const userLabelIds = (opts.labels ?? []).map((name) => createLabelIn(state, name).id);
  const system = [
    ...(opts.inbox === false ? [] : ["INBOX"]),
    ...(opts.unread === false ? [] : ["UNREAD"]),
    ...(opts.systemLabels ?? []),
  ];
  // A message without a Message-ID is known by a digest of its bytes: the same file delivered again (the CLI
  // delivers its inbox folder on every run) is the same message, not a new one.
  const digest = messageId ? undefined : createHash("sha256").update(parsed.raw, "utf8").digest("hex");
  const duplicate = Object.values(state.messages).find((m) =>
    messageId ? m.messageId === messageId : m.digest === digest,
  );
  if (duplicate) {
    // Gmail keeps one copy of a Message-ID: the second delivery only adds what it brings (e.g. a label).
    for (const id of [...userLabelIds, ...system.filter((l) => l !== "UNREAD")]) {
      if (!duplicate.labelIds.includes(id)) duplicate.labelIds.push(id);
    }
    return duplicate.id;
  }
  const internalDate =
    opts.receivedAt === "header"
      ? isNaN(parsed.date.getTime())
        ? kernel.now()
        : parsed.date
      : (opts.receivedAt ?? kernel.now());
  const id = newMessageId(state, internalDate);
  const deliveredTo = [opts.deliveredTo ?? accountUser(kernel), ...addressesOf(parsed.deliveredTo)];
  const headers = [{ name: "Delivered-To", value: deliveredTo[0] }, ...parsed.headers];
  const refs = headers
    .filter((h) => /^(references|in-reply-to)$/i.test(h.name))
    .flatMap((h) => h.value.match(/<[^<>]+>/g) ?? [])
    .map(stripAngles);
  const msg: StoredMessage = {
    id,
    threadId: findThread(state, refs, parsed.subject) ?? id,
    messageId,
    ...(digest ? { digest } : {}),
    refs,
    from: parsed.from,
    to: parsed.to,
    cc: parsed.cc,
    bcc: parsed.bcc,
    replyTo: parsed.replyTo,
    deliveredTo: [...new Set(deliveredTo.map((a) => a.toLowerCase()))],
    subject: parsed.subject,
    internalDate,
    dateHeader: parsed.dateHeader,
    headers,
    plainBody: parsed.plainBody,
    // The HTML Gmail derives from a plain-text message is not stored twice: getBody rebuilds it.
    htmlBody: parsed.htmlBody === plainToHtml(parsed.plainBody) ? "" : parsed.htmlBody,
    attachments: parsed.attachments,
    raw: `Delivered-To: ${deliveredTo[0]}\r\n${parsed.raw}`,
    labelIds: [...new Set([...system, ...userLabelIds])],
  };
  state.messages[id] = msg;
  (state.threads[msg.threadId] ??= []).push(id);
  applyFilters(kernel, state, msg);
  return id;
}

/** A reply joins the thread of a message it references, when the subject still matches (Gmail's rule). */
function findThread(state: MailState, refs: string[], subject: string): string | undefined {
  if (!refs.length) return undefined;
  const wanted = threadSubject(subject);
  for (const m of Object.values(state.messages)) {
    if (refs.includes(m.messageId) && threadSubject(m.subject) === wanted) return m.threadId;
  }
  return undefined;
}

/** Filters act on arrival (criteria to/from/subject/query; actions add/remove labels), like Gmail's. */
function applyFilters(kernel: Kernel, state: MailState, msg: StoredMessage): void {
  if (msg.labelIds.includes("SENT") && !msg.labelIds.includes("INBOX")) return;
  for (const f of state.filters) {
    const c = f.criteria as Record<string, string | undefined>;
    const parts: string[] = [];
    if (c.from) parts.push(`from:(${c.from})`);
    if (c.to) parts.push(`to:(${c.to}) OR deliveredto:(${c.to})`);
    if (c.subject) parts.push(`subject:(${c.subject})`);
    if (c.query) parts.push(`(${c.query})`);
    if (c.negatedQuery) parts.push(`-(${c.negatedQuery})`);
    if (c.hasAttachment) parts.push("has:attachment");
    if (!parts.length) continue;
    const node = parseQuery(parts.map((p) => `(${p})`).join(" "));
    if (!matches(node, msg, { state, now: kernel.now() })) continue;
    for (const id of f.action.removeLabelIds ?? []) msg.labelIds = msg.labelIds.filter((l) => l !== id);
    for (const id of f.action.addLabelIds ?? []) if (!msg.labelIds.includes(id)) msg.labelIds.push(id);
  }
}

/** The account's send-as aliases (GmailApp.getAliases, Gmail.Users.Settings.SendAs.list). */
export function setAliases(target: HasKernel, aliases: string[]): void {
  mailState(kernelOf(target)).aliases = [...aliases];
}
