// A small, careful RFC 5322/MIME reader for attached messages (message/rfc822): headers, encoded-words, text parts.
import {
  base64ToBytes,
  decodeBytes,
  quotedPrintableToBytes,
  stringToBytes,
  type CharsetDecoder,
} from "./bytes";
import { htmlToText } from "./html-text";

export interface RawMessage {
  headers: Record<string, string>;
  from: string;
  to: string;
  cc: string;
  subject: string;
  date: string;
  text: string;
  html: string;
  /** Messages attached inside this one (message/rfc822 parts), raw. */
  attached: string[];
  /** The attachments as a mail client lists them (inline images of an HTML body are not): name, type, bytes. */
  parts: RawPart[];
  /** Charsets that could not be decoded. */
  unknownCharsets: string[];
}

export interface RawPart {
  name: string;
  contentType: string;
  size: number;
  /** An attached message's bytes, one character per byte. */
  raw?: string;
  /** An image's bytes (0–255). */
  bytes?: number[];
}

interface Found {
  text: string[];
  html: string[];
  attached: string[];
  parts: RawPart[];
}

const MAX_DEPTH = 6;

/** Decodes RFC 2047 encoded-words ("=?UTF-8?B?…?=") in a header value. */
export function decodeEncodedWords(value: string, hook?: CharsetDecoder, unknown?: string[]): string {
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?)/g, "$1")
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_m, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === "B" ? base64ToBytes(data) : quotedPrintableToBytes(data, true);
      const r = decodeBytes(bytes, charset.replace(/\*.*$/, ""), hook);
      if (!r.known) unknown?.push(charset);
      return r.text;
    });
}

function splitHead(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: "" };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function parseHeaders(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = head.split(/\r?\n/);
  let current = "";
  for (const line of lines) {
    if (/^[ \t]/.test(line) && current) out[current] += " " + line.trim();
    else {
      const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
      if (!m) continue;
      current = m[1].toLowerCase();
      out[current] = out[current] === undefined ? m[2] : out[current];
    }
  }
  return out;
}

function param(value: string, name: string): string {
  const m = new RegExp(`;\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return m ? (m[1] ?? m[2] ?? "") : "";
}

function decodeBody(body: string, encoding: string): number[] {
  const enc = encoding.trim().toLowerCase();
  if (enc === "base64") return base64ToBytes(body);
  if (enc === "quoted-printable") return quotedPrintableToBytes(body);
  return stringToBytes(body);
}

/** Reads one raw message; anything damaged gives what could be read, never an exception. */
export function readRawMessage(raw: string, hook?: CharsetDecoder): RawMessage {
  const unknown: string[] = [];
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const h = (k: string) => decodeEncodedWords(headers[k] ?? "", hook, unknown);
  const parts: Found = { text: [], html: [], attached: [], parts: [] };
  walk(headers, body, parts, hook, unknown, 0, false);
  const html = parts.html.join("\n");
  const text = parts.text.join("\n") || (html ? htmlToText(html) : "");
  return {
    headers,
    from: h("from"),
    to: h("to"),
    cc: h("cc"),
    subject: h("subject"),
    date: headers["date"] ?? "",
    text,
    html,
    attached: parts.attached,
    parts: parts.parts,
    unknownCharsets: unknown,
  };
}

function walk(
  headers: Record<string, string>,
  body: string,
  out: Found,
  hook: CharsetDecoder | undefined,
  unknown: string[],
  depth: number,
  related: boolean,
): void {
  const ctype = headers["content-type"] ?? "text/plain";
  const type = ctype.split(";")[0].trim().toLowerCase();
  const disposition = (headers["content-disposition"] ?? "").toLowerCase();
  if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
    const boundary = param(ctype, "boundary");
    if (!boundary) return;
    const delim = "--" + boundary;
    const chunks = body.split(delim);
    for (let i = 1; i < chunks.length; i++) {
      const chunk = chunks[i];
      if (chunk.startsWith("--")) break;
      const part = splitHead(chunk.replace(/^[ \t]*\r?\n/, ""));
      walk(parseHeaders(part.head), part.body, out, hook, unknown, depth + 1, type === "multipart/related");
    }
    return;
  }
  const name = decodeEncodedWords(
    param(disposition ? headers["content-disposition"] : "", "filename") || param(ctype, "name"),
    hook,
  );
  if (type === "message/rfc822") {
    const raw = bytesToBinary(decodeBody(body, headers["content-transfer-encoding"] ?? ""));
    out.attached.push(raw);
    out.parts.push({ name: name || "message.eml", contentType: "message/rfc822", size: raw.length, raw });
    return;
  }
  const isBody = (type === "text/plain" || type === "text/html") && !disposition.startsWith("attachment");
  if (!isBody) {
    // An image shown inside the HTML (multipart/related, or inline with no file name) is not an attachment.
    const inline = disposition.startsWith("inline") || (!disposition && related);
    if (type.startsWith("image/") && inline && (related || !name)) return;
    const bytes = decodeBody(body, headers["content-transfer-encoding"] ?? "");
    out.parts.push({
      name,
      contentType: type,
      size: bytes.length,
      ...(type.startsWith("image/") ? { bytes } : {}),
    });
    return;
  }
  const bytes = decodeBody(body, headers["content-transfer-encoding"] ?? "");
  const r = decodeBytes(bytes, param(ctype, "charset") || "utf-8", hook);
  if (!r.known) unknown.push(param(ctype, "charset"));
  (type === "text/html" ? out.html : out.text).push(r.text);
}

function bytesToBinary(bytes: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4096) parts.push(String.fromCharCode(...bytes.slice(i, i + 4096)));
  return parts.join("");
}
