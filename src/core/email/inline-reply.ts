// An inline reply ("On … wrote:" then quoted lines with answers between them): the replier's lines and the quote.
import { headerLine } from "./forward-labels";
import { WROTE_RE } from "./quote-openers";

const QUOTED_RE = /^\s*>/;

/**
 * The lines under an attribution split into what the replier wrote (answers between the quoted lines, and the
 * signature under them; each quoted line left as a blank one) and the quoted lines, when the quote opens with "> "
 * lines and unquoted text follows. Undefined when nothing is interleaved, or when the unquoted text opens another
 * message (a header block or an attribution of its own).
 */
export function splitInlineReply(lines: string[]): { own: string; quoted: string } | undefined {
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || !QUOTED_RE.test(lines[first])) return undefined;
  const own: string[] = [];
  const quoted: string[] = [];
  for (const l of lines) {
    if (QUOTED_RE.test(l)) {
      quoted.push(l);
      own.push("");
    } else {
      own.push(l);
      if (!l.trim()) quoted.push(l);
    }
  }
  if (!own.some((l) => l.trim())) return undefined;
  if (own.some((l) => WROTE_RE.test(l.trim()) || headerLine(l)?.field === "from")) return undefined;
  return {
    own: own
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
    quoted: quoted.join("\n"),
  };
}
