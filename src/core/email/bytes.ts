// Bytes and charsets with no platform text decoder (Apps Script has none): base64, quoted-printable, UTF-8 / Latin-1 / windows-1252, and a hook for the rest.

/** Decodes bytes in a charset core cannot read itself (the Apps Script adapter uses Utilities). */
export type CharsetDecoder = (bytes: number[], charset: string) => string | undefined;

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX: Record<string, number> = {};
for (let i = 0; i < B64.length; i++) B64_INDEX[B64[i]] = i;
B64_INDEX["-"] = 62;
B64_INDEX["_"] = 63;

/** Base64 (standard or URL-safe) to bytes; characters outside the alphabet are skipped. */
export function base64ToBytes(text: string): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const v = B64_INDEX[text[i]];
    if (v === undefined) {
      if (text[i] === "=") break;
      continue;
    }
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

/** Quoted-printable to bytes; `header` also turns "_" into a space (RFC 2047 "Q"). */
export function quotedPrintableToBytes(text: string, header = false): number[] {
  const out: number[] = [];
  const s = header ? text : text.replace(/=\r?\n/g, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (header && c === "_") out.push(32);
    else pushChar(out, s.charCodeAt(i));
  }
  return out;
}

/** A "binary string" (one char per byte) to bytes; chars above 255 are written as UTF-8. */
export function stringToBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) pushChar(out, text.charCodeAt(i));
  return out;
}

function pushChar(out: number[], code: number): void {
  if (code < 256) out.push(code);
  else for (const b of utf8Bytes(String.fromCharCode(code))) out.push(b);
}

/** Text to UTF-8 bytes (Apps Script has no TextEncoder): read by mail decoding here, and by outgoing mail (nurture). */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** UTF-8 bytes to text; invalid sequences become U+FFFD. */
export function utf8Decode(bytes: number[]): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length) parts.push(String.fromCodePoint(...chunk));
    chunk = [];
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    let cp = 0xfffd;
    let extra = 0;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b < 0xe0) [cp, extra] = [b & 31, 1];
    else if (b >= 0xe0 && b < 0xf0) [cp, extra] = [b & 15, 2];
    else if (b >= 0xf0 && b < 0xf5) [cp, extra] = [b & 7, 3];
    let ok = true;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 63);
    }
    if (!ok || cp > 0x10ffff) cp = 0xfffd;
    else i += extra;
    chunk.push(cp);
    if (chunk.length > 4096) flush();
  }
  flush();
  return parts.join("");
}

// windows-1252 0x80–0x9F; the rest of the range is Latin-1.
const CP1252 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function singleByte(bytes: number[], cp1252: boolean): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4096) {
    const slice = bytes
      .slice(i, i + 4096)
      .map((b) => (cp1252 && b >= 0x80 && b < 0xa0 ? CP1252.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...slice));
  }
  return parts.join("");
}

/**
 * Charset labels some clients write that decoders do not know, to the standard name: Foxmail and Python-built mail
 * "eucgb2312_cn" (gb2312), Outlook/Mac "x-gbk", "x-sjis", "x-euc-kr"; "cp936"/"ms936" (gbk), "ms932" (shift_jis).
 */
const CHARSET_ALIASES: Record<string, string> = {
  eucgb2312_cn: "gb2312",
  "euc-cn": "gb2312",
  "x-gbk": "gbk",
  cp936: "gbk",
  ms936: "gbk",
  "x-sjis": "shift_jis",
  ms932: "shift_jis",
  cp932: "shift_jis",
  "x-euc-kr": "euc-kr",
  "x-euc-jp": "euc-jp",
};

/** Bytes in `charset` to text: UTF-8, ASCII, Latin-1 and windows-1252 here; others through `hook`, else Latin-1. */
export function decodeBytes(
  bytes: number[],
  charset: string,
  hook?: CharsetDecoder,
): { text: string; known: boolean } {
  const cs = charset
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "")
    .replace(/^.*$/, (c) => CHARSET_ALIASES[c] ?? c);
  if (!cs || cs === "utf-8" || cs === "utf8" || cs === "us-ascii" || cs === "ascii")
    return { text: utf8Decode(bytes), known: true };
  if (cs === "iso-8859-1" || cs === "latin1" || cs === "latin-1")
    return { text: singleByte(bytes, false), known: true };
  if (cs === "windows-1252" || cs === "cp1252") return { text: singleByte(bytes, true), known: true };
  if (hook) {
    try {
      const t = hook(bytes, cs);
      if (typeof t === "string") return { text: t, known: true };
    } catch {
      /* fall through to Latin-1 */
    }
  }
  return { text: singleByte(bytes, cs.startsWith("iso-8859") || cs.startsWith("windows-125")), known: false };
}
