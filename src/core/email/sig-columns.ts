// Two people signing side by side (plain-text mail: Thunderbird, Apple Mail, Outlook; space-padded columns): one column.
import { looksLikePersonName } from "./line-kinds";
import { readNameLine } from "./sig-start";

/** Column gap in plain text: three or more spaces (or a tab) between two cells of one line. */
const GAP_RE = /\s{3,}|\t+/;

/**
 * "Maren Holt          Greg Lindqvist" over "Project Lead          Principal": when the name line at `at` holds the
 * person in one column, the block under it (to its first blank line) is read in that column only; a line of one
 * cell (the firm under both) is shared. `tokens` are the person's name words, lower case.
 */
export function personColumn(lines: string[], at: number, tokens: string[]): string[] {
  const cells = lines[at].split(GAP_RE);
  if (cells.length < 2 || !tokens.length) return lines;
  const col = cells.findIndex((c) => tokens.every((t) => c.toLowerCase().includes(t)));
  // Another cell must be someone else's name: a wide gap inside one person's line ("Jane Roe    |    CEO") is no column.
  if (
    col < 0 ||
    !cells.some((c, k) => k !== col && /\p{L}/u.test(c) && looksLikePersonName(readNameLine(c.trim()).name))
  )
    return lines;
  const out = lines.slice();
  for (let i = at; i < lines.length && lines[i]; i++) {
    const row = lines[i].split(GAP_RE);
    if (row.length === cells.length) out[i] = row[col].trim();
  }
  return out;
}
