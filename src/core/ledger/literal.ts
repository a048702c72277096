// Values from outside (an email, a card) written so that Sheets keeps them as literal text.

export type CellValue = string | number | boolean | Date;

/**
 * Text Sheets would turn into something else when written with setValues: a formula (=, +, -, @), a number,
 * a percentage, a date, a boolean, or text that already starts with an apostrophe (which Sheets would eat).
 */
export function isCoercible(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  if (/^[$€£¥]?\s*[-+]?(\d[\d,\s]*)?(\.\d+)?\s*%?$/.test(t) && /\d/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s|T|$)/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  return false;
}

/** A string as setValues must receive it to be stored exactly as written (apostrophe prefix when needed). */
export function literalText(text: string): string {
  return isCoercible(text) ? `'${text}` : text;
}

/** Any cell value made safe for setValues: strings literal, everything else as is. */
export function toCell(value: CellValue | null | undefined): CellValue {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? literalText(value) : value;
}

/**
 * A value for a cell whose number format is known: a plain-text ("@") cell keeps any string exactly as written
 * (an apostrophe there would show), any other cell needs the apostrophe rule.
 */
export function cellFor(value: CellValue | null | undefined, plainText: boolean): CellValue {
  if (typeof value === "string" && plainText) return value;
  return toCell(value);
}

/** A cell as text, for comparisons: dates as ISO, everything trimmed. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isNaN(value.getTime()) ? "" : value.toISOString();
  return String(value).trim();
}

export function isBlank(value: unknown): boolean {
  return cellText(value) === "";
}
