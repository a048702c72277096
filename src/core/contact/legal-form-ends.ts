// Where a company's name ends in prose and on a line: a legal form of several parts or with a final dot (e-mail).
import { ALL, pattern } from "./legal-forms";

/** Forms of several parts ("Sp. z o.o.", "S.A. de C.V.", "GmbH & Co. KG"), which a capitalised-words reader cuts. */
const MULTI_PART_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:${ALL.filter((f) => /[. &]./.test(f))
    .map(pattern)
    .join("|")})(?![\\p{L}\\d])`,
  "giu",
);

/**
 * A company read from prose, given the text right after it: "Nowak Meble Sp." + " z o.o. – call Monday" ->
 * "Nowak Meble Sp. z o.o."; with no legal form across its end, it is cut at its sentence's end ("Acme Inc. Call").
 */
export function withLegalForm(company: string, after: string): string {
  const full = company + after.slice(0, 40);
  let end = -1;
  for (const m of full.matchAll(MULTI_PART_RE)) {
    const at = m.index || 0;
    if (at > company.length + 1) break;
    if (at + m[0].length > company.length - 1) end = Math.max(end, at + m[0].length);
  }
  if (end > 0) return full.slice(0, end).trim();
  return company
    .split(/\.\s/)[0]
    .replace(/[.,;)]+$/, "")
    .trim();
}

/** A line ending in a legal form whose last dot is the form's, not a sentence's ("… San. ve Tic. A.Ş.", "… GmbH."). */
export const ENDS_WITH_DOTTED_FORM_RE = new RegExp(
  `(?:^|[\\s,(])(?:${[...new Set(ALL.map((f) => f.replace(/\.$/, "")))]
    .filter((f) => !/^(?:as|spa)$/.test(f)) // English words
    .map(pattern)
    .join("|")})\\.$`,
  "iu",
);
