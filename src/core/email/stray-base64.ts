// A body that is still base64 (a mailer or gateway that labelled its transfer encoding wrongly, or encoded twice): the text it holds.
import { base64ToBytes, decodeBytes, utf8Decode } from "./bytes";

/** Lines of base64 as mailers wrap them: one alphabet, equal lengths but the last, padding only at the very end. */
const B64_LINE_RE = /^[A-Za-z0-9+/]+={0,2}$/;

function isBase64Block(text: string): boolean {
  if (text.length < 40) return false;
  // The first line decides for nearly every body, before the whole text is split.
  const end = text.indexOf("\n");
  const head = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, "");
  if (head.length < 40 || !B64_LINE_RE.test(head)) return false;
  const lines = text.split(/\r?\n/);
  const width = lines[0].length;
  if (width < 40) return false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!B64_LINE_RE.test(l) || (i < lines.length - 1 && (l.length !== width || l.endsWith("="))))
      return false;
  }
  return /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text);
}

/** Bytes as text: UTF-8 when they are valid UTF-8 (what mislabelled mail nearly always holds), else windows-1252. */
function bytesText(bytes: number[]): string {
  const utf8 = utf8Decode(bytes);
  return utf8.includes("\ufffd") ? decodeBytes(bytes, "windows-1252").text : utf8;
}

/** Mostly letters, digits, punctuation and spaces, with some whitespace: readable text, not a binary file. */
function isReadable(text: string): boolean {
  if (!/\s/.test(text)) return false;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd / text.length < 0.01;
}

/**
 * Gmail shows a body whose "Content-Transfer-Encoding" header does not match it as the raw base64 lines; the text
 * under them (decoded again when it was encoded twice) is the message. Anything else is returned unchanged.
 */
export function unwrapStrayBase64(text: string): string {
  let out = text;
  for (let round = 0; round < 2; round++) {
    const block = out.trim();
    if (!isBase64Block(block)) break;
    const decoded = bytesText(base64ToBytes(block));
    if (!isReadable(decoded)) break;
    out = decoded;
  }
  return out;
}
