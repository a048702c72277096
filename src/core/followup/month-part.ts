// "early January", "Mitte Januar", "fin janvier", "1月下旬": a part of a month in a follow-up note, by language.
import { nextOccurrence, type CalendarDate } from "./calendar";
import { MONTH_NAMES } from "./months";

type Part = "start" | "mid" | "end";

/** Words for the start, middle and end of a month, written before the month's name, by language. */
const BEFORE_MONTH: Record<Part, string[]> = {
  start: [
    "early",
    "beginning of",
    "start of", // en
    "début(?: de| d')?",
    "au début de", // fr
    "anfang", // de
    "(?:a )?principios de",
    "(?:a )?comienzos de",
    "(?:a )?inicios de", // es
    "(?:a |all')?inizio(?: di)?", // it
    "(?:no )?in[ií]cio de",
    "(?:no )?come[çc]o de", // pt
    "begin", // nl
    "(?:i )?början av", // sv
    "primo",
    "(?:i )?(?:starten|begyndelsen|begynnelsen) a[fv]", // da/nb ("primo januar")
    "na początku", // pl
    "začátkem",
    "na začátku", // cs
    "в начале", // ru
  ],
  mid: [
    "mid-?",
    "(?:the )?middle of", // en
    "(?:à la )?mi-", // fr
    "mitte", // de
    "(?:a )?mediados de", // es
    "(?:a )?metà", // it
    "(?:em )?meados de", // pt
    "half",
    "midden", // nl
    "(?:i )?mitten av", // sv
    "medio",
    "midt i", // da/nb
    "w połowie", // pl
    "v polovině", // cs
    "в середине", // ru
  ],
  end: [
    "late", // en ("end of" is chrono's)
    "fin(?: de| d')?",
    "(?:à la )?fin de", // fr
    "ende", // de
    "(?:a )?finales de",
    "(?:a )?fines de", // es
    "(?:a |alla )?fine(?: di)?", // it
    "(?:no )?final de",
    "(?:no )?fim de", // pt
    "eind(?:e)?", // nl
    "(?:i )?slutet av", // sv
    "ultimo",
    "sidst i",
    "(?:i )?(?:slutningen af|slutten av)", // da/nb
    "pod koniec", // pl
    "koncem",
    "na konci", // cs
    "в конце", // ru
  ],
};

const PARTS: [Part, RegExp][] = (Object.keys(BEFORE_MONTH) as Part[]).map((part) => [
  part,
  new RegExp(`(?<![\\p{L}])(?:${BEFORE_MONTH[part].join("|")})\\s*(\\p{L}+)`, "giu"),
]);

/** "next month" and "this month" after a part's words, by language (en, fr, es, de, it, pt, nl, sv, nb/da). */
const NEXT_MONTH =
  "next month|(?:du |le )?mois prochain|(?:del |el )?(?:mes (?:que viene|próximo|siguiente)|próximo mes)|(?:des )?nächsten monats|(?:del |il )?(?:mese prossimo|prossimo mese)|(?:do )?próximo mês|(?:van )?volgende maand|(?:av )?nästa månad|(?:av )?neste måned|(?:af )?næste måned";
const THIS_MONTH =
  "(?:the|this) month|(?:du |ce )?mois|(?:de|del) mes|(?:des|dieses) monats|(?:del |di )?mese|(?:do )?mês|(?:van )?(?:de|deze) maand|(?:av )?månaden|(?:af |av )?måneden";

const RELATIVE: [Part, RegExp][] = (Object.keys(BEFORE_MONTH) as Part[]).map((part) => [
  part,
  new RegExp(
    `(?<![\\p{L}])(?:${BEFORE_MONTH[part].join("|")})\\s*(?:(${NEXT_MONTH})|${THIS_MONTH})(?![\\p{L}])`,
    "giu",
  ),
]);

/**
 * "the end of this month" written as one phrase, the month unnamed: cs/sk/pl/hr/ru/uk/hu/tr/fi/de, and the
 * unspaced ja/zh "月末" / "月底", ko "월말" (not after a month number: "1月末" is read below).
 */
const MONTH_END_RE = new RegExp(
  [
    "(?<![\\p{L}])(?:(?:do|na) konc[ei] měsíce|koncem měsíce|(?:do|na) konca mesiaca|koncom mesiaca",
    "(?:do|pod) końca miesiąca|pod koniec miesiąca|(?:do|na) kraj[au] mjeseca|krajem mjeseca",
    "(?:до|в) конц[ае] месяца|(?:до|в) кінц[іяю] місяця|наприкінці місяця|hónap végén|ay sonunda?",
    "kuun lopussa|kuun loppuun|monatsende|zum monatsende|ende des monats)(?![\\p{L}])",
    "(?<!\\d\\s*)(?:月末|月底|월말)",
  ].join("|"),
  "giu",
);

/** ja/zh "1月上旬" / "1月初" / "1月中旬" / "1月下旬" / "1月末" / "1月底", ko "1월 초" / "1월 중순" / "1월 말". */
const CJK_PART_RE = /(\d{1,2})\s*[月월]\s*(上旬|初め?|초|中旬|중순|下旬|末|底|말)/g;
const CJK_PART: Record<string, Part> = { 上旬: "start", 初: "start", 初め: "start", 초: "start" };
Object.assign(CJK_PART, { 中旬: "mid", 중순: "mid", 下旬: "end", 末: "end", 底: "end", 말: "end" });

const ENGLISH = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");

function monthOf(word: string): number | undefined {
  const en = ENGLISH.indexOf(word.slice(0, 3).toLowerCase()) + 1;
  if (en && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i.test(word)) return en;
  return MONTH_NAMES.find(([, re]) => re.test(word))?.[0];
}

/** The day a part of the month stands for: the 1st, the 15th, the last day. */
function dayOf(part: Part, ref: CalendarDate, month: number): CalendarDate | undefined {
  // "early December" written in December has passed: no date rather than one a year on.
  if (part === "start" && month === ref.m) return undefined;
  const date = nextOccurrence(ref, month, part === "mid" ? 15 : 1);
  if (part === "end") date.d = new Date(Date.UTC(date.y, date.m, 0)).getUTCDate();
  return date;
}

/** Every part of a month the note names, with where it is written. */
export function monthPartHits(note: string, ref: CalendarDate): { index: number; date: CalendarDate }[] {
  const out: { index: number; date: CalendarDate }[] = [];
  for (const [part, re] of PARTS)
    for (const m of note.matchAll(re)) {
      const month = monthOf(m[1]);
      const date = month ? dayOf(part, ref, month) : undefined;
      if (date) out.push({ index: m.index || 0, date });
    }
  // "early next month", "a fin de mes", "Ende des Monats": that part of next month or of this one.
  for (const [part, re] of RELATIVE)
    for (const m of note.matchAll(re)) {
      const month = m[1] ? (ref.m % 12) + 1 : ref.m;
      const date = dayOf(part, { ...ref, d: m[1] ? ref.d : 0 }, month);
      if (date) out.push({ index: m.index || 0, date });
    }
  for (const m of note.matchAll(MONTH_END_RE)) {
    const date = dayOf("end", { ...ref, d: 0 }, ref.m);
    if (date) out.push({ index: m.index || 0, date });
  }
  for (const m of note.matchAll(CJK_PART_RE)) {
    const month = parseInt(m[1], 10);
    const date = month >= 1 && month <= 12 ? dayOf(CJK_PART[m[2]], ref, month) : undefined;
    if (date) out.push({ index: m.index || 0, date });
  }
  return out;
}
