// The lines of a signature block under its start: up to a rule line, small print, a wide gap or a long line.
import { DISCLAIMER_RE } from "../contact/phone-rank";
import { DEVICE_LINE_RE } from "./sign-off-lines";
import { isImagePlaceholder, isRuleLine } from "./sig-lines";

/** Small print under a signature: a disclaimer sentence, or its heading alone ("CONFIDENTIAL", "Disclaimer:"). */
function isSmallPrint(line: string): boolean {
  return DISCLAIMER_RE.test(line) && (line.length > 40 || line === line.toUpperCase() || /:$/.test(line));
}

/**
 * A line too long for a signature (prose, small print): over 100 characters, unless it lists short parts between bars
 * ("Company Pty Ltd - tagline | www.…", every client's one-line footer), up to 160.
 */
function isLongLine(line: string): boolean {
  if (line.length <= 100) return false;
  return line.length > 160 || !/\s[|•·]\s/.test(line) || line.split(/\s[|•·]\s/).some((p) => p.length > 100);
}

/** The lines of the signature block under its start: up to a rule line, small print, two blank lines or a long line. */
export function blockLines(lines: string[], from: number): string[] {
  const sig: string[] = [];
  let blanks = 0;
  // An HTML signature read as text puts the same gap (often two blank lines) between all of its lines: a gap is
  // the end only when it is wider than the first one.
  let firstGap = -1;
  for (let i = from; i < lines.length && sig.length < 12; i++) {
    const l = lines[i];
    if (!l) {
      if (++blanks >= Math.max(2, firstGap + 1) && sig.length) break;
      continue;
    }
    // "--" under a block opens the next signature (an introducer's, under the details they pasted).
    if (l === "--" && sig.length) break;
    if (firstGap < 0) firstGap = blanks;
    blanks = 0;
    if (isLongLine(l) || isRuleLine(l) || isSmallPrint(l)) break;
    if (DEVICE_LINE_RE.test(l) || isImagePlaceholder(l)) continue;
    sig.push(l);
  }
  return sig;
}
