// Splits a forwarded e-mail into the forwarder's note and the messages inside it, newest first, at every depth.
import EmailForwardParser from "email-forward-parser";
import type { EmailForwardMailbox } from "email-forward-parser";
import { findEmails, type Address } from "../contact/email";
import { headerLine } from "./forward-labels";
import { splitInlineReply } from "./inline-reply";
import { dequote, findStart, type Start } from "./quoted-start";

export interface ThreadMessage {
  from?: Address;
  to: Address[];
  cc: Address[];
  subject: string;
  date: string;
  /** This message's own text, up to the message it quotes or forwards. */
  body: string;
  /** forward: under a forward header block; reply: under an "On … wrote:" line. */
  kind: "forward" | "reply";
}

export interface Thread {
  /** What the forwarder wrote above the first forwarded message. */
  note: string;
  /** Messages inside, from the outermost (most recent) to the deepest. */
  messages: ThreadMessage[];
}

const MAX_MESSAGES = 12;
/** How far into a message's text forward headers are looked for. */
export const SCAN_CHARS = 64 * 1024;
let parser: EmailForwardParser | undefined;

function efp(): EmailForwardParser {
  if (!parser) parser = new EmailForwardParser();
  return parser;
}

function mailbox(m: EmailForwardMailbox | null | undefined): Address | undefined {
  if (!m || !m.address) return undefined;
  const email = m.address.trim().toLowerCase();
  if (!/@/.test(email)) return undefined;
  // A display name written as an RFC 5322 quoted string keeps its quotes and \" escapes in the parser's output.
  const name = (m.name ?? "")
    .trim()
    .replace(/^"((?:[^"\\]|\\.)*)"$/, "$1")
    .replace(/\\(["\\])/g, "$1");
  return { name: name.trim(), email };
}

function mailboxes(m: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined): Address[] {
  const list = Array.isArray(m) ? m : m ? [m] : [];
  return list.map(mailbox).filter((a): a is Address => !!a);
}

function cleanBody(lines: string[]): string {
  return lines
    .map(dequote)
    .join("\n")
    .replace(/^\s*\ufeff?\s*\n/, "")
    .trim();
}

/**
 * The library read the same message but lost text under its headers (a Gmail forward of a forward: the middle
 * forwarder's note and the inner header block go, and the inner Cc is given to the outer message).
 */
function libraryDroppedText(
  lib: { message: ThreadMessage; rest: string },
  own: Omit<ThreadMessage, "body">,
  ownRest: () => string,
): boolean {
  if (!own.from?.email || own.from.email !== lib.message.from?.email) return false;
  const rest = ownRest().slice(0, SCAN_CHARS).trim();
  const at = rest.indexOf(lib.rest.slice(0, SCAN_CHARS).trim().slice(0, 200));
  // What the library skipped holds a whole header block of its own (a "From:" line), not only a header it read.
  return (
    at > 20 &&
    rest
      .slice(0, at)
      .split(/\r?\n/)
      .some((l) => headerLine(dequote(l))?.field === "from")
  );
}

/**
 * The library takes the "> " marks off a forwarded message's text; a reply quoted inside it needs them to tell the
 * answers written between the quoted lines (an inline reply) from the quote. The same message's text with its marks.
 */
function withQuoteMarks<T extends { message: ThreadMessage; rest: string }>(
  lib: T,
  own: Start | undefined,
  ownRest: () => string,
): T {
  if (!own || !lib.message.from?.email || own.message.from?.email !== lib.message.from.email) return lib;
  // A quoted line starts with its marks after spaces only (\s would run across blank lines: slow on a long body).
  if (/^[ \t]*>/m.test(lib.rest.slice(0, SCAN_CHARS))) return lib;
  const rest = ownRest();
  return /^[ \t]*>/m.test(rest.slice(0, SCAN_CHARS)) ? { ...lib, rest } : lib;
}

/**
 * The library gives an outer header block with no "Cc:" the "Cc:" of the next block down (an Outlook forward of a
 * forward, any language): the same block read by the tables, whose lines hold none of those addresses, keeps its own.
 */
function withOwnCopies<T extends { message: ThreadMessage }>(
  lib: T,
  own: Start | undefined,
  lines: string[],
): T {
  if (!own || !lib.message.cc.length || own.message.from?.email !== lib.message.from?.email) return lib;
  // The block runs to its first blank line (a label the tables do not know, "Kopie (CC):", is still in it).
  let end = own.bodyIndex;
  while (end < lines.length && end < own.bodyIndex + 8 && lines[end].trim()) end++;
  const block = lines.slice(own.index, end).join("\n").toLowerCase();
  if (lib.message.cc.some((a) => block.includes(a.email))) return lib;
  return { ...lib, message: { ...lib.message, cc: own.message.cc } };
}

const quoteDepth = (line: string) => (/^\s*(?:>\s?)*/.exec(line)?.[0].match(/>/g) ?? []).length;

/**
 * The lines under an attribution, less the attribution's own quote marks: Thunderbird's interleaved reply quoted
 * once more ("> On … Owen wrote:" / ">> question" / "> answer" / "> -- " / "> Declan Murphy") keeps its answers and
 * signature as the quoted writer's own text. Unchanged when a line below is quoted less than the attribution.
 */
function belowAttribution(lines: string[], own: Start): string[] {
  const below = lines.slice(own.bodyIndex);
  const depth = quoteDepth(lines[own.bodyIndex - 1] ?? "");
  if (!depth || below.some((l) => l.trim() && quoteDepth(l) < depth)) return below;
  const marks = new RegExp(`^\\s*(?:>\\s?){0,${depth}}`);
  return below.map((l) => l.replace(marks, ""));
}

/** Splits `text` into the text before the first quoted message and that message (with its own text). */
function splitOnce(
  whole: string,
  subject?: string,
): { before: string; message?: ThreadMessage; rest: string } {
  // Forward headers sit near the top of a message's text: look for them in its first 64 KB only.
  const text = whole.length > SCAN_CHARS ? whole.slice(0, SCAN_CHARS) : whole;
  const tail = whole.slice(text.length);
  const lines = text.split(/\r?\n/);
  const own = findStart(lines);
  let viaParser: { before: string; message: ThreadMessage; rest: string } | undefined;
  // The library's sender is an address written in the text: a text without "@" cannot hold a forwarded message.
  if (text.includes("@"))
    try {
      const r = efp().read(text, subject ?? null);
      const from = r.forwarded ? mailbox(r.email.from) : undefined;
      if (r.forwarded && from) {
        viaParser = {
          before: (r.message ?? "").trim(),
          message: {
            from,
            to: mailboxes(r.email.to),
            cc: mailboxes(r.email.cc),
            subject: r.email.subject ?? "",
            date: r.email.date ?? "",
            body: "",
            kind: "forward",
          },
          rest: (r.email.body ?? "") + tail,
        };
      }
    } catch {
      /* the table-driven split below still applies */
    }
  const ownBefore = own ? cleanBody(lines.slice(0, own.index)) : undefined;
  let restText: string | undefined;
  const ownRest = () => (restText ??= own ? lines.slice(own.bodyIndex).join("\n") + tail : "");
  // Answers written between the quoted lines, and the signature under them, are the replier's own text.
  const inline = own?.message.kind === "reply" ? splitInlineReply(belowAttribution(lines, own)) : undefined;
  const sameStart = !viaParser || viaParser.message.from?.email === own?.message.from?.email;
  if (own && inline && sameStart) {
    const before = [ownBefore, inline.own].filter(Boolean).join("\n\n");
    return { before, message: { ...own.message, body: "" }, rest: inline.quoted + tail };
  }
  // The library knows more clients; the tables catch replies and what the library misses, whichever starts first.
  if (viaParser && (!own || viaParser.before.length <= (ownBefore ?? "").length + 2)) {
    if (!own || !libraryDroppedText(viaParser, own.message, ownRest))
      return withQuoteMarks(withOwnCopies(viaParser, own, lines), own, ownRest);
  }
  if (own) return { before: ownBefore ?? "", message: { ...own.message, body: "" }, rest: ownRest() };
  return { before: whole.trim(), rest: "" };
}

/**
 * Outlook writes "Last, First <address>" unquoted in quoted To/Cc lines ("Cc: Lee, Hana <hana@…>;"): an address
 * list split at the comma keeps only "Hana". The whole "Lee, Hana" is put back, for the name rules to turn round.
 */
function restoreCommaName(a: Address, text: string, lower: string): Address {
  if (!a.email || /[\s,]/.test(a.name.trim())) return a;
  const at = lower.indexOf(`<${a.email}>`);
  if (at < 0 || !text.slice(Math.max(0, at - 80), at).includes(",")) return a;
  const m = /(?:^|[\s:;*])([\p{L}'’.-]+(?:[ -][\p{L}'’.-]+)?),\s*([\p{L}'’.-]+(?:\s[\p{L}'’.-]+)?)\s*$/u.exec(
    text.slice(Math.max(0, at - 80), at),
  );
  if (!m || (a.name && m[2] !== a.name.trim())) return a;
  return { name: `${m[1]}, ${m[2]}`, email: a.email };
}

function restoreCommaNames(m: ThreadMessage, text: string, lower: string): void {
  if (m.from) m.from = restoreCommaName(m.from, text, lower);
  m.to = m.to.map((a) => restoreCommaName(a, text, lower));
  m.cc = m.cc.map((a) => restoreCommaName(a, text, lower));
}

/** The note and every message of a forwarded e-mail's text. */
export function splitThread(text: string, subject: string): Thread {
  const first = splitOnce(text, subject);
  const messages: ThreadMessage[] = [];
  let current = first.message;
  let rest = first.rest;
  while (current && messages.length < MAX_MESSAGES) {
    // A quoted message is read like the top one: the library looks for a forward in it only when its subject says
    // so (or it has none); a reply's quoted history is the label tables' job (one library pass less per level).
    const next = splitOnce(rest, current.subject || undefined);
    // A message's own text is read from its first 64 KB (a pasted list below a signature is not needed).
    const own = next.message ? next.before : rest.slice(0, SCAN_CHARS).split(/\r?\n/).map(dequote).join("\n");
    current.body = own.slice(0, SCAN_CHARS).trim();
    messages.push(current);
    current = next.message;
    rest = next.rest;
  }
  // Only a quoted Outlook header can hold an unquoted "Last, First <address>".
  const oneWord = messages.some((m) =>
    [m.from, ...m.to, ...m.cc].some((a) => !!a?.email && !/[\s,]/.test(a.name.trim())),
  );
  const scanned = oneWord && text.includes(", ") ? text.slice(0, SCAN_CHARS) : "";
  const lower = scanned.toLowerCase();
  if (scanned) for (const m of messages) restoreCommaNames(m, scanned, lower);
  resolveNamesOnly(messages);
  return { note: first.message ? first.before : "", messages };
}

/** A sender known only by name (a name-only attribution) gets the address the thread gives that name. */
export function resolveNamesOnly(messages: ThreadMessage[]): void {
  // Most threads have no sender known only by name: nothing to look up.
  if (!messages.some((m) => m.from && !m.from.email && m.from.name)) return;
  const key = (n: string) =>
    n
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, " ")
      .trim();
  const known = new Map<string, string>();
  for (const m of messages)
    for (const a of [m.from, ...m.to, ...m.cc]) if (a?.email && a.name) known.set(key(a.name), a.email);
  const addresses = [
    ...new Set(messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).map((a) => a?.email ?? "")),
  ];
  const plain = (t: string) =>
    t
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  for (const m of messages)
    if (m.from && !m.from.email && m.from.name) {
      // Else the one address whose local part holds the surname ("Luis Herrera" -> lherrera@…).
      // "Grace, Rebecca M." (Outlook's "Last, First"): the surname is before the comma.
      const written = m.from.name.includes(",") ? m.from.name.split(",")[0] : m.from.name;
      const surname = plain(key(written).split(" ").pop() ?? "");
      // The thread's addresses first, else the ones written in the message itself (a signature's "rgrace@…" under
      // an Outlook header "From: Grace, Rebecca M." that has no address).
      const local = (e: string) => surname.length >= 3 && plain(e.slice(0, e.indexOf("@"))).includes(surname);
      let bySurname = addresses.filter(local);
      if (!bySurname.length) bySurname = findEmails(m.body.slice(-4000)).filter(local);
      const email = known.get(key(m.from.name)) ?? (bySurname.length === 1 ? bySurname[0] : undefined);
      if (email) m.from = { ...m.from, email };
    }
}
