// The raw RFC 5322 / MIME message Gmail builds for a script's send: encoded headers, text and HTML as
// multipart/alternative, attachments as multipart/mixed, every body base64 (7-bit safe) with 76-column lines.

export interface MimePart {
  contentType: string;
  bytes: Uint8Array;
  name?: string;
}

export interface MimeInput {
  /** Headers in order, values unencoded (non-ASCII is encoded here). */
  headers: { name: string; value: string }[];
  text: string;
  html?: string;
  attachments?: MimePart[];
  /** Seed for the boundaries, so a message's bytes are reproducible. */
  boundarySeed: string;
}

const ADDRESS_HEADERS = new Set(["from", "to", "cc", "bcc", "reply-to"]);

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
export function encodeWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

/** An address list with only its display names encoded ("Zoë <z@x.example>" → "=?UTF-8?B?…?= <z@x.example>"). */
function encodeAddresses(list: string): string {
  return list.replace(
    /(^|,)\s*("?)([^,<>"]*[^\x20-\x7e][^,<>"]*)\2\s*</g,
    (_m, sep: string, _q, name: string) => {
      return `${sep}${sep ? " " : ""}${encodeWord(name.trim())} <`;
    },
  );
}

function headerLine(h: { name: string; value: string }): string {
  const value = ADDRESS_HEADERS.has(h.name.toLowerCase()) ? encodeAddresses(h.value) : encodeWord(h.value);
  return `${h.name}: ${value}`;
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? [""]
  ).join("\r\n");
}

function leaf(contentType: string, bytes: Uint8Array, name?: string): string {
  const lines = [`Content-Type: ${contentType}${name ? `; name="${encodeWord(name)}"` : ""}`];
  if (name) lines.push(`Content-Disposition: attachment; filename="${encodeWord(name)}"`);
  lines.push("Content-Transfer-Encoding: base64", "", base64Lines(bytes));
  return lines.join("\r\n");
}

function multipart(kind: string, boundary: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${kind}; boundary="${boundary}"`,
    "",
    ...parts.map((p) => `--${boundary}\r\n${p}`),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

/** The whole message as the bytes Gmail sends (CRLF line ends). */
export function buildMime(input: MimeInput): string {
  const text = leaf("text/plain; charset=UTF-8", utf8(input.text));
  let body =
    input.html === undefined
      ? text
      : multipart("alternative", `alt-${input.boundarySeed}`, [
          text,
          leaf("text/html; charset=UTF-8", utf8(input.html)),
        ]);
  if (input.attachments?.length)
    body = multipart("mixed", `mix-${input.boundarySeed}`, [
      body,
      ...input.attachments.map((a) => leaf(a.contentType, a.bytes, a.name)),
    ]);
  return [...input.headers.map(headerLine), "MIME-Version: 1.0", body].join("\r\n");
}
