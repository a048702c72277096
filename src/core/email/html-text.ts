// HTML to readable text without DOM APIs: block ends become line breaks, entities decoded, quotes kept as "> ".
import { withImageSignatures } from "./image-signature";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  ccedil: "ç",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
  ntilde: "ñ",
  copy: "©",
  reg: "®",
};

/** Decodes HTML character references (&amp; &#233; &#xE9; &eacute; …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? ENTITIES[e] ?? m;
  });
}

/**
 * A table cell that holds several lines (a signature laid out in columns: name and title in one cell, phone
 * and site in the next) is its own block; a one-line cell ("Name:" | "Jane") stays on its row's line.
 */
function cellBlocks(html: string): string {
  return html.replace(/<td\b[^>]*>((?:(?!<\/?td\b)[\s\S]){0,4000}?)<\/td\s*>/gi, (_m, cell: string) => {
    if (/<(?:br|p|div)\b/i.test(cell)) return `<br>${cell}<br>`;
    // A letterhead's logo cell beside the name (HTML-table signatures of any client): its alt text on a line of its
    // own, bracketed as Outlook's plain text writes a picture ("[Keystone Dental]"), when the cell holds nothing else.
    const alt =
      /^\s*(?:<(?!img\b)[^>]*>\s*)*<img\b[^>]*\balt\s*=\s*"([^"<>]*\p{L}{2}[^"<>]*)"[^>]*>\s*(?:<[^>]*>\s*)*$/iu.exec(
        cell,
      );
    return alt ? `<br>[${alt[1].trim()}]<br>` : `${cell} `;
  });
}

/** The text a reader sees in an HTML body, one block per line. */
export function htmlToText(html: string): string {
  const s = cellBlocks(
    withImageSignatures(
      html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(style|script|head|title)\b[\s\S]*?<\/\1\s*>/gi, ""),
    ),
  )
    .replace(/\r?\n/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<hr\b[^>]*>/gi, "\n________________________________\n")
    // One <div> per line (Outlook on the web, Gmail, Yahoo): the end of one and the start of the next are one break,
    // not a blank line, so a quoted header block ("De: …" / "Enviado: …" / "Para: …") stays together.
    .replace(/<\/?(?:div|tr|li)\b[^>]*>/gi, "\uE000")
    .replace(/<\/?(p|h[1-6]|table|tbody|ul|ol|blockquote|section|article|header|footer)\b[^>]*>/gi, "\n")
    .replace(/<\/t[dh]\s*>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\uE000(?:[ \t]*\uE000)*/g, "\n");
  return decodeEntities(s)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
