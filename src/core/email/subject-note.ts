// A forward with an empty note whose forwarder typed the note into the subject ("Fwd: call Fri - trade show lead").
import { headerLine } from "./forward-labels";
import { FORWARD_SUBJECT_RE } from "./people";
import { REPLY_SUBJECT_RE } from "./reply";

/** "Fwd: RE: Fw: x" -> "x": the subject without its forward and reply prefixes (every client language). */
function bareSubject(subject: string): string {
  let s = subject.trim();
  for (let i = 0; i < 5; i++) {
    const m = FORWARD_SUBJECT_RE.exec(s) ?? REPLY_SUBJECT_RE.exec(s);
    if (!m) break;
    s = s.slice(m[0].length).trim();
  }
  return s;
}

/** The Subject line of the forward header that opens `text` (its first 40 lines), as written. */
function forwardedSubject(text: string): string {
  for (const line of text.slice(0, 4000).split("\n", 40)) {
    const header = headerLine(line);
    if (header?.field === "subject") return header.value;
  }
  return "";
}

/**
 * The forwarder's words in the subject of a forward that carries no note: the subject when it is not the forwarded
 * message's own (nor that cut short), or the words added around it ("Fwd: Taproom signage - call Fri"). "" when the
 * subject only repeats the forwarded one, or the forwarded subject is unknown. Any client and language.
 */
export function noteInSubject(subject: string, text: string): string {
  const own = bareSubject(subject);
  const theirs = bareSubject(forwardedSubject(text));
  const [a, b] = [own.toLowerCase(), theirs.toLowerCase()];
  if (!a || !b || b.startsWith(a.replace(/(?:\.{3}|…)$/, ""))) return "";
  const at = a.indexOf(b);
  if (at < 0) return own;
  return (own.slice(0, at) + own.slice(at + b.length)).replace(/^[\s\-–—:|/,]+|[\s\-–—:|/,]+$/g, "");
}
