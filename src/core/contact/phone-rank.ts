// Ranks the numbers in a text for one person: the label before or after each number says mobile, direct, office or fax.
import { phoneKindOfWrittenLabel, PHONE_KIND_RANK, PHONE_LABELS, type PhoneKind } from "./labels";
import { findPhoneCandidates, isTollFree } from "./phone";

export interface RankedPhone {
  e164: string;
  kind: PhoneKind | "unlabelled";
  /** Lower wins: mobile 0, direct 1, office 2, unlabelled 2.5, a toll-free number +10. */
  rank: number;
  order: number;
}

/** Lines of legal small print, whose numbers (a privacy line, a switchboard) are never the person's. */
export const DISCLAIMER_RE =
  /confidential|intended recipient|disclaimer|privileged|vertraulich|confidentiel|confidencial|riservat|unsubscribe|privacy|environment before printing|registered (?:in|office)|aviso legal|mentions légales/i;

/** A word after the number that labels it: "(917) 555-0122 cell", "617-555-0134 (Cell)", "+49 171 … (mobil)". */
const LABEL_AFTER_RE = /^\s*[([]?\s*([\p{L}][\p{L}.]{0,13})\s*[)\]]?(?=$|[\s|,;/•·])/u;
/** The last few words before the number: "M:", "Tel. :", "| Mobile", "携帯：", or prose ("on my cell at"). */
const LABEL_BEFORE_RE = /(?:[\p{L}.'’]+[\s:.,/\uff1a-]*){1,3}$/u;

/** Every number in `text` with its kind, in reading order; fax numbers are kept (kind "fax") for callers to drop. */
export function labelledPhones(text: string, region: string): RankedPhone[] {
  const out: RankedPhone[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.length > 160 || DISCLAIMER_RE.test(line)) continue;
    const found = findPhoneCandidates(line, region);
    let prevEnd = 0;
    found.forEach((p, i) => {
      const between = line
        .slice(prevEnd, p.start)
        .replace(/[\s(]+$/, "")
        .replace(/^.*[|•·;]\s*/, "");
      prevEnd = p.end;
      const before = LABEL_BEFORE_RE.exec(between)?.[0];
      let kind = before ? phoneKindOfWrittenLabel(before) : undefined;
      if (!kind) {
        const tail = line.slice(p.end, found[i + 1]?.start ?? line.length);
        const after = LABEL_AFTER_RE.exec(tail);
        kind = after ? phoneKindOfWrittenLabel(after[1]) : undefined;
      }
      const k = kind ?? "unlabelled";
      // As on cards: an unlabelled number comes after a labelled office line, before toll-free.
      const base = k === "unlabelled" ? 2.5 : PHONE_KIND_RANK[k];
      out.push({ e164: p.e164, kind: k, rank: base + (isTollFree(p.e164) ? 10 : 0), order: out.length });
    });
  }
  return out;
}

/** The person's best number in `text`: mobile, then direct, then office; never a fax or a disclaimer's number. */
export function bestPhone(text: string, region: string): RankedPhone | undefined {
  const usable = labelledPhones(text, region).filter((p) => p.kind !== "fax");
  usable.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return usable[0];
}

/** Accented spellings of a label's letters, so "movil" also finds "Móvil" without normalising the whole text. */
const ACCENTS: Record<string, string> = {
  a: "aáàâä",
  e: "eéèêë",
  i: "iíìîï",
  o: "oóòôö",
  u: "uúùûü",
  c: "cç",
  n: "nñ",
};

/** The mobile label words long enough to look for in prose ("cell", "mobile", "Handy", "portable", "Móvil"). */
const MOBILE_WORD_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${PHONE_LABELS.mobile
    .filter((w) => w.length >= 3)
    .map((w) => w.replace(/[aeioucn]/g, (ch) => `[${ACCENTS[ch] ?? ch}]`))
    .join("|")})(?=$|[^\\p{L}])`,
  "iu",
);

/** A cheap test before ranking every number of a long text: does it name a mobile at all? */
export function mentionsMobile(text: string): boolean {
  return MOBILE_WORD_RE.test(text);
}
