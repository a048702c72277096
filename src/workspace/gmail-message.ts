// Gmail adapter: a GmailMessage as the EmailInput core reads (bodies and attachments fetched only when read).
import type { AttachmentInput, EmailInput } from "../core/lead";

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

function attachment(a: GoogleAppsScript.Gmail.GmailAttachment): AttachmentInput {
  return {
    name: a.getName(),
    contentType: a.getContentType(),
    size: a.getSize(),
    // The attached message's bytes, one character per byte; core's MIME reader decodes them.
    text: () => binaryString(a.getBytes()),
  };
}

/** The EmailInput of one Gmail message; bodies and attachments are read on first use. */
export function emailInputFromGmail(message: GoogleAppsScript.Gmail.GmailMessage): EmailInput {
  let plain: string | undefined;
  let html: string | undefined;
  let attachments: AttachmentInput[] | undefined;
  return {
    id: message.getId(),
    from: message.getFrom(),
    to: message.getTo(),
    cc: message.getCc(),
    replyTo: message.getReplyTo(),
    subject: message.getSubject(),
    dateHeader: message.getHeader("Date") || undefined,
    date: message.getDate() as Date,
    get plainBody() {
      return (plain ??= message.getPlainBody());
    },
    get htmlBody() {
      return (html ??= message.getBody());
    },
    get attachments() {
      return (attachments ??= message.getAttachments({ includeInlineImages: false }).map(attachment));
    },
  };
}
