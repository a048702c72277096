// "In N days/weeks/months" in the languages words.ts's IN_N patterns do not hold: ro, el, uk, zh, ko, fr/de idioms.
import { addDays, addMonths, type CalendarDate } from "./calendar";
import { numberWord } from "./count-words";

/** A unit word -> days per unit (0 = months). */
function unitDays(unit: string): number {
  if (/^(?:s[ăa]pt[ăa]m|εβδομ|тиж|周|週|星期|礼拜|禮拜|주)/iu.test(unit)) return 7;
  if (/^(?:lun[aăi]|μήν|μην|місяц|月|달|개월)/iu.test(unit)) return 0;
  return 1;
}

/**
 * ro "peste două săptămâni", "peste 3 zile" · el "σε δύο εβδομάδες", "σε μια εβδομάδα" · uk "через два тижні",
 * "через тиждень" · zh "两周后", "3天后", "一个月后", "两个星期以后" · ko "2주 후", "일주일 후", "한 달 뒤", "3일 후" · fr
 * "dans quinze jours" · de "in vierzehn Tagen". Groups: 1/3/5/7 the count, 2/4/6/8 the unit.
 */
const IN_N_EXTRA_RE = new RegExp(
  [
    "(?<![\\p{L}])(?:peste|σε|через|dans|in)\\s+(?:(\\d{1,2}|o|un|una|două|doua|doi|trei|patru|μία|μια|ένα|ενα|δύο|δυο|τρεις|τρία|τέσσερις|один|одну|два|дві|три|чотири|quinze|vierzehn)\\s+)?" +
      "(zile|zi|săptămâni|saptamani|săptămână|saptamana|lun[aăi]|ημέρες|μέρες|εβδομάδες|εβδομάδα|μήνες|μήνα|дн(?:і|ів)|день|тиж(?:ні|нів|день)|місяц(?:ь|і|ів)|jours|tagen)(?![\\p{L}])",
    "(\\d{1,2}|[一两兩二三四])\\s*(?:个|個)?\\s*(天|周|週|星期|礼拜|禮拜|月)(?:后|後|以后|以後|之后|之後)",
    "(?<![\\p{L}])(\\d{1,2}|[한두세네일이삼])?\\s*(주일?|달|개월|일)\\s*(?:후|뒤)",
  ].join("|"),
  "iu",
);

/** The date an "in N units" wording in one of these languages names, with where it starts; undefined when none. */
export function inNMore(note: string, ref: CalendarDate): { index: number; date: CalendarDate } | undefined {
  const m = IN_N_EXTRA_RE.exec(note);
  if (!m) return undefined;
  const count = m[1] ?? m[3] ?? m[5];
  const unit = m[2] ?? m[4] ?? m[6];
  // "in 3 days" with a French or German unit only: "dans quinze jours", "in vierzehn Tagen" (others are in words.ts).
  if (/^(?:jours|tagen)$/i.test(unit) && !/^(?:quinze|vierzehn)$/i.test(count || "")) return undefined;
  // A count left out means one only in uk ("через тиждень") and ko ("일주일 후" is read with its count).
  if (!count && !/^[\u0400-\u04ff\uac00-\ud7af]/u.test(unit)) return undefined;
  const n = numberWord(count ?? "");
  if (!Number.isFinite(n) || n <= 0 || n >= 100) return undefined;
  const per = unitDays(unit);
  return { index: m.index, date: per ? addDays(ref, n * per) : addMonths(ref, n) };
}
