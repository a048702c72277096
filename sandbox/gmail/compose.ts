// A message the script sends (GmailApp/MailApp.sendEmail): what Gmail stores in Sent, its real raw MIME included.
import type { Kernel } from "../kernel";
import { htmlToPlain, plainToHtml, type ParsedEml, type EmlAttachment } from "../eml";
import { blobBytes } from "../base/blob";
import { accountUser, mailState } from "./store";
import { buildMime } from "../mail/mime-build";

export interface ComposeInput {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  name?: string;
  from?: string;
  noReply?: boolean;
  attachments?: GoogleAppsScript.Base.BlobSource[];
  inlineImages?: object;
}

/** The addresses of a recipient list ("Ann <ann@x.example>, bob@y.example"); an unreadable one throws Google's "Invalid email". */
export function recipientAddresses(list: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (list ?? "").match(/(?:"[^"]*"|[^,])+/g) ?? []) {
    const text = part.trim();
    if (!text) continue;
    const address = (/<([^<>]*)>\s*$/.exec(text)?.[1] ?? text).trim();
    if (!/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/.test(address)) throw new Error(`Invalid email: ${text}`);
    out.push(address);
  }
  return out;
}

export function composeMessage(kernel: Kernel, input: ComposeInput): ParsedEml {
  for (const list of [input.to, input.cc, input.bcc, input.replyTo]) recipientAddresses(list);
  const user = accountUser(kernel);
  const aliases = mailState(kernel).aliases.map((a) => a.toLowerCase());
  if (
    input.from &&
    input.from.toLowerCase() !== user.toLowerCase() &&
    !aliases.includes(input.from.toLowerCase())
  ) {
    throw new Error(`Invalid argument: from (${input.from} is not an alias of this account)`);
  }
  const address = input.from ?? user;
  const from = input.name ? `${input.name} <${address}>` : address;
  const now = kernel.now();
  const state = mailState(kernel);
  const messageId = `sandbox.${now.getTime()}.${state.seq + 1}@mail.gmail.com`;
  const attachments: EmlAttachment[] = (input.attachments ?? []).map((a, i) => {
    const blob = "getBytes" in a ? (a as GoogleAppsScript.Base.Blob) : a.getBlob();
    return {
      name: blob.getName() ?? `attachment-${i + 1}`,
      contentType: blob.getContentType() ?? "application/octet-stream",
      bytes: blobBytes(blob),
      inline: false,
    };
  });
  const headers = [
    { name: "From", value: from },
    { name: "To", value: input.to },
    ...(input.cc ? [{ name: "Cc", value: input.cc }] : []),
    // The sender's own copy in Sent keeps Bcc, as Gmail's does.
    ...(input.bcc ? [{ name: "Bcc", value: input.bcc }] : []),
    ...(input.replyTo ? [{ name: "Reply-To", value: input.replyTo }] : []),
    { name: "Subject", value: input.subject },
    { name: "Date", value: now.toUTCString().replace("GMT", "+0000") },
    { name: "Message-ID", value: `<${messageId}>` },
  ];
  const raw = buildMime({
    headers,
    text: input.body || htmlToPlain(input.htmlBody ?? ""),
    html: input.htmlBody,
    attachments: attachments.map((a) => ({ contentType: a.contentType, bytes: a.bytes, name: a.name })),
    boundarySeed: `${now.getTime().toString(36)}${state.seq + 1}`,
  });
  const contentType = /^Content-Type: ([^\r\n]*)/m.exec(raw)?.[1] ?? "text/plain; charset=UTF-8";
  headers.push({ name: "MIME-Version", value: "1.0" }, { name: "Content-Type", value: contentType });
  return {
    messageId,
    from,
    to: input.to,
    cc: input.cc ?? "",
    bcc: input.bcc ?? "",
    replyTo: input.replyTo ?? "",
    deliveredTo: "",
    subject: input.subject,
    date: now,
    dateHeader: headers[headers.findIndex((h) => h.name === "Date")].value,
    headers,
    plainBody: input.body || htmlToPlain(input.htmlBody ?? ""),
    htmlBody: input.htmlBody ?? plainToHtml(input.body),
    attachments,
    raw,
  };
}
