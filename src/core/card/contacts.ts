// Reads a card's contact items (labelled phones, e-mails, web addresses) out of its text pieces; the rest is words.
import { findEmails, isGenericMailbox } from "../contact/email";
import { phoneKindOfWrittenLabel, type PhoneKind } from "../contact/labels";
import { toE164Possible } from "../contact/phone";
import { chooseRanked, labelAfter, phoneRank } from "../contact/phone-rank";
import { findWebsites } from "../contact/website";

export interface CardPhone {
  e164: string;
  kind: PhoneKind | "unlabelled";
  /** Known to libphonenumber's metadata (not only a possible length). */
  valid: boolean;
  order: number;
}

export interface CardContacts {
  emails: string[];
  websites: string[];
  phones: CardPhone[];
  /** Text left once contact items and their labels are taken out, one entry per piece, in reading order. */
  words: { text: string; line: number }[];
}

/** A run that may be a phone number: digits with the separators people write between them. */
const PHONE_RUN = /(?:\+\s?)?(?:\(\s?\d[\d\s]*\)\s?)?\d[\d\s()./-]{5,}\d/g;
const EXTENSION = /^\s*(?:ext\.?|x|poste|p\.|dw|durchwahl|extension|int\.?)\s*\d{1,5}/i;

/** Finds labelled phone numbers in one piece of text; returns them and the piece with numbers and labels removed. */
function takePhones(
  piece: string,
  regions: string[],
  order: () => number,
): { phones: CardPhone[]; rest: string } {
  const phones: CardPhone[] = [];
  let rest = "";
  let last = 0;
  for (const m of piece.matchAll(PHONE_RUN)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const digits = raw.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15) continue;
    const written = raw.replace(/\(0\)/, "");
    // A reading that kept the trunk 0 inside the number ("06 39 98 12 3" -> +3306…) is a number cut short.
    const national = written.trim().startsWith("+") ? "" : digits;
    const readings = regions
      .map((r) => toE164Possible(written, r))
      .filter((p) => p && (p.valid || !(national.startsWith("0") && p.e164.endsWith(national))));
    const parsed = readings.find((p) => p?.valid) ?? readings.find((p) => p);
    if (!parsed) continue;
    let before = piece.slice(last, start);
    const labelBefore = /([\p{L}][\p{L}./]*)[\s.:/]*$/u.exec(before);
    let kind = labelBefore ? phoneKindOfWrittenLabel(labelBefore[1]) : undefined;
    if (kind && labelBefore) before = before.slice(0, labelBefore.index);
    let end = start + raw.length;
    const ext = EXTENSION.exec(piece.slice(end));
    if (ext) end += ext[0].length;
    if (!kind) {
      const after = labelAfter(piece.slice(end));
      if (after) {
        kind = after.kind;
        end += after.length;
      }
    }
    rest += before + " \u0000 ";
    last = end;
    phones.push({
      e164: parsed.e164,
      valid: parsed.valid || raw.trim().startsWith("+"),
      kind: kind ?? "unlabelled",
      order: order(),
    });
  }
  return { phones, rest: rest + piece.slice(last) };
}

/** Words that are only what is left of a label ("Tel.", "M:", "E-mail", "Web") carry nothing. */
const LEFTOVER =
  /^(?:[\p{L}]{1,2}\.?|e-?mail|courriel|correo|web|website|site|www|url|internet|tel\.?\s*\/\s*fax|mail)$/iu;

const FORMULA = /^=|^[+\-@]\s*\p{L}+\s*\(/u;

export function readContacts(lines: string[][], regions: string[]): CardContacts {
  const out: CardContacts = { emails: [], websites: [], phones: [], words: [] };
  let counter = 0;
  lines.forEach((pieces, line) => {
    for (const piece of pieces) {
      if (FORMULA.test(piece)) {
        // Text a spreadsheet would run (=HYPERLINK("http://…","Jane Doe")) is kept whole, never mined for contacts.
        out.words.push({ text: piece, line });
        continue;
      }
      let text = piece;
      for (const e of findEmails(text)) if (!out.emails.includes(e)) out.emails.push(e);
      text = text.replace(/\S*@\S+/g, " \u0000 ");
      for (const w of findWebsites(text)) if (!out.websites.includes(w)) out.websites.push(w);
      text = text.replace(/(?:https?:\/\/)?(?:www\d?\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?/gi, (u) =>
        findWebsites(u).length ? " \u0000 " : u,
      );
      const taken = takePhones(text, regions, () => counter++);
      out.phones.push(...taken.phones);
      for (const part of taken.rest.split("\u0000")) {
        const clean = part
          .replace(/^[\s.,;:|•·*_~-]+|[\s,;:|•·*_~]+$/g, "")
          .replace(/\s+\.$/, "")
          .trim();
        if (clean && /\p{L}/u.test(clean) && !LEFTOVER.test(clean)) out.words.push({ text: clean, line });
      }
    }
  });
  return out;
}

/** The lead's number, ranked as e-mail ranks them: a mobile before a direct line before the office; a fax never; toll-free only if alone. */
export function choosePhone(phones: CardPhone[]): string | undefined {
  return chooseRanked(phones.map((p) => ({ ...p, rank: phoneRank(p.kind, p.e164, p.valid) })))?.e164;
}

/** A personal address before a generic one (info@); the one matching the lead's name first. */
export function chooseEmail(emails: string[], nameLetters: string): string | undefined {
  const personal = emails.filter((e) => !isGenericMailbox(e));
  const pool = personal.length ? personal : emails;
  const last = nameLetters.length >= 3 ? nameLetters : "\u0000";
  return (
    pool.find((e) =>
      e
        .split("@")[0]
        .replace(/[^a-z]/g, "")
        .includes(last),
    ) ?? pool[0]
  );
}
