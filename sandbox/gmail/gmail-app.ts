// GmailApp: search, labels, threads and messages of the sandbox mailbox, and sending through the user's Gmail.
import { notImplemented, type Kernel } from "../kernel";
import { useRecipients } from "../mail/email-quota";
import { composeMessage } from "./compose";
import { createLabelIn, deliverParsed } from "./mailbox";
import { searchThreads, threadsWhere } from "./query";
import { accountUser, labelByName, mailState } from "./store";
import { GmailLabelFake, MAX_THREADS_PER_CALL, threadIdOf, tooManyThreads } from "./label";
import { GmailMessageFake } from "./message";
import { GmailThreadFake } from "./thread";

const T = "GmailApp";
/** Gmail's reserved names: a user label cannot take them. */
const RESERVED = ["inbox", "sent", "trash", "spam", "drafts", "draft", "starred", "important", "unread", "chats", "all mail"];
/** GmailApp.search and the listing calls return at most 500 threads per call. */
const MAX_PAGE = 500;

export class GmailAppFake implements GoogleAppsScript.Gmail.GmailApp {
  constructor(private readonly kernel: Kernel) {}

  private call(method: string) {
    this.kernel.call(`${T}.${method}`);
    return mailState(this.kernel);
  }
  private page(ids: string[], start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    if (max !== undefined && max > MAX_PAGE) throw new Error(`Argument max cannot exceed ${MAX_PAGE}.`);
    if ((start ?? 0) < 0 || (max ?? 0) < 0) throw new Error("Invalid argument: start");
    const from = start ?? 0;
    return ids.slice(from, max === undefined ? undefined : from + max).map((id) => new GmailThreadFake(this.kernel, id));
  }
  private systemThreads(method: string, label: string, start?: number, max?: number) {
    const state = this.call(method);
    return this.page(threadsWhere(state, (m) => m.labelIds.includes(label), label === "TRASH" || label === "SPAM"), start, max);
  }

  search(query: string, start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    const state = this.call("search");
    return this.page(searchThreads(query, { state, now: this.kernel.now() }), start, max);
  }
  getInboxThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    return this.systemThreads("getInboxThreads", "INBOX", start, max);
  }
  getStarredThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    return this.systemThreads("getStarredThreads", "STARRED", start, max);
  }
  getTrashThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    return this.systemThreads("getTrashThreads", "TRASH", start, max);
  }
  getSpamThreads(start?: number, max?: number): GoogleAppsScript.Gmail.GmailThread[] {
    return this.systemThreads("getSpamThreads", "SPAM", start, max);
  }
  getInboxUnreadCount(): number {
    const state = this.call("getInboxUnreadCount");
    return threadsWhere(state, (m) => m.labelIds.includes("INBOX") && m.labelIds.includes("UNREAD")).length;
  }
  getUserLabelByName(name: string): GoogleAppsScript.Gmail.GmailLabel {
    const label = labelByName(this.call("getUserLabelByName"), name);
    return (label ? new GmailLabelFake(this.kernel, label.id) : null) as GoogleAppsScript.Gmail.GmailLabel;
  }
  getUserLabels(): GoogleAppsScript.Gmail.GmailLabel[] {
    return this.call("getUserLabels").labels.map((l) => new GmailLabelFake(this.kernel, l.id));
  }
  createLabel(name: string): GoogleAppsScript.Gmail.GmailLabel {
    const state = this.call("createLabel");
    const clean = name.trim();
    if (!clean || RESERVED.includes(clean.toLowerCase()) || /\/\/|^\/|\/$/.test(clean)) throw new Error("Invalid label name");
    return new GmailLabelFake(this.kernel, createLabelIn(state, clean).id);
  }
  deleteLabel(label: GoogleAppsScript.Gmail.GmailLabel): GoogleAppsScript.Gmail.GmailApp {
    this.call("deleteLabel");
    label.deleteLabel();
    return this;
  }
  getAliases(): string[] {
    return [...this.call("getAliases").aliases];
  }
  getMessageById(id: string): GoogleAppsScript.Gmail.GmailMessage {
    if (!this.call("getMessageById").messages[id]) throw new Error("Invalid argument: id");
    return new GmailMessageFake(this.kernel, id);
  }
  getThreadById(id: string): GoogleAppsScript.Gmail.GmailThread {
    if (!this.call("getThreadById").threads[id]) return null as unknown as GoogleAppsScript.Gmail.GmailThread;
    return new GmailThreadFake(this.kernel, id);
  }
  getMessagesForThread(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailMessage[] {
    const state = this.call("getMessagesForThread");
    return (state.threads[threadIdOf(thread)] ?? []).map((id) => new GmailMessageFake(this.kernel, id));
  }
  getMessagesForThreads(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailMessage[][] {
    const state = this.call("getMessagesForThreads");
    return threads.map((t) => (state.threads[threadIdOf(t)] ?? []).map((id) => new GmailMessageFake(this.kernel, id)));
  }
  private each(method: string, threads: GoogleAppsScript.Gmail.GmailThread[], apply: (t: GmailThreadFake) => void): this {
    this.call(method);
    if (threads.length > MAX_THREADS_PER_CALL) throw new Error(tooManyThreads(threads.length));
    for (const t of threads) apply(new GmailThreadFake(this.kernel, threadIdOf(t)));
    return this;
  }
  markThreadsRead(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    return this.each("markThreadsRead", threads, (t) => t.markRead());
  }
  markThreadsUnread(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    return this.each("markThreadsUnread", threads, (t) => t.markUnread());
  }
  moveThreadsToArchive(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    return this.each("moveThreadsToArchive", threads, (t) => t.moveToArchive());
  }
  moveThreadsToTrash(threads: GoogleAppsScript.Gmail.GmailThread[]): GoogleAppsScript.Gmail.GmailApp {
    return this.each("moveThreadsToTrash", threads, (t) => t.moveToTrash());
  }
  markThreadRead(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    return this.each("markThreadRead", [thread], (t) => t.markRead());
  }
  moveThreadToArchive(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    return this.each("moveThreadToArchive", [thread], (t) => t.moveToArchive());
  }
  moveThreadToTrash(thread: GoogleAppsScript.Gmail.GmailThread): GoogleAppsScript.Gmail.GmailApp {
    return this.each("moveThreadToTrash", [thread], (t) => t.moveToTrash());
  }
  /** Sends from the user's Gmail: counts the recipients against the daily quota, files a copy in Sent. */
  sendEmail(recipient: string, subject: string, body: string, options?: GoogleAppsScript.Gmail.GmailAdvancedOptions): GoogleAppsScript.Gmail.GmailApp {
    this.call("sendEmail");
    const parsed = composeMessage(this.kernel, { to: recipient, subject, body, ...options });
    useRecipients(this.kernel, [parsed.to, parsed.cc, parsed.bcc]);
    deliverSent(this.kernel, parsed);
    return this;
  }

  createDraft(): never {
    return notImplemented(`${T}.createDraft`);
  }
  getChatThreads(): never {
    return notImplemented(`${T}.getChatThreads`);
  }
  getDraft(): never {
    return notImplemented(`${T}.getDraft`);
  }
  getDraftMessages(): never {
    return notImplemented(`${T}.getDraftMessages`);
  }
  getDrafts(): never {
    return notImplemented(`${T}.getDrafts`);
  }
  getPriorityInboxThreads(): never {
    return notImplemented(`${T}.getPriorityInboxThreads`);
  }
  getPriorityInboxUnreadCount(): never {
    return notImplemented(`${T}.getPriorityInboxUnreadCount`);
  }
  getSpamUnreadCount(): never {
    return notImplemented(`${T}.getSpamUnreadCount`);
  }
  getStarredUnreadCount(): never {
    return notImplemented(`${T}.getStarredUnreadCount`);
  }
  markMessageRead(): never {
    return notImplemented(`${T}.markMessageRead`);
  }
  markMessageUnread(): never {
    return notImplemented(`${T}.markMessageUnread`);
  }
  markMessagesRead(): never {
    return notImplemented(`${T}.markMessagesRead`);
  }
  markMessagesUnread(): never {
    return notImplemented(`${T}.markMessagesUnread`);
  }
  markThreadImportant(): never {
    return notImplemented(`${T}.markThreadImportant`);
  }
  markThreadUnimportant(): never {
    return notImplemented(`${T}.markThreadUnimportant`);
  }
  markThreadUnread(): never {
    return notImplemented(`${T}.markThreadUnread`);
  }
  markThreadsImportant(): never {
    return notImplemented(`${T}.markThreadsImportant`);
  }
  markThreadsUnimportant(): never {
    return notImplemented(`${T}.markThreadsUnimportant`);
  }
  moveMessageToTrash(): never {
    return notImplemented(`${T}.moveMessageToTrash`);
  }
  moveMessagesToTrash(): never {
    return notImplemented(`${T}.moveMessagesToTrash`);
  }
  moveThreadToInbox(): never {
    return notImplemented(`${T}.moveThreadToInbox`);
  }
  moveThreadToSpam(): never {
    return notImplemented(`${T}.moveThreadToSpam`);
  }
  moveThreadsToInbox(): never {
    return notImplemented(`${T}.moveThreadsToInbox`);
  }
  moveThreadsToSpam(): never {
    return notImplemented(`${T}.moveThreadsToSpam`);
  }
  refreshMessage(): never {
    return notImplemented(`${T}.refreshMessage`);
  }
  refreshMessages(): never {
    return notImplemented(`${T}.refreshMessages`);
  }
  refreshThread(): never {
    return notImplemented(`${T}.refreshThread`);
  }
  refreshThreads(): never {
    return notImplemented(`${T}.refreshThreads`);
  }
  setCurrentMessageAccessToken(): void {
    this.kernel.call(`${T}.setCurrentMessageAccessToken`);
  }
  starMessage(): never {
    return notImplemented(`${T}.starMessage`);
  }
  starMessages(): never {
    return notImplemented(`${T}.starMessages`);
  }
  unstarMessage(): never {
    return notImplemented(`${T}.unstarMessage`);
  }
  unstarMessages(): never {
    return notImplemented(`${T}.unstarMessages`);
  }
}

/** A message the user sent: a copy in Sent, and in the inbox too when it was addressed to the user. */
export function deliverSent(kernel: Kernel, parsed: import("../eml").ParsedEml): string {
  const state = mailState(kernel);
  const own = [accountUser(kernel), ...state.aliases].map((a) => a.toLowerCase());
  const recipients = [parsed.to, parsed.cc, parsed.bcc].join(",").match(/[^\s,<>"]+@[^\s,<>"]+/g) ?? [];
  const toSelf = recipients.find((a) => own.includes(a.toLowerCase().replace(/\+[^@]*@/, "@")));
  return deliverParsed(kernel, parsed, {
    systemLabels: ["SENT"],
    inbox: !!toSelf,
    unread: !!toSelf,
    deliveredTo: toSelf ?? accountUser(kernel),
  });
}
