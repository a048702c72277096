// WORKSPACE/outbox/: every message the product sent (MailApp, GmailApp, Gmail advanced send), one .eml each,
// the raw MIME as sent. Only new messages are written; a file's name is stable: date, subject, Gmail id.
import fs from "node:fs";
import path from "node:path";
import type { Sandbox } from "../index";
import { mailState, type StoredMessage } from "../gmail/store";

/** `2026-12-07-0900-follow-ups-for-monday-7-december-18f3a…` (UTC time of sending). */
export function outboxName(m: StoredMessage): string {
  const stamp = m.internalDate.toISOString().replace(/T(\d\d):(\d\d).*/, "-$1$2");
  const slug =
    m.subject
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60)
      .replace(/-$/, "") || "no-subject";
  return `${stamp}-${slug}-${m.id}.eml`;
}

/** The message as it left: the sandbox's delivery adds a Delivered-To line to the Sent copy; it is not sent. */
function rawAsSent(m: StoredMessage): string {
  const added = `Delivered-To: ${m.deliveredTo[0] ?? ""}\r\n`;
  return m.raw.startsWith(added) ? m.raw.slice(added.length) : m.raw;
}

/** Writes the Sent messages not yet in `dir/outbox`; returns the paths written, oldest first. */
export function writeOutbox(sb: Sandbox, dir: string): string[] {
  const outbox = path.join(dir, "outbox");
  const sent = Object.values(mailState(sb.kernel).messages)
    .filter((m) => m.labelIds.includes("SENT"))
    .sort((a, b) => a.internalDate.getTime() - b.internalDate.getTime() || a.id.localeCompare(b.id));
  if (!sent.length) return [];
  fs.mkdirSync(outbox, { recursive: true });
  const have = new Set(
    fs
      .readdirSync(outbox)
      .map((f) => /-([0-9a-f]{16,})\.eml$/.exec(f)?.[1])
      .filter(Boolean),
  );
  const written: string[] = [];
  for (const m of sent) {
    if (have.has(m.id)) continue;
    const file = path.join(outbox, outboxName(m));
    fs.writeFileSync(file, rawAsSent(m), "utf8");
    written.push(file);
  }
  return written;
}
