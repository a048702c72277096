// `lead-ledger parse FILE.eml`: the message as Gmail would show it, through the add-on's own e-mail extraction.
import fs from "node:fs";
import { parseEml, type ParsedEml } from "../eml";
import { parseAddressList } from "../../src/core/contact/email";
import { extractLeadFromEmail } from "../../src/core/email/extract";
import { regionFromEmail } from "../../src/core/contact/region";
import type { EmailInput, ExtractContext, Extraction } from "../../src/core/lead";

/** Node's decoder for the charsets core leaves to its hook (ISO-2022-JP, Shift_JIS, KOI8-R …). */
export function nodeDecode(bytes: number[], charset: string): string | undefined {
  try {
    return new TextDecoder(charset).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** The EmailInput the Gmail adapter would build for this message. */
export function emailInputFromEml(eml: ParsedEml): EmailInput {
  return {
    id: eml.messageId,
    from: eml.from,
    to: eml.to,
    cc: eml.cc,
    replyTo: eml.replyTo,
    subject: eml.subject,
    dateHeader: eml.dateHeader,
    date: eml.date,
    plainBody: eml.plainBody,
    htmlBody: eml.htmlBody,
    attachments: eml.attachments.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      size: a.bytes.length,
      raw: Buffer.from(a.bytes).toString("latin1"),
    })),
  };
}

function header(eml: ParsedEml, name: string): string {
  return eml.headers.find((h) => h.name.toLowerCase() === name)?.value ?? "";
}

/** The envelope recipient a receiving server wrote: "Received: from … by … for <cole@…>; <date>" (the newest first). */
function receivedFor(eml: ParsedEml): string {
  for (const h of eml.headers) {
    if (h.name.toLowerCase() !== "received") continue;
    const m = /\bfor\s+<?([^\s<>;@]+@[^\s<>;]+?)>?\s*;/i.exec(h.value);
    if (m) return m[1];
  }
  return "";
}

/**
 * The recipient (To, then Cc) whose domain is the host that received the message ("by mx.vos.example" for
 * sanne@vos.example copied on a reply-all addressed to someone else): the mailbox it was saved from.
 */
function receivedByRecipient(eml: ParsedEml): string {
  const received = eml.headers.find((h) => h.name.toLowerCase() === "received")?.value ?? "";
  const host = /\bby\s+([a-z0-9.-]+)/i.exec(received)?.[1]?.toLowerCase();
  if (!host) return "";
  const on = (a: { email: string }) => {
    const d = a.email.slice(a.email.indexOf("@") + 1).toLowerCase();
    return host === d || host.endsWith(`.${d}`);
  };
  // The sender's own submission server ("by smtp.<sender's domain>") says nothing of the recipient's mailbox.
  const from = parseAddressList(eml.from)[0];
  if (from && on(from)) return "";
  const mine = [...parseAddressList(eml.to), ...parseAddressList(eml.cc || "")].find(on);
  return mine?.email ?? "";
}

/**
 * Who owns the mailbox the message sits in: Delivered-To, else X-Original-To / Envelope-To, else the envelope
 * recipient in Received, else the recipient on the receiving host's domain, else To; plus a self-forwarding From.
 */
export function ownerContext(eml: ParsedEml): ExtractContext {
  const owner =
    parseAddressList(eml.deliveredTo || header(eml, "delivered-to"))[0] ??
    parseAddressList(header(eml, "x-original-to"))[0] ??
    parseAddressList(header(eml, "envelope-to"))[0] ??
    parseAddressList(receivedFor(eml))[0] ??
    parseAddressList(receivedByRecipient(eml))[0] ??
    parseAddressList(eml.to)[0];
  const from = parseAddressList(eml.from)[0];
  const emails = owner ? [owner.email] : [];
  const base = (e: string) => e.replace(/\+[^@]*@/, "@");
  if (from && owner && (base(from.email) === base(owner.email) || (!!from.name && from.name === owner.name)))
    emails.push(from.email);
  return { ownerEmails: emails, defaultRegion: regionFromEmail(owner?.email, "US"), decode: nodeDecode };
}

const EMPTY_CONTEXT: ExtractContext = { ownerEmails: [], defaultRegion: "US", decode: nodeDecode };

export async function parseEmlFile(file: string): Promise<Extraction> {
  let eml: ParsedEml;
  try {
    eml = await parseEml(fs.readFileSync(file));
  } catch (e) {
    return {
      lead: {},
      needsReview: true,
      warnings: [`not a readable e-mail (${e instanceof Error ? e.message : String(e)})`],
    };
  }
  return extractLeadFromEmail(emailInputFromEml(eml), eml ? ownerContext(eml) : EMPTY_CONTEXT);
}
