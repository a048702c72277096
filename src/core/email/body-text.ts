// The e-mail's text to read: its plain or HTML body (cut at 1 MB, junk refused) and the messages attached to it.
import type { EmailInput, ExtractContext } from "../lead";
import { parseAddressList } from "../contact/email";
import { gluedFormCells } from "./glued-cells";
import { htmlToText } from "./html-text";
import { lostImageSignature } from "./image-signature";
import { readRawMessage } from "./mime";
import { unwrapStrayBase64 } from "./stray-base64";
import { splitThread, type ThreadMessage } from "./thread";

/** Bodies are read up to 1 MB; a larger one is cut and flagged. */
export const MAX_BODY_CHARS = 1024 * 1024;

/**
 * Gmail's plain rendering of an HTML-only form glues each table cell to the next ("NameIngrid Solberg",
 * "Emailingrid@…"): a form label run into its value at a line's start, in a message whose HTML has table cells.
 */
const GLUED_LABEL_RE =
  /^(?:Name|Full Name|Your Name|E-?mail(?: Address)?|Phone(?: Number)?|Company|Nom|Nombre|Nome|Naam|Telefon|Téléphone|Teléfono|Telefono|Firma|Empresa|Entreprise|Azienda|Bedrijf)(?=[A-ZÀ-Þ\d+(])/m;

/**
 * The same glue in an HTML-table signature (US/UK/AU letterhead style, one label cell per row): a one-letter or short
 * label run into its number ("P303.555.0139", "M+44 7700 900123", "Tel0491 570 110") or its address ("Ejane@…").
 */
const GLUED_SIG_LABEL_RE =
  /^(?:[PMTOCDFE]|Ph|Tel|Mob|Cell|Fax|Direct|Office|Mobile|Phone)(?:[+(]?\d[\d ().-]{6,}\d|[a-z][\w.+-]*@[\w-]+\.[\w.-]+)\s*$/m;

/** A form's fields sit near the top (its first 8 KB), a signature's anywhere; only when the HTML has table cells. */
function gluedTable(text: string, html: string): boolean {
  return (
    !!html &&
    html.includes("<td") &&
    (GLUED_LABEL_RE.test(text.slice(0, 8192)) ||
      GLUED_SIG_LABEL_RE.test(text.slice(0, MAX_BODY_CHARS)) ||
      gluedFormCells(text, html))
  );
}

/**
 * windows-1252's characters at 0x80-0x9F ("–", "’", "€", "…") as a Latin-1 decoder leaves them: C1 control codes,
 * from a body labelled ISO-8859-1 (or decoded as such) that Outlook wrote in windows-1252 (WHATWG reads both alike).
 */
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const C1_RE = /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]/g;
const asCp1252 = (text: string) => text.replace(C1_RE, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);

export function bodyText(input: EmailInput, warnings: string[]): { text: string; cut: boolean } {
  let text = typeof input.plainBody === "string" ? input.plainBody : "";
  const html = typeof input.htmlBody === "string" ? input.htmlBody : "";
  // Nothing past twice the limit is read (stray base64 is a third longer than its text): a 2 MB body costs no more.
  if (text.length > MAX_BODY_CHARS * 2) text = text.slice(0, MAX_BODY_CHARS * 2);
  if ((!text.trim() && html.trim()) || gluedTable(text, html) || lostImageSignature(text, html))
    text = htmlToText(html.slice(0, MAX_BODY_CHARS * 2));
  // An HTML body over 1 MB (an inline data: logo, pasted images) is flagged like a long text, although the text Gmail
  // shows of it is short: the lead is still read from it.
  const big = html.length > MAX_BODY_CHARS;
  // Base64 under a wrong transfer-encoding label (or encoded twice) is shown as base64: the text it holds.
  text = unwrapStrayBase64(text);
  let cut = false;
  if (text.length > MAX_BODY_CHARS || big) {
    text = text.slice(0, MAX_BODY_CHARS);
    cut = true;
    warnings.push("the message body is larger than 1 MB: only the first 1 MB was read");
  }
  text = asCp1252(text);
  // Binary junk (control characters, replacement characters) is not text to read.
  const sample = text.slice(0, 4096);
  let junk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && c !== 27) junk++;
  }
  if (sample.length > 64 && junk / sample.length > 0.1) {
    warnings.push("the message body is not readable text");
    text = "";
  }
  return { text, cut };
}

/** Messages attached as message/rfc822, read with core's own MIME reader. */
export function attachedMessages(
  input: EmailInput,
  ctx: ExtractContext,
  warnings: string[],
): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  for (const a of input.attachments || []) {
    const isMessage = /^message\/rfc822/i.test(a.contentType || "") || /\.eml$/i.test(a.name || "");
    if (!isMessage || typeof a.raw !== "string") continue;
    try {
      const raw = a.raw.slice(0, MAX_BODY_CHARS * 2);
      const msg = readRawMessage(raw, ctx.decode);
      if (msg.unknownCharsets.length)
        warnings.push(`attached message in an unsupported charset (${msg.unknownCharsets[0]})`);
      const from = parseAddressList(msg.from)[0];
      const inner = splitThread(msg.text, msg.subject);
      out.push({
        from,
        to: parseAddressList(msg.to),
        cc: parseAddressList(msg.cc),
        subject: msg.subject,
        date: msg.date,
        body: inner.messages.length ? inner.note : msg.text,
        kind: "forward",
      });
      out.push(...inner.messages);
    } catch {
      warnings.push(`could not read the attached message ${a.name || ""}`.trim());
    }
  }
  return out;
}
