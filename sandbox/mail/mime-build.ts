// The raw RFC 5322 / MIME form of a message the script sends: text and HTML alternatives, inline images
// (multipart/related, referenced by Content-ID) and attachments (multipart/mixed), as Gmail stores it in Sent.
import type { EmlAttachment } from "../eml";

export interface MimeBody {
  text: string;
  html?: string;
  attachments: EmlAttachment[];
}

let boundarySeq = 0;
function boundary(kind: string): string {
  boundarySeq++;
  return `----=_sandbox_${kind}_${boundarySeq.toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");
}

function quoteParam(value: string): string {
  return /^[\x20-\x7e]*$/.test(value)
    ? `"${value.replace(/["\\]/g, "\\$&")}"`
    : `"=?UTF-8?B?${Buffer.from(value, "utf8").toString("base64")}?="`;
}

/** One text part: 7bit when it is plain short-lined ASCII, base64 otherwise. */
function textPart(subtype: "plain" | "html", text: string): string {
  const crlf = text.replace(/\r?\n/g, "\r\n");
  const plain = /^[\t\n\r\x20-\x7e]*$/.test(crlf) && crlf.split("\r\n").every((l) => l.length <= 998);
  return (
    `Content-Type: text/${subtype}; charset=UTF-8\r\n` +
    (plain
      ? `Content-Transfer-Encoding: 7bit\r\n\r\n${crlf}`
      : `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(new Uint8Array(Buffer.from(text, "utf8")))}`)
  );
}

/** A Content-ID without its angle brackets (postal-mime, and so ParsedEml, keeps them). */
const bare = (cid: string) => cid.replace(/^<|>$/g, "");

function filePart(a: EmlAttachment): string {
  return (
    `Content-Type: ${a.contentType}; name=${quoteParam(a.name)}\r\n` +
    `Content-Disposition: ${a.inline ? "inline" : "attachment"}; filename=${quoteParam(a.name)}\r\n` +
    (a.contentId ? `Content-ID: <${bare(a.contentId)}>\r\nX-Attachment-Id: ${bare(a.contentId)}\r\n` : "") +
    `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(a.bytes)}`
  );
}

function multipart(subtype: string, parts: string[]): string {
  const b = boundary(subtype);
  return (
    `Content-Type: multipart/${subtype}; boundary="${b}"\r\n\r\n` +
    parts.map((p) => `--${b}\r\n${p}\r\n`).join("") +
    `--${b}--`
  );
}

/** The body as one MIME entity (its own Content-Type header first), to follow the message's other headers. */
export function mimeEntity(body: MimeBody): string {
  const inline = body.attachments.filter((a) => a.inline && a.contentId);
  const files = body.attachments.filter((a) => !(a.inline && a.contentId));
  let main = body.html === undefined ? textPart("plain", body.text) : "";
  if (body.html !== undefined) {
    const html = inline.length
      ? multipart("related", [textPart("html", body.html), ...inline.map(filePart)])
      : textPart("html", body.html);
    main = multipart("alternative", [textPart("plain", body.text), html]);
  }
  return files.length ? multipart("mixed", [main, ...files.map(filePart)]) : main;
}
