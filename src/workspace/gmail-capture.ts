// Gmail for capture, through the Gmail advanced service (scope gmail.modify, not the restricted full-mail
// scope): the labels, labelled messages page by page, each message's raw MIME, and captured mail relabelled.
import { emailFromRaw } from "../core/email/raw-input";
import { decode, type MessageData } from "./gmail-message";
import { MAX_CARD_BYTES } from "./cards-folder";

export const PAGE_SIZE = 100;

function api(): GoogleAppsScript.Gmail {
  if (typeof Gmail === "undefined" || !Gmail || !Gmail.Users) throw new Error("the Gmail advanced service (v1) is not enabled");
  return Gmail;
}

/** Label name → id, for the user's labels (one call). */
export function labelIds(): Map<string, string> {
  const labels = api().Users!.Labels!.list("me").labels ?? [];
  return new Map(labels.filter((l) => l.type === "user").map((l) => [String(l.name).toLowerCase(), String(l.id)]));
}

/** The id of label `name`, created when asked and missing; null when missing. */
export function labelNamed(name: string, create: boolean, known = labelIds()): string | null {
  const id = known.get(name.toLowerCase());
  if (id || !create) return id ?? null;
  const made = api().Users!.Labels!.create({ name, labelListVisibility: "labelShow", messageListVisibility: "show" }, "me");
  known.set(name.toLowerCase(), String(made.id));
  return String(made.id);
}

/** Gmail's search form of a label name: "Leads/Captured" -> label:leads-captured. */
export function labelQuery(name: string): string {
  return `label:${name
    .trim()
    .toLowerCase()
    .replace(/[\s/]+/g, "-")}`;
}

export interface MessagePage {
  /** Ids of messages carrying the label, newest first. */
  ids: string[];
  /** Where the next page starts; absent on the last page. */
  next?: string;
}

/** One page of the messages carrying the label, in one call (ids only; each message is read on its own). */
export function messagePage(labelId: string, pageToken?: string, size = PAGE_SIZE): MessagePage {
  const list = api().Users!.Messages!.list("me", { labelIds: [labelId], maxResults: size, ...(pageToken ? { pageToken } : {}) });
  return { ids: (list.messages ?? []).map((m) => String(m.id)), ...(list.nextPageToken ? { next: list.nextPageToken } : {}) };
}

/** Bytes as a string of one character per byte (how core reads raw MIME). */
export function binaryString(bytes: GoogleAppsScript.Byte[]): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4096)
    parts.push(String.fromCharCode(...bytes.slice(i, i + 4096).map((b) => (b < 0 ? b + 256 : b))));
  return parts.join("");
}

/** One message, read in one call as raw MIME; core's MIME reader takes it apart, card photos become blobs. */
export function readRawMessage(id: string): MessageData {
  const msg = api().Users!.Messages!.get("me", id, { format: "raw" });
  const raw = binaryString(Utilities.base64DecodeWebSafe(String(msg.raw ?? "")));
  const { email, images } = emailFromRaw(raw, id, new Date(Number(msg.internalDate ?? 0)), decode);
  return {
    email,
    images: images.map((img) => ({
      name: img.name,
      contentType: img.contentType,
      size: img.size,
      ...(img.size <= MAX_CARD_BYTES
        ? { blob: Utilities.newBlob(img.bytes.map((b) => (b > 127 ? b - 256 : b)), img.contentType, img.name || "card") }
        : {}),
    })),
  };
}

/** Captured messages: the captured label on, the capture label off (it is the to-do queue), ≤1,000 per call. */
export function markCaptured(messageIds: string[], capture: string, captured: string): void {
  if (!messageIds.length) return;
  const known = labelIds();
  const done = labelNamed(captured, true, known)!;
  const todo = labelNamed(capture, false, known);
  for (let i = 0; i < messageIds.length; i += 1000)
    api().Users!.Messages!.batchModify(
      { ids: messageIds.slice(i, i + 1000), addLabelIds: [done], removeLabelIds: todo ? [todo] : [] },
      "me",
    );
}

/**
 * The link a person clicks to open the message in Gmail. Never `/u/0/`: that is whichever account was signed
 * in first in the browser, so someone signed into two accounts would land in the wrong mailbox. `authuser`
 * names the ledger owner's account, whatever its place in the browser's list.
 */
export function messageLink(id: string, account = ""): string {
  const who = account ? `?authuser=${encodeURIComponent(account)}` : "";
  return `https://mail.google.com/mail/${who}#all/${id}`;
}

/** Is at least one message waiting under the capture label? One search of one result. */
export function anyLabelledMessage(captureLabel: string): boolean {
  const list = api().Users!.Messages!.list("me", { q: labelQuery(captureLabel), maxResults: 1 });
  return (list.messages ?? []).length > 0;
}
