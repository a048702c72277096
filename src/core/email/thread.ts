// Splits a forwarded e-mail into the forwarder's note and the messages inside it, newest first, at every depth.
import type { Address } from "../contact/email";
import { splitInlineReply } from "./inline-reply";
import { dequote, findStart, type Start } from "./quoted-start";
import { headOf, type Parts, SCAN_CHARS, tailOf } from "./text-parts";
import { libraryDroppedText, libraryRead, withOwnCopies, withQuoteMarks } from "./thread-library";
import { resolveNamesOnly, restoreCommaNames } from "./thread-names";

export { SCAN_CHARS };

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
function cleanBody(lines: string[]): string {
  return lines
    .map(dequote)
    .join("\n")
    .replace(/^\s*\ufeff?\s*\n/, "")
    .trim();
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
  const viaParser = libraryRead(text, tail, subject);
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
