// A raw RFC 5322 message (as the Gmail API's format "raw" gives it) to the EmailInput extraction reads, plus
// the images attached to it (card photos). Pure: the adapter fetched the bytes, core reads them.
import type { AttachmentInput, EmailInput } from "../lead";
import type { CharsetDecoder } from "./bytes";
import { decodeEncodedWords, readRawMessage } from "./mime";

export interface RawImage {
  name: string;
  contentType: string;
  size: number;
  bytes: number[];
}

/** `raw`: the message's bytes, one character per byte; `receivedAt`: Gmail's internal date. */
export function emailFromRaw(
  raw: string,
  id: string,
  receivedAt: Date,
  decode?: CharsetDecoder,
): { email: EmailInput; images: RawImage[] } {
  const msg = readRawMessage(raw, decode);
  const attachments: AttachmentInput[] = msg.parts.map((p) => ({
    name: p.name,
    contentType: p.contentType,
    size: p.size,
    ...(p.raw !== undefined ? { raw: p.raw } : {}),
  }));
  const images = msg.parts
    .filter((p): p is typeof p & { bytes: number[] } => !!p.bytes && p.contentType.startsWith("image/"))
    .map((p) => ({ name: p.name, contentType: p.contentType, size: p.size, bytes: p.bytes }));
  const email: EmailInput = {
    id,
    from: msg.from,
    to: msg.to,
    cc: msg.cc,
    replyTo: decodeEncodedWords(msg.headers["reply-to"] ?? "", decode),
    subject: msg.subject,
    dateHeader: msg.date || undefined,
    date: receivedAt,
    plainBody: msg.text,
    htmlBody: msg.html,
    attachments,
  };
  return { email, images };
}
