// .eml import: a raw RFC 5322 message becomes the record Gmail would show, via postal-mime (sandbox only).
import PostalMime from "postal-mime";
import type { Address, Email } from "postal-mime";
import { postalParseSync } from "./sync-worker";

export interface EmlAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  inline: boolean;
  contentId?: string;
}

/** What Gmail shows of one message: decoded headers, text and HTML bodies, attachments. */
export interface ParsedEml {
  messageId: string;
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  deliveredTo: string;
  subject: string;
  date: Date;
  /** The Date header as written (with the sender's offset). */
  dateHeader: string;
  headers: { name: string; value: string }[];
  plainBody: string;
  htmlBody: string;
  attachments: EmlAttachment[];
  /** The message as received, as getRawContent returns it. */
  raw: string;
}

/** Gmail's display form of an address list: `Name <addr>, "Doe, Jane" <jane@x.example>`. */
export function formatAddresses(list: Address[] | undefined): string {
  const out: string[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...a.group.map(formatOne));
    else out.push(formatOne(a));
  }
  return out.join(", ");
}

function formatOne(a: { name: string; address?: string }): string {
  if (!a.address) return a.name;
  if (!a.name) return a.address;
  const name = /[",@<>;:]/.test(a.name) ? `"${a.name.replace(/(["\\])/g, "\\$1")}"` : a.name;
  return `${name} <${a.address}>`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Gmail derives a plain body from HTML-only mail: block ends become line breaks, entities decoded. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<(style|script|head)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|tr|li|h[1-6]|blockquote|table)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === "#") {
        const code = e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Gmail's HTML body of a plain-text message (what getBody gives for it). */
export function plainToHtml(text: string): string {
  return `<div dir="ltr">${escapeHtml(text).replace(/\n/g, "<br>")}</div>`;
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new Uint8Array(Buffer.from(content, "utf8"));
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * Encoded-word charset labels Gmail reads but postal-mime's decoder does not (Foxmail's "eucgb2312_cn", "x-gbk"; Python's
 * codec names "big5_tw", "euc_kr", "iso2022_jp", written by scripts and some web forms), renamed in the top headers so
 * names and subjects show as Gmail shows them.
 */
const HEADER_CHARSETS: [RegExp, string][] = [
  [/=\?(?:eucgb2312_cn|euc-cn)\?/gi, "=?gb2312?"],
  [/=\?(?:x-gbk|cp936|ms936)\?/gi, "=?gbk?"],
  [/=\?(?:x-sjis|ms932|cp932)\?/gi, "=?shift_jis?"],
  [/=\?(?:big5[_-]tw|cp950|ms950)\?/gi, "=?big5?"],
  [/=\?(?:euc_kr|cp949|ms949)\?/gi, "=?euc-kr?"],
  [/=\?(?:euc_jp|ujis)\?/gi, "=?euc-jp?"],
  [/=\?iso2022_jp\?/gi, "=?iso-2022-jp?"],
];

function withKnownCharsets(bytes: Buffer): Buffer {
  const end = bytes.indexOf("\n\n") >= 0 ? bytes.indexOf("\n\n") : bytes.indexOf("\r\n\r\n");
  const head = bytes.subarray(0, end < 0 ? bytes.length : end).toString("latin1");
  const fixed = HEADER_CHARSETS.reduce((h, [re, to]) => h.replace(re, to), head);
  if (fixed === head) return bytes;
  return Buffer.concat([Buffer.from(fixed, "latin1"), bytes.subarray(head.length)]);
}

/** Parses one raw message; a damaged message still gives what could be read (never throws on content). */
export async function parseEml(raw: Uint8Array | string): Promise<ParsedEml> {
  const bytes = withKnownCharsets(typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.from(raw));
  const email = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
  return toParsedEml(email, bytes);
}

/** The same, synchronously (Apps Script is synchronous): postal-mime runs on a worker thread. */
export function parseEmlSync(raw: Uint8Array | string): ParsedEml {
  const bytes = withKnownCharsets(typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.from(raw));
  return toParsedEml(postalParseSync(bytes) as Email, bytes);
}

/** What Gmail shows of a message postal-mime has parsed. */
export function toParsedEml(email: Email, bytes: Buffer): ParsedEml {
  const header = (name: string) => email.headers.find((h) => h.key === name)?.value ?? "";
  const dateHeader = header("date");
  const parsedDate = email.date ? new Date(email.date) : new Date(NaN);
  const html = email.html ?? "";
  const text = email.text ?? (html ? htmlToPlain(html) : "");
  return {
    messageId: email.messageId ?? "",
    from: formatAddresses(email.from ? [email.from] : []),
    to: formatAddresses(email.to),
    cc: formatAddresses(email.cc),
    bcc: formatAddresses(email.bcc),
    replyTo: formatAddresses(email.replyTo),
    deliveredTo: email.deliveredTo ?? "",
    subject: email.subject ?? "",
    date: parsedDate,
    dateHeader,
    headers: email.headers.map((h) => ({ name: h.originalKey, value: h.value })),
    plainBody: text,
    htmlBody: html || plainToHtml(text),
    attachments: email.attachments.map((a, i) => ({
      name: a.filename ?? (a.mimeType === "message/rfc822" ? "forwarded.eml" : `attachment-${i + 1}`),
      contentType: a.mimeType,
      bytes: toBytes(a.content),
      inline: a.disposition === "inline" || !!a.related,
      contentId: a.contentId,
    })),
    raw: bytes.toString("utf8"),
  };
}
