// A note's lines as written, with a client's hard wrap undone (a long line broken mid-sentence at ~72–78 columns).

/** A line that long, ending in a letter, digit or comma, was wrapped by the client (iOS, Outlook plain text, Gmail). */
const WRAPPED_LINE_RE = /^.{60,}[\p{L}\d,]$/u;

/** The note's lines, each wrapped line joined with the non-empty line after it ("… wants" + "3 studios repainted."). */
export function unwrappedLines(note: string): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of note.split(/\r?\n/)) {
    if (open && line.trim()) out[out.length - 1] += ` ${line.trim()}`;
    else out.push(line);
    open = WRAPPED_LINE_RE.test(out[out.length - 1].trimEnd()) && out[out.length - 1].length < 400;
  }
  return out;
}
