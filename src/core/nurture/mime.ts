// One nurture email as a raw RFC 5322 message: headers Gmail keeps, List-Unsubscribe (RFC 2369/8058), text + HTML.
import { addressHeader, base64Body, encodedWords, quotedPrintable, rfc5322Date } from "./encode";
import { bodyHtml } from "./html";

export interface NurtureMail {
  fromName: string;
  fromEmail: string;
  toName: string;
  toEmail: string;
  subject: string;
  /** The plain text, with `unsubscribeMarker` where the unsubscribe link goes. */
  text: string;
  unsubscribeMarker: string;
  /** Where the visible link points: the web app's https URL when there is one, else the mailto. */
  unsubscribeUrl: string;
  /** mailto:owner+unsubscribe@…?subject=… (always), and the one-click https URL when the web app is set up. */
  listUnsubscribeMailto: string;
  listUnsubscribeHttps?: string;
  businessAddress: string;
  businessName: string;
  messageId: string;
  date: Date;
}

/** The message as CRLF text, every byte ASCII (bodies are encoded). */
export function buildNurtureMime(m: NurtureMail): string {
  const boundary = `=_ll_${m.messageId.replace(/[^A-Za-z0-9]/g, "").slice(0, 40)}`;
  const footerText = ["", "--", m.businessName, m.businessAddress]
    .filter((l) => l !== undefined)
    .join("\n")
    .trimEnd();
  const text = m.text.split(m.unsubscribeMarker).join(m.unsubscribeUrl) + "\n" + footerText + "\n";
  const html = bodyHtml(m.text, m.unsubscribeMarker, m.unsubscribeUrl, m.businessName, m.businessAddress);
  const listUnsub = [m.listUnsubscribeHttps, m.listUnsubscribeMailto].filter(Boolean).map((u) => `<${u}>`);
  const headers = [
    `From: ${addressHeader(m.fromName, m.fromEmail)}`,
    `Reply-To: ${addressHeader(m.fromName, m.fromEmail)}`,
    `To: ${addressHeader(m.toName, m.toEmail)}`,
    `Subject: ${encodedWords(m.subject)}`,
    `Date: ${rfc5322Date(m.date)}`,
    `Message-ID: ${m.messageId}`,
    `List-Unsubscribe: ${listUnsub.join(",\r\n ")}`,
    ...(m.listUnsubscribeHttps ? ["List-Unsubscribe-Post: List-Unsubscribe=One-Click"] : []),
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  return [
    ...headers,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    quotedPrintable(text),
    `--${boundary}`,
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Body(html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
