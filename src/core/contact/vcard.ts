// A vCard (.vcf, text/vcard; versions 2.1, 3.0, 4.0) read into the person's fields: attached to mail by Outlook, Apple
// Mail, Gmail and phones ("Share contact").

export interface VCard {
  name?: string;
  email?: string;
  company?: string;
  title?: string;
  website?: string;
  /** Numbers as written, mobile first, then work/voice, then others; never a fax or a pager. */
  phones: string[];
  /** The first number typed as a mobile (CELL, MOBILE, IPHONE), as written. */
  mobile?: string;
}

/** "Brandt Event Management LLC;Events" -> "Brandt Event Management LLC"; "\," and "\;" unescaped. */
function value(raw: string): string {
  return raw
    .split(/(?<!\\);/)[0]
    .replace(/\\n/gi, " ")
    .replace(/\\([,;\\])/g, "$1")
    .trim();
}

/** The first vCard in `text`, or undefined when there is none. */
export function readVCard(text: string): VCard | undefined {
  const begin = text.search(/^BEGIN:VCARD\s*$/im);
  if (begin < 0) return undefined;
  // Folded lines (RFC 6350 §3.2) continue with a space or a tab; 2.1's quoted-printable soft breaks end with "=".
  const lines = text
    .slice(begin, begin + 16 * 1024)
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/);
  const card: VCard = { phones: [] };
  const ranked: { rank: number; number: string }[] = [];
  let n = "";
  for (const line of lines) {
    if (/^END:VCARD/i.test(line)) break;
    const m = /^(?:[\w-]+\.)?([A-Za-z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) continue;
    const [, prop, params, raw] = m;
    const key = prop.toUpperCase();
    const types = params.toUpperCase();
    if (key === "FN") card.name ??= value(raw);
    else if (key === "N") n = n || raw;
    else if (key === "EMAIL") card.email ??= value(raw).toLowerCase();
    else if (key === "ORG") card.company ??= value(raw);
    else if (key === "TITLE") card.title ??= value(raw);
    else if (key === "URL") card.website ??= value(raw);
    else if (key === "TEL") {
      if (/FAX|PAGER/.test(types)) continue;
      const number = value(raw).replace(/^tel:/i, "");
      const rank = /CELL|MOBILE|IPHONE/.test(types) ? 0 : /WORK|VOICE|MAIN|PREF/.test(types) ? 1 : 2;
      ranked.push({ rank, number });
    }
  }
  // "N:Brandt;Hollie;;;" (family; given) when no FN is written.
  if (!card.name && n) {
    const [family, given] = n.split(/(?<!\\);/).map((p) => p.trim());
    card.name = [given, family].filter(Boolean).join(" ") || undefined;
  }
  card.phones = ranked.sort((a, b) => a.rank - b.rank).map((p) => p.number);
  card.mobile = ranked.find((p) => p.rank === 0)?.number;
  return card;
}
