// GmailThread: a conversation; its labels are the union of its messages' labels, changes apply to all of them.
import { notImplemented, type Kernel } from "../kernel";
import { labelById, mailState, threadMessages, type StoredMessage } from "./store";
import { GmailMessageFake } from "./message";
import { GmailLabelFake, labelIdOf } from "./label";

const T = "GmailApp.GmailThread";

export class GmailThreadFake implements GoogleAppsScript.Gmail.GmailThread {
  constructor(
    private readonly kernel: Kernel,
    private readonly id: string,
  ) {}

  private call(method: string): StoredMessage[] {
    this.kernel.call(`${T}.${method}`);
    const msgs = threadMessages(mailState(this.kernel), this.id);
    if (!msgs.length) throw new Error("Invalid argument: id");
    return msgs;
  }

  /** For the other fakes (GmailLabel.addToThreads): the thread id without a counted call. */
  threadId(): string {
    return this.id;
  }

  getId(): string {
    this.call("getId");
    return this.id;
  }
  getMessages(): GoogleAppsScript.Gmail.GmailMessage[] {
    return this.call("getMessages").map((m) => new GmailMessageFake(this.kernel, m.id));
  }
  getMessageCount(): number {
    return this.call("getMessageCount").length;
  }
  getFirstMessageSubject(): string {
    return this.call("getFirstMessageSubject")[0].subject;
  }
  getLastMessageDate(): Date {
    const msgs = this.call("getLastMessageDate");
    return new Date(Math.max(...msgs.map((m) => m.internalDate.getTime())));
  }
  getPermalink(): string {
    this.call("getPermalink");
    return `https://mail.google.com/mail/u/0/#all/${this.id}`;
  }
  getLabels(): GoogleAppsScript.Gmail.GmailLabel[] {
    const msgs = this.call("getLabels");
    const state = mailState(this.kernel);
    const ids = new Set(msgs.flatMap((m) => m.labelIds).filter((id) => id.startsWith("Label_")));
    return [...ids]
      .map((id) => labelById(state, id))
      .filter((l) => !!l)
      .map((l) => new GmailLabelFake(this.kernel, l.id));
  }
  addLabel(label: GoogleAppsScript.Gmail.GmailLabel): GoogleAppsScript.Gmail.GmailThread {
    const id = labelIdOf(this.kernel, label);
    for (const m of this.call("addLabel")) if (!m.labelIds.includes(id)) m.labelIds.push(id);
    return this;
  }
  removeLabel(label: GoogleAppsScript.Gmail.GmailLabel): GoogleAppsScript.Gmail.GmailThread {
    const id = labelIdOf(this.kernel, label);
    for (const m of this.call("removeLabel")) m.labelIds = m.labelIds.filter((l) => l !== id);
    return this;
  }
  private setSystem(method: string, label: string, on: boolean): this {
    for (const m of this.call(method)) {
      m.labelIds = m.labelIds.filter((l) => l !== label);
      if (on) m.labelIds.push(label);
    }
    return this;
  }
  isUnread(): boolean {
    return this.call("isUnread").some((m) => m.labelIds.includes("UNREAD"));
  }
  isInInbox(): boolean {
    return this.call("isInInbox").some((m) => m.labelIds.includes("INBOX"));
  }
  isInTrash(): boolean {
    return this.call("isInTrash").every((m) => m.labelIds.includes("TRASH"));
  }
  isInSpam(): boolean {
    return this.call("isInSpam").every((m) => m.labelIds.includes("SPAM"));
  }
  isImportant(): boolean {
    return this.call("isImportant").some((m) => m.labelIds.includes("IMPORTANT"));
  }
  hasStarredMessages(): boolean {
    return this.call("hasStarredMessages").some((m) => m.labelIds.includes("STARRED"));
  }
  isInChats(): boolean {
    this.call("isInChats");
    return false;
  }
  markRead(): GoogleAppsScript.Gmail.GmailThread {
    return this.setSystem("markRead", "UNREAD", false);
  }
  markUnread(): GoogleAppsScript.Gmail.GmailThread {
    return this.setSystem("markUnread", "UNREAD", true);
  }
  markImportant(): GoogleAppsScript.Gmail.GmailThread {
    return this.setSystem("markImportant", "IMPORTANT", true);
  }
  markUnimportant(): GoogleAppsScript.Gmail.GmailThread {
    return this.setSystem("markUnimportant", "IMPORTANT", false);
  }
  moveToArchive(): GoogleAppsScript.Gmail.GmailThread {
    return this.setSystem("moveToArchive", "INBOX", false);
  }
  moveToInbox(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.call("moveToInbox")) {
      m.labelIds = m.labelIds.filter((l) => l !== "TRASH" && l !== "SPAM" && l !== "INBOX");
      m.labelIds.push("INBOX");
    }
    return this;
  }
  moveToTrash(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.call("moveToTrash")) m.labelIds = [...m.labelIds.filter((l) => l !== "INBOX" && l !== "TRASH"), "TRASH"];
    return this;
  }
  moveToSpam(): GoogleAppsScript.Gmail.GmailThread {
    for (const m of this.call("moveToSpam")) m.labelIds = [...m.labelIds.filter((l) => l !== "INBOX" && l !== "SPAM"), "SPAM"];
    return this;
  }
  refresh(): GoogleAppsScript.Gmail.GmailThread {
    this.call("refresh");
    return this;
  }
  isInPriorityInbox(): never {
    return notImplemented(`${T}.isInPriorityInbox`);
  }
  createDraftReply(): never {
    return notImplemented(`${T}.createDraftReply`);
  }
  createDraftReplyAll(): never {
    return notImplemented(`${T}.createDraftReplyAll`);
  }
  reply(): never {
    return notImplemented(`${T}.reply`);
  }
  replyAll(): never {
    return notImplemented(`${T}.replyAll`);
  }
}
