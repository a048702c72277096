// What a file without a known extension holds, read from its first bytes: an e-mail (RFC 5322 headers), an
// image (its magic bytes), or else text (read as a business card's text).

export type FileKind = "email" | "photo" | "text";

const IMAGE_MAGIC: { name: string; test: (b: Uint8Array) => boolean }[] = [
  { name: "PNG", test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { name: "JPEG", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { name: "GIF", test: (b) => ascii(b, 0, 4) === "GIF8" },
  { name: "BMP", test: (b) => ascii(b, 0, 2) === "BM" && b.length > 26 },
  { name: "WebP", test: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP" },
  { name: "TIFF", test: (b) => ascii(b, 0, 4) === "II*\u0000" || ascii(b, 0, 4) === "MM\u0000*" },
  { name: "HEIC", test: (b) => ascii(b, 4, 8) === "ftyp" && /^(heic|heix|mif1|msf1|hevc)$/.test(ascii(b, 8, 12)) },
];

/** Headers that open a real message (an mbox "From " line is allowed first). */
const MAIL_HEADERS = /^(from|to|cc|subject|date|message-id|received|return-path|mime-version|delivered-to|reply-to|sender|content-type|x-[\w-]+)$/i;

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}

/** Does the text open with an RFC 5322 header block naming a sender or a recipient? */
function looksLikeEmail(head: string): boolean {
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (/^From \S/.test(lines[0] ?? "")) lines.shift();
  const names: string[] = [];
  for (const line of lines) {
    if (line === "") break;
    if (/^[ \t]/.test(line) && names.length) continue;
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    names.push(m[1].toLowerCase());
  }
  return names.length >= 2 && names.every((n) => MAIL_HEADERS.test(n) || /^[a-z][\w-]*$/.test(n)) &&
    names.some((n) => n === "from" || n === "to" || n === "subject") && names.some((n) => MAIL_HEADERS.test(n));
}

export function sniffKind(bytes: Uint8Array): { kind: FileKind; why: string } {
  const image = IMAGE_MAGIC.find((m) => m.test(bytes));
  if (image) return { kind: "photo", why: `${image.name} image bytes` };
  if (looksLikeEmail(Buffer.from(bytes.subarray(0, 16384)).toString("latin1")))
    return { kind: "email", why: "e-mail headers (RFC 5322)" };
  return { kind: "text", why: "neither e-mail headers nor image bytes: read as card text" };
}
