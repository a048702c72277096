// What a signature writes over its name line: a logo's text or a company in capitals; ja/zh/ko company and title.
import { SIGN_OFF_RE } from "./sign-off-lines";
import { cjkCompany, isCompanyLine, isSentence, isTitleLine } from "./line-kinds";
import { isRuleLine, logoAlt } from "./sig-lines";
import { mayBeCompany } from "./sig-company";
import type { ContactDetails } from "./signature";

/** A line over the name line that is the company: a company word, or two to six words in capitals (a logo's text). */
function companyOverName(above: string): boolean {
  if (!mayBeCompany(above) || SIGN_OFF_RE.test(above) || isSentence(above)) return false;
  const words = above.split(/\s+/);
  return words.length <= 6 && (isCompanyLine(above) || (words.length >= 2 && above === above.toUpperCase()));
}

/**
 * ja/zh/ko signatures and cards put the company and the department's title over the name ("株式会社ミドリ精機" /
 * "購買部 課長" / "松本 彩花"): short lines between a rule line (or a blank line) and the name line.
 */
export function readAboveName(lines: string[], nameAt: number, out: ContactDetails): void {
  const above: string[] = [];
  for (let k = nameAt - 1; k >= 0 && k >= nameAt - 3; k--) {
    const l = lines[k];
    if (!l || isRuleLine(l)) break;
    if (l.length > 40 || SIGN_OFF_RE.test(l) || isSentence(l)) return;
    above.unshift(l);
  }
  if (!above.length || !above.some((l) => cjkCompany(l))) return;
  for (const l of above) {
    const cjk = cjkCompany(l);
    if (cjk) out.company ??= cjk;
    else if (isTitleLine(l)) out.title ??= l;
  }
}

/** "Brightwater Analytics" for rnguyen@brightwater-analytics.example: the name's letters are the domain's first label's. */
function namesDomain(name: string, email: string): boolean {
  const compact = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const label = compact(email.split("@")[1]?.split(".")[0] ?? "");
  const alt = compact(name);
  return alt.length >= 4 && label.length >= 4 && (label.startsWith(alt) || alt.startsWith(label));
}

/** The company written over the name line (a logo's text: "CARTER & SONS PLUMBING" over "Ben Carter | Owner"). */
export function companyAboveName(above: string, email: string): string | undefined {
  // Outlook's plain text writes a logo as its alt text in brackets: "[Fenwick Dental Clinic]" over the name; Gmail's
  // "[image: Brightwater Analytics] <https://…>". A company word, or the letters of the person's mail domain, say so.
  const logo = logoAlt(above);
  return logo
    ? (isCompanyLine(logo) || namesDomain(logo, email)) && !/\b(?:logo|image|cid)\b|\.\w{3,4}$/i.test(logo)
      ? logo
      : undefined
    : companyOverName(above)
      ? above
      : undefined;
}
