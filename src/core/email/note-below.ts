// The forwarder's note written under the forwarded message instead of above it (Thunderbird, Apple Mail, any client).
import { findEmails, type Address } from "../contact/email";
import type { ThreadMessage } from "./thread";
import { nameTokens } from "./sig-start";
import { FOLLOW_UP_CUE_RE, MORE_CUES_RE } from "../followup/words";

/** A signature delimiter ("--", "-- ") or a rule line the forwarder puts between the message and their own words. */
// Outlook and others: a short "---" rule too ("---\nHuom: soita hänelle …"); Apple Mail and iOS users type an em
// dash ("—", which the keyboard makes of "--") or asterisks.
const DELIMITER_RE = /^(?:--\s?|-{3,}|[-_=]{5,}|[—–]{1,3}|\*{3,})$/;

/** The last of two or more blank lines before the message's last paragraph, else -1. */
function blankLinesAbove(lines: string[]): number {
  let end = lines.length - 1;
  while (end >= 0 && !lines[end].trim()) end--;
  let at = end;
  while (at >= 0 && lines[at].trim()) at--;
  return at >= 2 && !lines[at - 1].trim() ? at : -1;
}

/**
 * The forwarder's own signature closing the mail under their note ("-- \nHamish Grant CEng\nGrant Acoustics"): the
 * lines above its delimiter, else the lines as they are. Its first line holds every word of the forwarder's name.
 */
function withoutOwnSignature(lines: string[], forwarder: Address | undefined): string[] {
  const own = forwarder ? nameTokens(forwarder.name).filter((t) => t.length >= 2) : [];
  if (own.length < 2) return lines;
  let at = lines.length - 1;
  while (at >= 0 && !DELIMITER_RE.test(lines[at].trim())) at--;
  const first = lines.slice(at + 1).find((l) => l.trim()) ?? "";
  const words = nameTokens(first);
  return at > 0 && own.every((t) => words.includes(t)) ? lines.slice(0, at) : lines;
}

/** The lines ask for a follow-up in any language ("Ring ham på torsdag", "Call her Monday"), not a postscript. */
const asksFollowUp = (text: string) =>
  !/^\s*p\.?\s?s\b/i.test(text) && (FOLLOW_UP_CUE_RE.test(text) || MORE_CUES_RE.test(text));

/**
 * The note under the last forwarded message: the lines after a closing delimiter that follows the sender's signature
 * (their name is above it and not in the lines after it), short, with no address or number of anyone's. The message
 * keeps its text above the delimiter. Undefined when the message ends with its own text.
 */
export function noteBelow(
  message: ThreadMessage,
  forwarder?: Address,
): { note: string; body: string } | undefined {
  const start = Math.max(0, message.body.length - 4000);
  const lines = withoutOwnSignature(message.body.slice(start).split(/\r?\n/), forwarder);
  let at = lines.length - 1;
  while (at >= 0 && !DELIMITER_RE.test(lines[at].trim())) at--;
  // Gmail for Android and iPhone Mail: the note typed two blank lines under the signature, asking for a call back.
  // Also under the sender's own "--" signature (Thunderbird: the note typed below the whole forwarded message).
  const spaced = blankLinesAbove(lines);
  const asks = spaced > 0 && asksFollowUp(lines.slice(spaced + 1).join(" "));
  if (at < 1 && spaced > 0 && !asks) return undefined;
  if (spaced > 0 && (at < 1 || (spaced > at && asks))) at = spaced;
  if (at < 1) return undefined;
  const tail = lines
    .slice(at + 1)
    .join("\n")
    .trim();
  if (
    !tail ||
    tail.length > 600 ||
    tail.split(/\n/).length > 6 ||
    findEmails(tail).length ||
    /\d{5}/.test(tail)
  )
    return undefined;
  // No display name in the forward header (Libero "Da: g.conti@…"): the surname the address spells.
  const named = message.from?.name || (message.from?.email || "").split("@")[0].replace(/[._-]+/g, " ");
  const tokens = nameTokens(named).filter((t) => t.length >= 3);
  if (!tokens.length) return undefined;
  const above = lines
    .slice(Math.max(0, at - 12), at)
    .join("\n")
    .toLowerCase();
  const lowerTail = tail.toLowerCase();
  if (!tokens.some((t) => above.includes(t))) return undefined;
  // Their name under the delimiter is their own sign-off, unless the lines ask to call them ("Call Andrei early next
  // month") and no line is their name alone.
  const signs = tail.split("\n").some((l) => {
    const words = nameTokens(l.trim());
    return words.length > 0 && words.length <= 3 && words.every((w) => tokens.includes(w));
  });
  if (tokens.some((t) => lowerTail.includes(t)) && (signs || !asksFollowUp(tail))) return undefined;
  return { note: tail, body: (message.body.slice(0, start) + lines.slice(0, at).join("\n")).trim() };
}
