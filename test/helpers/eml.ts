// Builds small raw RFC 5322 messages for sandbox mailbox tests (fictional example.com people).
import path from "node:path";
import { SHARED } from "./shared-corpus";

export { SHARED };
export const CORPUS_EMAILS = path.join(SHARED, "corpus", "emails");

export interface EmlSpec {
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  body?: string;
  date?: string;
  messageId?: string;
  inReplyTo?: string;
  deliveredTo?: string;
  /** A PDF-like attachment with this file name. */
  attachment?: string;
}

let counter = 0;

export function eml(spec: EmlSpec = {}): string {
  counter++;
  const headers = [
    ...(spec.deliveredTo ? [`Delivered-To: ${spec.deliveredTo}`] : []),
    `From: ${spec.from ?? "Ann Lee <ann@example.com>"}`,
    `To: ${spec.to ?? "owner@ledger-owner.example"}`,
    ...(spec.cc ? [`Cc: ${spec.cc}`] : []),
    `Subject: ${spec.subject ?? `Hello ${counter}`}`,
    `Date: ${spec.date ?? "Mon, 3 Feb 2025 10:00:00 -0500"}`,
    `Message-ID: <${spec.messageId ?? `m${counter}.${Date.now()}@example.com`}>`,
    ...(spec.inReplyTo ? [`In-Reply-To: <${spec.inReplyTo}>`, `References: <${spec.inReplyTo}>`] : []),
    "MIME-Version: 1.0",
  ];
  const body = spec.body ?? "Hi, please call me back.";
  if (!spec.attachment)
    return [...headers, "Content-Type: text/plain; charset=utf-8", "", body, ""].join("\r\n");
  return [
    ...headers,
    'Content-Type: multipart/mixed; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
    "--b",
    `Content-Type: application/pdf; name="${spec.attachment}"`,
    `Content-Disposition: attachment; filename="${spec.attachment}"`,
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from("%PDF-1.4 fictional").toString("base64"),
    "--b--",
    "",
  ].join("\r\n");
}
