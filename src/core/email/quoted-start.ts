// Finds where a quoted message starts in a forward's lines: a header block, an attribution line or a Notes banner.
import { parseAddressList, type Address } from "../contact/email";
import { headerLine, labelAlone, type HeaderField } from "./forward-labels";
import { SEPARATOR_RE, WROTE_RE } from "./quote-openers";
import { notesHeader } from "./notes-header";
import { dateNameAttribution } from "./date-name-attribution";
import type { ThreadMessage } from "./thread";

export const dequote = (line: string) => line.replace(/^\s*(?:>\s?)+/, "");

/** Where a quoted message starts in `lines`: a header block or an attribution line. */
export interface Start {
  index: number;
  /** First line after the headers. */
  bodyIndex: number;
  message: Omit<ThreadMessage, "body">;
}

function parseHeaderBlock(lines: string[], i: number): Start | undefined {
  const first = headerLine(dequote(lines[i]));
  if (!first) return undefined;
  const fields: Partial<Record<HeaderField, string>> = {};
  let [j, count, table, spaced] = [i, 0, false, false];
  // Outlook's HTML header table in Gmail's plain rendering: "From:" over its value, a blank line between rows.
  // An HTML-only message's rows as paragraphs ("Lähettäjä: …", blank, "Lähetetty: …"): the next field not read yet.
  const nextRow = (k: number) => {
    const h = headerLine(dequote(lines[k] ?? ""));
    return !!h && (table || fields[h.field] === undefined);
  };
  for (; j < lines.length && j < i + (table || spaced ? 24 : 10); j++) {
    const line = dequote(lines[j]);
    if (!line.trim()) {
      if (count > 0 && j > i && !nextRow(j + 1)) break;
      spaced = count > 0;
      continue;
    }
    const h = headerLine(line);
    if (!h) break;
    let value = h.value;
    const next = j + 1 < lines.length ? dequote(lines[j + 1]) : "";
    if (!value && labelAlone(line) && next.trim() && !headerLine(next)) {
      value = next.trim();
      table = true;
      j++;
    }
    if (fields[h.field] === undefined) {
      // Older Outlook writes "Jane Roe [mailto:jane@roe.example.com]".
      fields[h.field] = value.replace(/\s*\[mailto:([^\]\s]+)\]/gi, " <$1>");
      count++;
    }
  }
  if (fields.from === undefined || count < 2) return undefined;
  const fromList = parseAddressList(fields.from);
  const from =
    fromList[0] ??
    (fields.from.trim() ? { name: fields.from.replace(/[<>"]/g, "").trim(), email: "" } : undefined);
  return {
    index: i,
    bodyIndex: j,
    message: {
      from,
      to: parseAddressList(fields.to ?? ""),
      cc: parseAddressList(fields.cc ?? ""),
      subject: fields.subject ?? "",
      date: fields.date ?? "",
      kind: "forward",
    },
  };
}

/**
 * The date part that opens an attribution without an address ("On 3/11/26 4:40 PM, Luis Herrera wrote:"; pl
 * Thunderbird "W dniu 02.06.2026 o 09:14, X pisze:").
 */
const ATTRIBUTION_DATE_RE =
  /^(?:on|le|am|el|il|em|op|den|dne|u|v|w dniu)\b.*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|\d{4}),?\s+(?=\S)/i;
const ATTRIBUTION_NAME_RE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

export const VERB_FIRST_RE = /^((?:am|den|d\.)\s.{4,100}?)\s+(?:schrieb|skrev)\s+(.{2,120}?)\s*:\s*$/i;

/** Thunderbird and Apple write "On <date>, <name> wrote:" without an address: the name, to be resolved later. */
function nameOnlyAttribution(text: string): Address | undefined {
  const rest = text.replace(WROTE_RE, "").trim();
  const date = ATTRIBUTION_DATE_RE.exec(rest);
  if (!date) return undefined;
  const name = ATTRIBUTION_NAME_RE.exec(
    rest
      .slice(date[0].length)
      .replace(/[,"“”«»]/g, "")
      .trim(),
  )?.[1];
  return name ? { name, email: "" } : undefined;
}

/** Whether line `i` ends in a "wrote:" verb; one findStart scan asks line by line, so the next line's answer is kept. */
let asked: { lines: string[]; i: number; wrote: boolean } | undefined;
function lineWrote(lines: string[], i: number, read: string): boolean {
  if (asked && asked.lines === lines && asked.i === i) return asked.wrote;
  const wrote = WROTE_RE.test(read);
  asked = { lines, i, wrote };
  return wrote;
}

function parseAttribution(lines: string[], i: number): Start | undefined {
  const read = dequote(lines[i]).trim();
  const readWrote = lineWrote(lines, i, read);
  const dated = readWrote ? undefined : dateNameAttribution(read);
  if (dated) {
    // Under Yandex's forward banner it opens a forwarded message, else a reply.
    const above = dequote(lines[i - 1] ?? "").trim() || dequote(lines[i - 2] ?? "");
    const kind = SEPARATOR_RE.test(above) ? "forward" : "reply";
    return {
      index: i,
      bodyIndex: i + 1,
      message: { from: dated, to: [], cc: [], subject: "", date: "", kind },
    };
  }
  // "Am 11.03.26 um 16:40 schrieb Jonas Keller:" (de, and "skrev" in da/no/sv) puts the verb before the name.
  const verbFirst = readWrote ? null : VERB_FIRST_RE.exec(read);
  // Its date may end in a comma already ("Den 2026-12-02 kl. 09:15, skrev …", sv/da/nb).
  const one = verbFirst ? `${verbFirst[1].replace(/,\s*$/, "")}, ${verbFirst[2]} wrote:` : read;
  let text = one;
  let end = i;
  // Each line is tested once: a line rebuilt from a verb-first one ends in "wrote:", and a text that ends with a
  // line ending in the verb ends in it too.
  let wrote = readWrote || !!verbFirst;
  if (
    !wrote &&
    i + 1 < lines.length &&
    lineWrote(lines, i + 1, dequote(lines[i + 1]).trim()) &&
    one.length < 120
  ) {
    text = `${one} ${dequote(lines[i + 1]).trim()}`;
    end = i + 1;
    wrote = true;
  }
  if (!wrote || text.length > 250) return undefined;
  const addr = parseAddressList(text.replace(WROTE_RE, ""))[0] ?? nameOnlyAttribution(text);
  if (!addr) return undefined;
  const before = addr.email
    ? text.slice(0, text.indexOf(addr.email)).replace(/<(mailto:)?$/i, "")
    : text.replace(WROTE_RE, "");
  // The name sits after the date: after the last time of day, or after the last comma.
  const name = before
    .replace(/^.*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|,)/, "")
    .replace(/[«»"“”<>]/g, "")
    // Gmail es/pt: "Nerea Goikoetxea (<nerea@…>) escribió:" leaves an opening bracket.
    .replace(/\s*\($/, "")
    .trim()
    // nl Apple Mail puts the auxiliary before the name ("… om 10:12 heeft Pieter de Graaf <…> het volgende …").
    .replace(/^heeft\s+/i, "");
  return {
    index: i,
    bodyIndex: end + 1,
    message: {
      from: { name, email: addr.email },
      to: [],
      cc: [],
      subject: "",
      date: "",
      kind: "reply",
    },
  };
}

/** A Lotus Notes banner or sender line (notes-header.ts) as a quoted message's start. */
function notesStart(lines: string[], i: number): Start | undefined {
  const n = notesHeader(lines, i, dequote);
  if (!n) return undefined;
  const { index, bodyIndex, ...message } = n;
  return { index, bodyIndex, message: { ...message, kind: "forward" } };
}

/** The first quoted message in `text` found by the label tables (header blocks, attribution lines). */
export function findStart(lines: string[]): Start | undefined {
  try {
    return startIn(lines);
  } finally {
    asked = undefined;
  }
}

function startIn(lines: string[]): Start | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = dequote(lines[i]);
    if (!line.trim()) continue;
    const s = notesStart(lines, i) ?? parseHeaderBlock(lines, i) ?? parseAttribution(lines, i);
    if (s) {
      // A separator line just above (Apple Mail leaves a blank line under its banner) belongs to the quoted
      // message, not to the text before it.
      let above = i - 1;
      if (above > 0 && !dequote(lines[above]).trim()) above--;
      if (above >= 0 && SEPARATOR_RE.test(dequote(lines[above]))) s.index = above;
      return s;
    }
  }
  return undefined;
}
