// A signature sent as a picture (WiseStamp, Exclaimer, a phone's signature image): its alt text holds the lines.

/**
 * An image whose alt text is a whole signature, its parts split by bars or bullets ("Rosa Delgado | Creative Director
 * | Studio | (312) 555-0134 | studio.example"): three parts or more, as image-signature tools write it (any client).
 */
const SIGNATURE_IMG_RE =
  /<img\b[^>]*?\balt\s*=\s*"([^"<>]*?[^"<>\s]\s+[|•·]\s+[^"<>]*?\s+[|•·]\s+[^"<>]+)"[^>]*>/gi;

/** The HTML with each signature picture replaced by its alt text on a line of its own. */
export function withImageSignatures(html: string): string {
  if (!html.includes("alt") && !html.includes("ALT")) return html;
  return html.replace(SIGNATURE_IMG_RE, (_m, alt: string) => `<br>${alt.trim()}<br>`);
}

/**
 * The plain body lacks a signature the HTML shows only as a picture (Gmail's plain text of HTML-only mail drops alt
 * text): the HTML's text is the one to read.
 */
export function lostImageSignature(text: string, html: string): boolean {
  if (!html.includes("alt") && !html.includes("ALT")) return false;
  const m = new RegExp(SIGNATURE_IMG_RE.source, "i").exec(html);
  return !!m && !text.includes(m[1].trim().slice(0, 40));
}
