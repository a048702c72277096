// Gmail adapter: one GmailMessage read eagerly into plain data (headers, both bodies, attached messages' bytes,
// card-photo blobs), so core never calls a service and a service error surfaces here, in the job's hands.
import type { AttachmentInput, EmailInput } from "../core/lead";
import { isContactCard } from "../core/email/attached-card";
import { isImage, MAX_CARD_BYTES } from "./cards-folder";

/** Apps Script's charset decoder for ExtractContext.decode: ISO-2022-JP, Shift_JIS, KOI8-R … through a Blob. */
export function decode(bytes: number[], charset: string): string | undefined {
  try {
    const signed = bytes.map((b) => (b > 127 ? b - 256 : b));
    return Utilities.newBlob(signed).getDataAsString(charset);
  } catch {
    return undefined;
  }
}

function binaryString(bytes: GoogleAppsScript.Byte[]): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.slice(i, i + 4096).map((b) => (b < 0 ? b + 256 : b));
    parts.push(String.fromCharCode(...chunk));
  }
  return parts.join("");
}

/** An image attached to a message, with its bytes in hand when it is small enough to read. */
export interface MessageImage {
  name: string;
  contentType: string;
  size: number;
  /** The image's bytes (absent when it is larger than OCR reads). */
  blob?: GoogleAppsScript.Base.Blob;
}

export interface MessageData {
  email: EmailInput;
  images: MessageImage[];
}

/** A contact card larger than this is not read (a vCard with a photo can be large). */
const MAX_VCARD_BYTES = 256 * 1024;

/** Is this attachment a message (message/rfc822 or a .eml file)? Its bytes are then read for core's MIME reader. */
export function isAttachedMessage(contentType: string, name: string): boolean {
  return /^message\/rfc822/i.test(contentType) || /\.eml$/i.test(name);
}

/** Everything capture and the Gmail card need of one message, read now; a service error is thrown as is. */
export function readMessage(message: GoogleAppsScript.Gmail.GmailMessage): MessageData {
  const attachments: AttachmentInput[] = [];
  const images: MessageImage[] = [];
  for (const a of message.getAttachments({ includeInlineImages: false })) {
    const name = a.getName();
    const contentType = a.getContentType();
    const size = a.getSize();
    const item: AttachmentInput = { name, contentType, size };
    // The attached message's bytes, one character per byte; core's MIME reader decodes them. A small contact card
    // (.vcf) too: core reads the lead's details from it.
    if (isAttachedMessage(contentType, name) || (isContactCard(contentType, name) && size <= MAX_VCARD_BYTES))
      item.raw = binaryString(a.getBytes());
    attachments.push(item);
    if (isImage(contentType))
      images.push({ name, contentType, size, ...(size <= MAX_CARD_BYTES ? { blob: a.copyBlob() } : {}) });
  }
  const email: EmailInput = {
    id: message.getId(),
    from: message.getFrom(),
    to: message.getTo(),
    cc: message.getCc(),
    replyTo: message.getReplyTo(),
    subject: message.getSubject(),
    dateHeader: message.getHeader("Date") || undefined,
    date: message.getDate() as Date,
    plainBody: message.getPlainBody() ?? "",
    htmlBody: message.getBody() ?? "",
    attachments,
  };
  return { email, images };
}

/** The message the Gmail add-on card is open on, read with the card's access token. */
export function openMessage(messageId: string, accessToken?: string): MessageData {
  if (accessToken) GmailApp.setCurrentMessageAccessToken(accessToken);
  return readMessage(GmailApp.getMessageById(messageId));
}
