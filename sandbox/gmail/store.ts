// The mailbox's persisted state (plain JSON in the kernel): messages, threads, labels, filters, aliases.
import type { Kernel } from "../kernel";
import type { EmlAttachment } from "../eml";

/** Gmail's system labels, by the ids the Gmail API uses. */
export const SYSTEM_LABELS = ["INBOX", "SENT", "TRASH", "SPAM", "UNREAD", "STARRED", "IMPORTANT", "DRAFT"] as const;

export interface StoredMessage {
  id: string;
  threadId: string;
  /** The Message-ID header, without angle brackets. */
  messageId: string;
  /** A digest of the raw message, for one without a Message-ID (kept once, as Gmail keeps a Message-ID once). */
  digest?: string;
  /** References and In-Reply-To ids (no angle brackets): how Gmail threads replies. */
  refs: string[];
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  /** Every Delivered-To the message carries (Gmail adds the mailbox's own address on delivery). */
  deliveredTo: string[];
  subject: string;
  /** Gmail's internalDate: when the message reached the mailbox. */
  internalDate: Date;
  dateHeader: string;
  headers: { name: string; value: string }[];
  plainBody: string;
  /** "" for a plain-text message (its HTML form is derived on read). */
  htmlBody: string;
  attachments: EmlAttachment[];
  raw: string;
  /** System label ids (INBOX, UNREAD, SENT, TRASH…) and user label ids ("Label_3"). */
  labelIds: string[];
}

export interface StoredLabel {
  id: string;
  name: string;
}

export interface StoredFilter {
  id: string;
  criteria: Record<string, unknown>;
  action: { addLabelIds?: string[]; removeLabelIds?: string[]; forward?: string };
}

export interface MailState {
  seq: number;
  messages: Record<string, StoredMessage>;
  /** Thread id → its message ids, oldest first. */
  threads: Record<string, string[]>;
  labels: StoredLabel[];
  nextLabel: number;
  filters: StoredFilter[];
  nextFilter: number;
  /** Send-as addresses besides the account's own (GmailApp.getAliases). */
  aliases: string[];
}

export function mailState(kernel: Kernel): MailState {
  return kernel.slice<MailState>("gmail", () => ({
    seq: 0,
    messages: {},
    threads: {},
    labels: [],
    nextLabel: 1,
    filters: [],
    nextFilter: 1,
    aliases: [],
  }));
}

/** A Gmail-style id: 16 hex digits, growing with the time of arrival (as Gmail's do). */
export function newMessageId(state: MailState, at: Date): string {
  state.seq++;
  const value = BigInt(Math.max(0, at.getTime())) * BigInt(4096) + BigInt(state.seq % 4096);
  return value.toString(16).padStart(16, "0");
}

/** The account's own address, as the sandbox was created with. */
export function accountUser(kernel: Kernel): string {
  return kernel.slice("account", () => ({ user: "owner@ledger-owner.example" })).user;
}

/** Messages of a thread, oldest first. */
export function threadMessages(state: MailState, threadId: string): StoredMessage[] {
  return (state.threads[threadId] ?? []).map((id) => state.messages[id]).filter(Boolean);
}

export function labelByName(state: MailState, name: string): StoredLabel | undefined {
  return state.labels.find((l) => l.name === name);
}

export function labelById(state: MailState, id: string): StoredLabel | undefined {
  return state.labels.find((l) => l.id === id);
}

/** Bare address of "Name <addr>" (lower case). */
export function addressesOf(list: string): string[] {
  const out: string[] = [];
  const re = /<([^<>\s]+@[^<>\s]+)>|([^\s,<>"]+@[^\s,<>"]+)/g;
  for (let m = re.exec(list); m; m = re.exec(list)) out.push((m[1] ?? m[2]).toLowerCase());
  return out;
}

export function stripAngles(id: string): string {
  return id.trim().replace(/^<|>$/g, "");
}
