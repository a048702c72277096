// Ranks the numbers in a text for one person: the label before or after each number says mobile, direct, office or fax.
import { offersOwnNumber, phoneKindOfWrittenLabel, PHONE_KIND_RANK, type PhoneKind } from "./labels";
import { PHONE_LABELS } from "./phone-label-words";
import { findPhoneCandidates, isTollFree, regionOfCode, toE164 } from "./phone";

export interface RankedPhone {
  e164: string;
  kind: PhoneKind | "unlabelled";
  /** Lower wins: mobile 0, direct 1, office 2, unlabelled 2.5, a toll-free number +10. */
  rank: number;
  order: number;
}

/**
 * One number's rank, the same for e-mail and cards: mobile 0, direct 1, office 2, an unlabelled number 2.5
 * (after a labelled office line), a toll-free number +10 (only if alone), a number libphonenumber's metadata
 * does not know (a card's possible-length reading) +0.25.
 */
export function phoneRank(kind: PhoneKind | "unlabelled", e164: string, known = true): number {
  return (
    (kind === "unlabelled" ? 2.5 : PHONE_KIND_RANK[kind]) + (isTollFree(e164) ? 10 : 0) + (known ? 0 : 0.25)
  );
}

/** The person's number among ranked ones: the lowest rank, the first written on a tie; a fax never. */
export function chooseRanked<T extends { kind: PhoneKind | "unlabelled"; rank: number; order: number }>(
  phones: T[],
): T | undefined {
  const usable = phones.filter((p) => p.kind !== "fax");
  usable.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return usable[0];
}

/** Lines of legal small print, whose numbers (a privacy line, a switchboard) are never the person's. */
export const DISCLAIMER_RE =
  /confidential|intended recipient|disclaimer|privileged|vertraulich|confidentiel|confidencial|riservat|unsubscribe|privacy|environment before printing|registered (?:in|office)|aviso legal|mentions légales/i;

/** A word after the number that labels it: "(917) 555-0122 cell", "617-555-0134 (Cell)", "+49 171 … (mobil)". */
const LABEL_AFTER_RE = /^\s*[([]?\s*([\p{L}][\p{L}\p{M}.]{0,13})\s*[)\]]?(?=$|[\s|,;/•·])/u;
/**
 * The label written right after a number, for e-mail and cards alike, and how much of `tail` it takes:
 * "(917) 555-0122 cell", "617-555-0134 (Cell)", "+49 171 … (mobil)". A "Fax:" after a number labels the next one.
 */
export function labelAfter(tail: string): { kind: PhoneKind; length: number } | undefined {
  const after = LABEL_AFTER_RE.exec(tail);
  const kind = after ? phoneKindOfWrittenLabel(after[1]) : undefined;
  return after && kind ? { kind, length: after[0].length } : undefined;
}

/**
 * The last few words before the number: "M:", "Tel. :", "| Mobile", "携帯：", or prose ("on my cell at"); Thai vowel
 * signs are marks inside a word ("มือถือ").
 */
const LABEL_BEFORE_RE = /(?:[\p{L}\p{M}.'’]+[\s:.,/\uff1a-]*){1,3}$/u;

/**
 * Company and tax registry labels whose digits are never a phone: au ABN/ACN, nl KvK/BTW, de HRB/USt-IdNr./Steuernummer,
 * at Firmenbuch/FN/UID, ch UID/CHE, it P.IVA/C.F./REA, es CIF/NIF, fr SIRET/SIREN/RCS/TVA, pt NIF/NIPC, br CNPJ/CPF,
 * uk Company No./VAT (Reg.) No., IBAN, and "Reg. No." in any signature's footer; pl NIP/REGON/KRS, cs/sk IČO/DIČ,
 * da CVR/SE-nr., sv/no Org.nr, fi Y-tunnus, tr Vergi No./Mersis No.
 */
const REGISTRY_LABEL_RE =
  /(?<![\p{L}])(?:ABN|ACN|KvK|BTW|HRB|HRA|USt-?Id(?:Nr)?\.?|Steuer-?nr\.?|Steuernummer|Firmenbuch|FN|UID|CHE|P\.?\s?IVA|Partita IVA|C\.?F\.?|REA|CIF|NIF|NIPC|SIRET|SIREN|RCS|TVA|CNPJ|CPF|VAT|IBAN|BIC|Company (?:No|Number|Reg)|Reg(?:istration)?\.? No|Registered No|NIP|REGON|KRS|IČO|IČ|DIČ|CVR|SE-nr|Org\.?\s?nr|Y-tunnus|Vergi No|Mersis No)(?![\p{L}\d])[\s.:#°º-]*(?:(?:No|Nr|Number|n°|nº)\.?\s*[:#]?\s*)?$/iu;

const DIGIT_RE = /\d/;

/** Every number in `text` with its kind, in reading order; fax numbers are kept (kind "fax") for callers to drop. */
export function labelledPhones(text: string, region: string): RankedPhone[] {
  const out: RankedPhone[] = [];
  for (const line of text.split(/\r?\n/)) {
    // A line without a digit holds no number (most lines of a message): its other tests are not needed.
    if (!DIGIT_RE.test(line) || line.length > 160 || DISCLAIMER_RE.test(line)) continue;
    const found = findPhoneCandidates(line, region);
    let prevEnd = 0;
    found.forEach((p, i) => {
      const between = line
        .slice(prevEnd, p.start)
        .replace(/[\s(]+$/, "")
        .replace(/^.*[|•·;]\s*/, "");
      prevEnd = p.end;
      // "ABN 12 345 678 901", "KvK 12345678": a registry number, not a phone.
      if (
        REGISTRY_LABEL_RE.test(
          line
            .slice(0, p.start)
            .replace(/[\s(]+$/, "")
            .slice(-40),
        )
      )
        return;
      const before = LABEL_BEFORE_RE.exec(between)?.[0];
      let kind = before ? phoneKindOfWrittenLabel(before) : undefined;
      kind ??= labelAfter(line.slice(p.end, found[i + 1]?.start ?? line.length))?.kind;
      const k = kind ?? "unlabelled";
      // A lone "P" is Portable in French but Phone in English ("P (02) 5550 1234 | 0491 570 156 (Mobile)", en-AU):
      // a mobile named in full beats it.
      const ambiguous = k === "mobile" && !!before && /^p\W*$/i.test(before.trim()) ? 0.5 : 0;
      out.push({ e164: p.e164, kind: k, rank: phoneRank(k, p.e164) + ambiguous, order: out.length });
    });
  }
  return out;
}

/**
 * Numbers written without a country code, beside one written with it ("Tel.: +49 40 …" over "Mobil: 0171 …"),
 * are read in that country: the text with such local numbers given its calling code, when the default region
 * cannot read them.
 */
function inCountryOfText(text: string, region: string): string {
  if (!text.includes("+") && !text.includes("00")) return text;
  const codes = new Set<string>();
  for (const m of text.matchAll(/(?:^|[^\w+])(?:\+|00)(\d{1,3})[\s.(-]/g)) codes.add(m[1]);
  if (codes.size === 0) return text;
  const other = [...codes].map((c) => regionOfCode(c)).filter((r): r is string => !!r && r !== region);
  if (other.length !== 1 || codes.size !== 1) return text;
  const there = other[0];
  return text.replace(LOCAL_NUMBER_RE, (all, pre: string, num: string, plain: string) => {
    if (findPhoneCandidates(num ?? plain, region).length) return all;
    // A number without a trunk "0" must be valid there, not only of a possible length.
    const e164 = num ? findPhoneCandidates(num, there)[0]?.e164 : toE164(plain, there);
    return e164 ? `${pre ?? ""}${e164}` : all;
  });
}

/**
 * A local number: with its trunk "0" ("Mobil: 0171 …", de/fr/gb/nl…), or, right after a label word, from its first
 * digit, as countries without a trunk prefix write them (es "Móvil 655 501 234", pt "Tlm. 912 …", it "Cell. 347 …",
 * dk/no/gr/pl/cz); never the rest of a "+34 963 …" number, which no letter precedes.
 */
const LOCAL_NUMBER_RE =
  /(^|[^\d+])(0\d[\d\s./()-]{5,18}\d)(?!\d)|(?<=\p{L}[.:]{0,2}\s{0,3})([1-9][\d\s./()-]{6,18}\d)(?!\d)/gu;

/** The person's best number in `text`: mobile, then direct, then office; never a fax or a disclaimer's number. */
export function bestPhone(text: string, region: string): RankedPhone | undefined {
  return chooseRanked(labelledPhones(inCountryOfText(text, region), region));
}

/** Accented spellings of a label's letters, so "movil" also finds "Móvil" without normalising the whole text. */
const ACCENTS: Record<string, string> = {
  a: "aáàâäą",
  e: "eéèêëę",
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

/**
 * A mobile named in a sentence, the number within a few words after the label: "My cell phone number is
 * 713/555-0148.", "Fenella's mobile is 07700 900 319", "reach me on my cell at …". `reach`: how far after the label
 * the number may start (a note already about the lead's mobile says more between: tr "cep numarası yukarıda yok,
 * telefonda verdi: 0532 …").
 */
export function mobileInProse(text: string, region: string, reach = 40): string | undefined {
  if (!mentionsMobile(text)) return undefined;
  for (const sentence of text.replace(/\s+/g, " ").split(/(?<=[.!?])\s/)) {
    const m = MOBILE_WORD_RE.exec(sentence);
    if (!m) continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const p = findPhoneCandidates(after, region)[0];
    if (p && p.start <= reach) return p.e164;
  }
  return undefined;
}

/** The first number the writer offers in prose as theirs to be reached on ("ring me on 07700 …", "mich unter 0171 …"). */
export function offeredInProse(text: string, region: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (!DIGIT_RE.test(line) || line.length > 400 || DISCLAIMER_RE.test(line)) continue;
    for (const p of findPhoneCandidates(line, region)) {
      const before = LABEL_BEFORE_RE.exec(line.slice(0, p.start).replace(/[\s(]+$/, ""))?.[0];
      if (before && offersOwnNumber(before)) return p.e164;
    }
  }
  return undefined;
}
