// The forward library's read of a message's text, and the corrections the label tables make to it.
import EmailForwardParser from "email-forward-parser";
import type { EmailForwardMailbox } from "email-forward-parser";
import type { Address } from "../contact/email";
import { headerLine } from "./forward-labels";
import { sieveFor } from "./library-sieve";
import { dequote, type Start } from "./quoted-start";
import { headOf, type Parts } from "./text-parts";
import type { ThreadMessage } from "./thread";

export interface LibraryRead {
  before: string;
  message: ThreadMessage;
  rest: Parts;
}

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

/** The first forwarded message the library finds in `text` (the first 64 KB of a message's text; `tail` is the rest). */
export function libraryRead(text: string, tail: string, subject?: string): LibraryRead | undefined {
  // The library's sender is an address written in the text: a text without "@" cannot hold a forwarded message.
  if (text.includes("@"))
    try {
      const lib = efp();
      // Only the library's patterns that can match this text are run (same answer, a fraction of the time).
      const regexes = (lib as unknown as { parser?: { regexes?: Record<string, unknown> } }).parser?.regexes;
      if (regexes) sieveFor(regexes, text, subject);
      const r = lib.read(text, subject ?? null);
      const from = r.forwarded ? mailbox(r.email.from) : undefined;
      if (r.forwarded && from) {
        return {
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
      /* the label tables still split the text */
    }
  return undefined;
}

/**
 * The library read the same message but lost text under its headers (a Gmail forward of a forward: the middle
 * forwarder's note and the inner header block go, and the inner Cc is given to the outer message).
 */
export function libraryDroppedText(
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
export function withQuoteMarks<T extends { message: ThreadMessage; rest: Parts }>(
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
export function withOwnCopies<T extends { message: ThreadMessage }>(
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
