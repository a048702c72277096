// A plain rendering that glued a form table's label cell to its value ("KundAgnes Berg"), for any language's labels.
import { FORM_FIELDS } from "./form-labels";

/** A table row's first cell holding a short label (bold or not) with a value cell after it. */
const LABEL_CELL_RE =
  /<td[^>]*>\s*(?:<(?:b|strong|span)[^>]*>\s*)?([^<>:]{2,30}?)\s*(?:<\/(?:b|strong|span)>\s*)?<\/td>\s*<td/gi;

/**
 * Gmail's plain rendering of an HTML-only notice runs each label cell into its value cell ("KundAgnes Lindqvist-Berg",
 * "E-postagnes@…", sv booking tools; "Klient…", "Όνομα…" alike): whether `text` has such a line for a form label (any
 * language the label table holds) of a label cell in the first 8 KB of `html`.
 */
export function gluedFormCells(text: string, html: string): boolean {
  for (const m of html.slice(0, 8192).matchAll(LABEL_CELL_RE)) {
    const label = m[1].trim();
    if (!FORM_FIELDS.some((f) => f.re.test(label))) continue;
    const at = text.indexOf(`\n${label}`);
    const next = at >= 0 ? text.charAt(at + 1 + label.length) : "";
    if (next && !/[\s:：]/.test(next)) return true;
  }
  return false;
}
