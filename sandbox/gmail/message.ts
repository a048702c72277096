// GmailMessage and GmailAttachment: one stored message as GmailApp shows it.
import { notImplemented, type Kernel } from "../kernel";
import { SandboxBlob } from "../base/blob";
import { plainToHtml } from "../eml";
import { mailState, type StoredMessage } from "./store";
import { GmailThreadFake } from "./thread";

const T = "GmailApp.GmailMessage";

export class GmailAttachmentFake extends SandboxBlob implements GoogleAppsScript.Gmail.GmailAttachment {
  constructor(kernel: Kernel, bytes: Uint8Array, contentType: string, name: string) {
    super(kernel, bytes, contentType, name, "GmailApp.GmailAttachment");
  }
}

export class GmailMessageFake implements GoogleAppsScript.Gmail.GmailMessage {
  constructor(
    private readonly kernel: Kernel,
    private readonly id: string,
  ) {}

  private get m(): StoredMessage {
    const msg = mailState(this.kernel).messages[this.id];
    if (!msg) throw new Error("Invalid argument: id");
    return msg;
  }
  private call(method: string): StoredMessage {
    this.kernel.call(`${T}.${method}`);
    return this.m;
  }

  getId(): string {
    this.call("getId");
    return this.id;
  }
  getThread(): GoogleAppsScript.Gmail.GmailThread {
    return new GmailThreadFake(this.kernel, this.call("getThread").threadId);
  }
  getFrom(): string {
    return this.call("getFrom").from;
  }
  getTo(): string {
    return this.call("getTo").to;
  }
  getCc(): string {
    return this.call("getCc").cc;
  }
  getBcc(): string {
    return this.call("getBcc").bcc;
  }
  getReplyTo(): string {
    return this.call("getReplyTo").replyTo;
  }
  getDate(): Date {
    return new Date(this.call("getDate").internalDate.getTime());
  }
  getSubject(): string {
    return this.call("getSubject").subject;
  }
  getPlainBody(): string {
    return this.call("getPlainBody").plainBody;
  }
  getBody(): string {
    const m = this.call("getBody");
    return m.htmlBody || plainToHtml(m.plainBody);
  }
  getRawContent(): string {
    return this.call("getRawContent").raw;
  }
  /** The header's value as written (first occurrence); "" when absent, as Gmail gives. */
  getHeader(name: string): string {
    const h = this.call("getHeader").headers.find((x) => x.name.toLowerCase() === name.toLowerCase());
    return h?.value ?? "";
  }
  getAttachments(options?: GoogleAppsScript.Gmail.GmailAttachmentOptions): GoogleAppsScript.Gmail.GmailAttachment[] {
    const msg = this.call("getAttachments");
    const inline = options?.includeInlineImages ?? true;
    const regular = options?.includeAttachments ?? true;
    return msg.attachments
      .filter((a) => (a.inline && a.contentType.startsWith("image/") ? inline : regular))
      .map((a) => new GmailAttachmentFake(this.kernel, a.bytes, a.contentType, a.name));
  }
  isInTrash(): boolean {
    return this.call("isInTrash").labelIds.includes("TRASH");
  }
  isInInbox(): boolean {
    return this.call("isInInbox").labelIds.includes("INBOX");
  }
  isUnread(): boolean {
    return this.call("isUnread").labelIds.includes("UNREAD");
  }
  isStarred(): boolean {
    return this.call("isStarred").labelIds.includes("STARRED");
  }
  isDraft(): boolean {
    return this.call("isDraft").labelIds.includes("DRAFT");
  }
  markRead(): GoogleAppsScript.Gmail.GmailMessage {
    const m = this.call("markRead");
    m.labelIds = m.labelIds.filter((l) => l !== "UNREAD");
    return this;
  }
  markUnread(): GoogleAppsScript.Gmail.GmailMessage {
    const m = this.call("markUnread");
    if (!m.labelIds.includes("UNREAD")) m.labelIds.push("UNREAD");
    return this;
  }
  moveToTrash(): GoogleAppsScript.Gmail.GmailMessage {
    const m = this.call("moveToTrash");
    m.labelIds = [...m.labelIds.filter((l) => l !== "INBOX"), "TRASH"];
    return this;
  }
  refresh(): GoogleAppsScript.Gmail.GmailMessage {
    this.call("refresh");
    return this;
  }
  star(): GoogleAppsScript.Gmail.GmailMessage {
    const m = this.call("star");
    if (!m.labelIds.includes("STARRED")) m.labelIds.push("STARRED");
    return this;
  }
  unstar(): GoogleAppsScript.Gmail.GmailMessage {
    const m = this.call("unstar");
    m.labelIds = m.labelIds.filter((l) => l !== "STARRED");
    return this;
  }
  isInChats(): boolean {
    this.call("isInChats");
    return false;
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
  forward(): never {
    return notImplemented(`${T}.forward`);
  }
  reply(): never {
    return notImplemented(`${T}.reply`);
  }
  replyAll(): never {
    return notImplemented(`${T}.replyAll`);
  }
}
