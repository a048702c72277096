// Splits a forwarded e-mail into the forwarder's note and the messages inside it, newest first, at every depth.
import EmailForwardParser from "email-forward-parser";
import type { EmailForwardMailbox } from "email-forward-parser";
import type { Address } from "../contact/email";
import { headerLine } from "./forward-labels";
import { splitInlineReply } from "./inline-reply";
import { dequote, findStart, type Start } from "./quoted-start";
import { resolveNamesOnly, restoreCommaNames } from "./thread-names";

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
/**
 * A long text as its first part and the rest, never joined: slicing a joined string copies all of it first, and
 * under a 1 MB body that copy, at every level of a thread, was most of a message's time.
 */
interface Parts {
  text: string;
  tail: string;
}
const headOf = ({ text, tail }: Parts) =>
  text.length >= SCAN_CHARS || !tail
    ? text.slice(0, SCAN_CHARS)
    : text + tail.slice(0, SCAN_CHARS - text.length);
const tailOf = ({ text, tail }: Parts) =>
  text.length >= SCAN_CHARS ? text.slice(SCAN_CHARS) + tail : tail.slice(SCAN_CHARS - text.length);
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
  lib: { message: ThreadMessage; rest: Parts },
  own: Omit<ThreadMessage, "body">,
  ownRest: () => Parts,
): boolean {
  if (!own.from?.email || own.from.email !== lib.message.from?.email) return false;
  const rest = headOf(ownRest()).trim();
  const at = rest.indexOf(headOf(lib.rest).trim().slice(0, 200));
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
function withQuoteMarks<T extends { message: ThreadMessage; rest: Parts }>(
  lib: T,
  own: Start | undefined,
  ownRest: () => Parts,
): T {
  if (!own || !lib.message.from?.email || own.message.from?.email !== lib.message.from.email) return lib;
  // A quoted line starts with its marks after spaces only (\s would run across blank lines: slow on a long body).
  if (/^[ \t]*>/m.test(headOf(lib.rest))) return lib;
  const rest = ownRest();
  return /^[ \t]*>/m.test(headOf(rest)) ? { ...lib, rest } : lib;
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

/** Splits a text into the text before the first quoted message and that message (nothing when it quotes none). */
function splitOnce(whole: Parts, subject?: string): { before: string; message?: ThreadMessage; rest: Parts } {
  // Forward headers sit near the top of a message's text: look for them in its first 64 KB only.
  const text = headOf(whole);
  const tail = tailOf(whole);
  const lines = text.split(/\r?\n/);
  const own = findStart(lines);
  let viaParser: { before: string; message: ThreadMessage; rest: Parts } | undefined;
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
          rest: { text: r.email.body ?? "", tail },
        };
      }
    } catch {
      /* the table-driven split below still applies */
    }
  const ownBefore = own ? cleanBody(lines.slice(0, own.index)) : undefined;
  let ownText: string | undefined;
  const ownLocal = () => (ownText ??= own ? lines.slice(own.bodyIndex).join("\n") : "");
  const ownRest = (): Parts => ({ text: ownLocal(), tail });
  // Answers written between the quoted lines, and the signature under them, are the replier's own text.
  const inline = own?.message.kind === "reply" ? splitInlineReply(belowAttribution(lines, own)) : undefined;
  const sameStart = !viaParser || viaParser.message.from?.email === own?.message.from?.email;
  if (own && inline && sameStart) {
    const before = [ownBefore, inline.own].filter(Boolean).join("\n\n");
    return { before, message: { ...own.message, body: "" }, rest: { text: inline.quoted, tail } };
  }
  // The library knows more clients; the tables catch replies and what the library misses, whichever starts first.
  if (viaParser && (!own || viaParser.before.length <= (ownBefore ?? "").length + 2)) {
    if (!own || !libraryDroppedText(viaParser, own.message, ownRest))
      return withQuoteMarks(withOwnCopies(viaParser, own, lines), own, ownRest);
  }
  if (own) return { before: ownBefore ?? "", message: { ...own.message, body: "" }, rest: ownRest() };
  return { before: "", rest: { text: "", tail: "" } };
}

/** The note and every message of a forwarded e-mail's text. */
export function splitThread(text: string, subject: string): Thread {
  const first = splitOnce({ text, tail: "" }, subject);
  const messages: ThreadMessage[] = [];
  let current = first.message;
  let rest = first.rest;
  while (current && messages.length < MAX_MESSAGES) {
    // A quoted message is read like the top one: the library looks for a forward in it only when its subject says
    // so (or it has none); a reply's quoted history is the label tables' job (one library pass less per level).
    const next = splitOnce(rest, current.subject || undefined);
    // A message's own text is read from its first 64 KB (a pasted list below a signature is not needed).
    const own = next.message ? next.before : headOf(rest).split(/\r?\n/).map(dequote).join("\n");
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
