// Lotus Notes forwards and quotes: a "Forwarded by … on <date>" banner, then "<sender> on <date>" (or the sender's
// Notes name and the date on two lines) over "To:", "cc:", "Subject:" — a layout with no "From:" label.
import { parseAddressList, type Address } from "../contact/email";
import { headerLine, labelAlone, type HeaderField } from "./forward-labels";

/**
 * Notes' date and time: "04/30/2025 04:55:12 PM", "05/01/2001 09:12 AM", German "30.04.2025 16:55", and year-first
 * "2026.11.05 10:21" (hu; also ISO "2026-11-05 10:21").
 */
const NOTES_DATE = String.raw`(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?)\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?`;

const NOTES_DAY_RE = /\d[/.]\d{1,2}[/.]\d{2}/;

/**
 * The banner's wording and the word before its date, by Notes client language: en "Forwarded by … on", de
 * "Weitergeleitet von … am", fr "Transféré par … le", es "Reenviado por … el", it "Inoltrato da … il"; hu
 * "Továbbította: …, <date>" (a comma before the date).
 */
const BANNER_WORDS = String.raw`(?:Forwarded by|Weitergeleitet von|Transféré par|Reenviado por|Inoltrato da|Továbbította:)`;
const ON_WORDS = String.raw`(?:on|am|le|el|il)`;

/** The banner (Notes, every release): "----- Forwarded by Dana Kowalski/HOU/KEP on 05/01/2025 09:10 AM -----". */
export const NOTES_BANNER_RE = new RegExp(
  String.raw`^-{3,}\s*${BANNER_WORDS}\s+.+?(?:\s+${ON_WORDS}|,)\s+${NOTES_DATE}\s*-{3,}$`,
  "i",
);
const BANNER_START_RE = new RegExp(String.raw`^-{3,}\s*${BANNER_WORDS}\s`, "i");

/**
 * One-line sender: '"Reyes, Marisol" <mreyes@…> on 04/30/2025 04:55:12 PM', 'Jeff Dasovich@ENRON on 04/30/2001 …', and
 * Notes' tabbed memo form "From:  William Kelly @ ECT      12/20/2000 08:31 AM".
 */
const SENDER_ON_RE = new RegExp(
  String.raw`^(?:(?:From|Von|De):\s*)?(.+?)\s+(?:${ON_WORDS}\s+)?(${NOTES_DATE})\s*$`,
  "i",
);
/** Notes 6 writes the whole header on one line: '"Milner, Marcie" <…> 06/08/2001 11:13 AM  To: …  cc:  Subject: …'. */
const ONE_LINE_RE = new RegExp(
  String.raw`^(.+?)\s+(${NOTES_DATE})\s+To:\s*(.*?)\s+cc:\s*(.*?)\s+Subject:\s*(.*)$`,
  "i",
);
/**
 * Two-line sender: "Jeff Dasovich@ENRON", "Sara Shackleton/HOU/ECT@ECT" or a bare "Thomas A Martin" over a date
 * line "04/30/2001 04:55 PM" / "25/06/2001 15:36".
 */
const SENDER_ALONE_RE = /^[\p{L}][\p{L}'’. -]{1,60}(?:(?:\/[\w .-]+)*\s*@\s*[\w.-]+)?$/u;
const DATE_ALONE_RE = new RegExp(String.raw`^${NOTES_DATE}$`, "i");

/** "Dana Kowalski/HOU/KEP@KEP" / "Jeff Dasovich@ENRON": a Notes name (no internet address) -> "Dana Kowalski". */
function notesName(value: string): string | undefined {
  const m = /^([\p{L}][\p{L}'’. -]{1,60}?)(?:\/[\w .-]+)*\s*@\s*[A-Za-z][\w-]*$/u.exec(value.trim());
  return m ? m[1].trim() : undefined;
}

/**
 * Notes' reply-to line between the sender and "To:" ("Please respond to tmbeki@…"), by client language: en, de "Bitte
 * antworten an", fr "Veuillez répondre à" / "Répondre à", es "Por favor, responda a", it "Rispondere a".
 */
const RESPOND_TO_RE =
  /^(?:please respond to|bitte antworten an|veuillez répondre à|répondre à|por favor,? responda a|rispondere a)\b/i;

/** The sender as written: an internet address with its name, else a Notes name. */
function sender(value: string): Address | undefined {
  const parsed = parseAddressList(value)[0];
  if (parsed && /\.[a-z]{2,}$/i.test(parsed.email)) return parsed;
  const name = notesName(value) ?? (/^[\p{L}][\p{L}'’., -]{1,60}$/u.test(value.trim()) ? value.trim() : "");
  return name ? { name: name.replace(/^"|"$/g, ""), email: "" } : undefined;
}

/** An address list without its Notes names ("Jerome Tillman/HOU/KEP@KEP"), which are no internet addresses. */
function internetAddresses(value: string): Address[] {
  return parseAddressList(value.replace(/[^,;"<>]*\/[^,;"<>@\s]*@[A-Za-z][\w-]*(?![.\w])/g, ""));
}

export interface NotesStart {
  index: number;
  bodyIndex: number;
  from: Address;
  to: Address[];
  cc: Address[];
  subject: string;
  date: string;
}

/** A Notes header at `lines[i]` (the banner or the sender line), read with `dequote` for "> " quoting. */
export function notesHeader(
  lines: string[],
  i: number,
  dequote: (l: string) => string,
): NotesStart | undefined {
  // Every Notes header has a "MM/DD/YYYY" date on its first line or the next: a cheap test before the rest.
  if (!NOTES_DAY_RE.test(lines[i]) && !(i + 1 < lines.length && NOTES_DAY_RE.test(lines[i + 1])))
    return undefined;
  const at = (k: number) => (k < lines.length ? dequote(lines[k]).trim() : "");
  let j = i;
  // The banner, whole or wrapped onto a second line ("… on 09/07/2000" / "10:08 AM -----").
  const banner = NOTES_BANNER_RE.test(at(j))
    ? 1
    : BANNER_START_RE.test(at(j)) && NOTES_BANNER_RE.test(`${at(j)} ${at(j + 1)}`)
      ? 2
      : 0;
  if (banner) for (j += banner; j < lines.length && j < i + 8 && !at(j); j++);
  let from: Address | undefined;
  let date = "";
  const inline = ONE_LINE_RE.exec(at(j));
  if (inline) {
    const sent = sender(inline[1]);
    if (!sent) return undefined;
    return {
      index: i,
      bodyIndex: j + 1,
      from: sent,
      to: internetAddresses(inline[3]),
      cc: internetAddresses(inline[4]),
      subject: inline[5].trim(),
      date: inline[2],
    };
  }
  const one = SENDER_ON_RE.exec(at(j));
  if (one) {
    from = sender(one[1]);
    date = one[2];
    j++;
  } else if (
    DATE_ALONE_RE.test(at(j + 1)) &&
    (SENDER_ALONE_RE.test(at(j)) || /^[^<>]{0,80}<[^<>\s]+@[^<>\s]+>$/.test(at(j)))
  ) {
    // A Notes name, or (a mail from the internet) '"Jane Roe" <jane@roe.example>', over the date.
    from = sender(at(j));
    date = at(j + 1);
    j += 2;
  }
  if (!from) return undefined;
  // "To:", "cc:", "bcc:", "Subject:" follow, with blank lines between them in Notes' own layout.
  const fields: Partial<Record<HeaderField, string>> = {};
  let blanks = 0;
  let last: HeaderField | undefined;
  for (; j < lines.length && j < i + 16; j++) {
    const line = at(j);
    if (!line) {
      if (++blanks > 2 || fields.subject !== undefined) break;
      continue;
    }
    blanks = 0;
    if (RESPOND_TO_RE.test(line) && !Object.keys(fields).length) continue;
    let h: { field: HeaderField; value: string } | undefined = /^(?:bcc|blindkopie|cci)\s*:/i.test(line)
      ? { field: "cc" as const, value: "" }
      : headerLine(line);
    // The memo table's label alone ("Címzett", "Tárgy", no colon), its value on the next line unless that is a label.
    const alone = (!h || !h.value) && labelAlone(line);
    if (alone) {
      const next = at(j + 1);
      const value = next && !labelAlone(next) && !headerLine(next) ? next : "";
      h = { field: alone, value };
      if (value) j++;
    }
    // A long "To:" or "cc:" list wraps onto lines of their own ("Steffes/NA/Enron@Enron, …").
    if (
      !h &&
      last &&
      fields.subject === undefined &&
      /@/.test(line) &&
      !/\s\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s/.test(line)
    ) {
      fields[last] += ` ${line}`;
      continue;
    }
    if (!h || h.field === "from" || h.field === "date") break;
    last = h.field;
    if (fields[h.field] === undefined) fields[h.field] = h.value;
    else if (h.field === "cc") fields.cc += `, ${h.value}`;
  }
  if (fields.to === undefined && fields.subject === undefined) return undefined;
  return {
    index: i,
    bodyIndex: j,
    from,
    to: internetAddresses(fields.to ?? ""),
    cc: internetAddresses(fields.cc ?? ""),
    subject: fields.subject ?? "",
    date,
  };
}
