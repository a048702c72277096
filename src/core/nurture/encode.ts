// Byte-level encodings for outgoing mail, by hand (Apps Script has no TextEncoder): base64, quoted-printable and
// RFC 2047 encoded-words over the UTF-8 bytes of email/bytes.
import { utf8Bytes } from "../email/bytes";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64(bytes: readonly number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
}

/** Base64 of the text's UTF-8, in lines of 76 (a MIME body). */
export function base64Body(text: string): string {
  return (base64(utf8Bytes(text)).match(/.{1,76}/g) ?? []).join("\r\n");
}

/** Quoted-printable of the text's UTF-8 (RFC 2045): CRLF line breaks, soft breaks under 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r?\n/g, "\n")
    .split("\n")
    .map((line) => {
      const bytes = utf8Bytes(line);
      const enc = bytes.map((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last) || (b === 9 && !last);
        return plain ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0");
      });
      const lines: string[] = [];
      let cur = "";
      for (const piece of enc) {
        if (cur.length + piece.length > 75) {
          lines.push(cur + "=");
          cur = "";
        }
        cur += piece;
      }
      lines.push(cur);
      return lines.join("\r\n");
    })
    .join("\r\n");
}

/** A header value: as is when printable ASCII, else RFC 2047 B encoded-words (each whole characters, ≤ 75). */
export function encodedWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: number[][] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const b = utf8Bytes(ch);
    // 45 bytes → 60 base64 characters; with "=?UTF-8?B?" and "?=" a word stays within 75.
    if (chunk.length + b.length > 45) {
      words.push(chunk.slice());
      chunk = [];
    }
    chunk.push(...b);
  }
  if (chunk.length) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(w)}?=`).join("\r\n ");
}

/** "Name" <addr> with the name quoted or encoded as needed. */
export function addressHeader(name: string, email: string): string {
  const n = name.replace(/[\r\n]+/g, " ").trim();
  if (!n) return `<${email}>`;
  if (!/^[\x20-\x7e]*$/.test(n)) return `${encodedWords(n)} <${email}>`;
  if (/^[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]+$/.test(n)) return `${n} <${email}>`;
  return `"${n.replace(/(["\\])/g, "\\$1")}" <${email}>`;
}

/** RFC 5322 date of an instant, in UTC: "Tue, 01 Dec 2026 14:00:00 +0000". */
export function rfc5322Date(d: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function hex(bytes: readonly number[]): string {
  return bytes.map((b) => (b & 255).toString(16).padStart(2, "0")).join("");
}
