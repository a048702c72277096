// The owner's note above a forward -> the follow-up date it asks for, resolved against the forward's own date.
import { withoutDeadlines } from "./deadline";
import { withoutAbsences } from "./absence";
import {
  addDays,
  addMonths,
  compare,
  nextDayOfMonth,
  isoDate,
  nextOccurrence,
  nextWeekday,
  inNextWeek,
  afterHolidays,
  type CalendarDate,
} from "./calendar";
import {
  DEADLINE_BEFORE_RE,
  FOLLOW_UP_CUE_RE,
  HOLIDAYS_RE,
  IN_N_MORE_RE,
  IN_N_RE,
  MORE_CUES_RE,
  NOT_A_CALL_RE,
  unitOf,
} from "./words";
import { numberWord } from "./count-words";
import {
  DAY_OF_MONTH_RES,
  ENGLISH_MONTH_RE,
  HU_MONTH_DAY_RE,
  HU_MONTHS,
  MONTH_NAMES,
  shortMonth,
} from "./months";
import { ARRIVED_BEFORE_RE, DAY_AFTER_RE, NEXT_WEEK_RE, WEEKDAYS } from "./days";
import { tomorrowIndex } from "./morning";
import { dayMonthHits } from "./numeric-date";
import { inNMore } from "./in-n-more";
import { weekdayWithDay } from "./weekday-day";
import { monthPartHits } from "./month-part";
import { chronoHits, type Hit } from "./chrono-hits";
import { weekWordHits } from "./week-words";

export interface FollowUp {
  /** YYYY-MM-DD */
  date?: string;
  warning?: string;
}

/** "the 3rd floor", "the 2nd time": an ordinal that counts something, not a day. */
const ORDINAL_NOUN_RE =
  /^(?:floor|storey|story|level|time|times|round|try|attempt|visit|meeting|call|quarter|unit|suite|grade|place|party|version|edition|phase|draft|option|étage|fois|piso|vez|stock|mal|piano|volta|andar|verdieping|keer)$/i;

function tableHits(note: string, ref: CalendarDate): Hit[] {
  const out: Hit[] = [];
  // "volgende week dinsdag", "Tuesday next week", "nächste Woche Dienstag": that weekday of next week.
  const weekOn = NEXT_WEEK_RE.exec(note) ?? /\bnext week\b/i.exec(note);
  for (const w of WEEKDAYS) {
    const m = w.re.exec(note);
    if (!m || ARRIVED_BEFORE_RE.test(note.slice(Math.max(0, m.index - 24), m.index))) continue;
    const beside = !!weekOn && besideWeekOn(note, m, weekOn);
    // Placed just before both words, so it beats chrono's bare "next week" read at the same place.
    if (beside)
      out.push({ index: Math.min(m.index, weekOn.index) - 0.5, date: inNextWeek(ref, w.day), exact: true });
    else out.push({ index: m.index, date: nextWeekday(ref, w.day) });
    // "lunedì 14", "Monday the 14th": the day number names the week, when that day is such a weekday.
    const onDay = weekdayWithDay(note, m.index + m[0].length, w.day, ref);
    if (onDay) out.push({ index: m.index, date: onDay, exact: true });
  }
  // "nächste Woche", "来週": a week on, unless a weekday right after names the day ("来週月曜", "next week Monday"),
  // or shares its character (zh "下周一" / "下週三": "周一" is Monday, "下周" next week).
  const nextWeek = NEXT_WEEK_RE.exec(note);
  const end = nextWeek ? nextWeek.index + nextWeek[0].length : 0;
  if (nextWeek && !out.some((h) => h.index > nextWeek.index - 1 && h.index <= end + 12))
    out.push({ index: nextWeek.index, date: addDays(ref, 7) });
  const after = DAY_AFTER_RE.exec(note);
  if (after) out.push({ index: after.index, date: addDays(ref, 2), exact: true });
  const tomorrow = tomorrowIndex(note);
  if (tomorrow >= 0 && !after) out.push({ index: tomorrow, date: addDays(ref, 1), exact: true });
  const inEn = IN_N_RE.exec(note);
  const inMore = inEn ? null : IN_N_MORE_RE.exec(note);
  const inN = inEn ?? inMore;
  if (inN) {
    const n = numberWord(inEn ? inEn[1] : (inN[1] ?? inN[3] ?? ""));
    const unit = unitOf(inEn ? inEn[2] : (inN[2] ?? inN[4]));
    if (Number.isFinite(n) && n > 0 && n < 100) {
      const date =
        unit === "m" ? addMonths(ref, n) : addDays(ref, n * ({ d: 1, w: 7, f: 14 } as const)[unit]);
      out.push({ index: inN.index, date, exact: true });
    }
  }
  const extra = inN ? undefined : inNMore(note, ref);
  if (extra) out.push({ ...extra, exact: true });
  // A month and a day written out: its next occurrence.
  const onDay = (index: number, month: number, day: number) => {
    if (day >= 1 && day <= 31) out.push({ index, date: nextOccurrence(ref, month, day), exact: true });
  };
  // "5 janvier", "5. Januar", "5 de enero", "il 5 gennaio"
  const dm = /\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)/gu;
  let m: RegExpExecArray | null;
  while ((m = dm.exec(note))) {
    const month =
      MONTH_NAMES.find(([, re]) => re.test(m![2]))?.[0] ?? (m[0].includes(".") ? shortMonth(m[2]) : 0);
    const day = parseInt(m[1], 10);
    if (month) onDay(m.index, month, day);
  }
  for (const h of dayMonthHits(note)) onDay(h.index, h.month, h.day);
  for (const h of note.matchAll(HU_MONTH_DAY_RE)) {
    const month = HU_MONTHS.indexOf(h[1].toLowerCase()) + 1;
    const day = parseInt(h[2], 10);
    if (month) onDay(h.index || 0, month, day);
  }
  // ja/zh "11月20日", ko "11월 20일": month and day, next occurrence.
  for (const c of note.matchAll(/(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]/g)) {
    const month = parseInt(c[1], 10);
    const day = parseInt(c[2], 10);
    if (month >= 1 && month <= 12) onDay(c.index || 0, month, day);
  }
  // "early January", "Mitte Januar", "1月下旬": the 1st, the 15th or the last day of that month.
  for (const h of monthPartHits(note, ref)) out.push({ ...h, exact: true });
  // "Rückruf KW 51", "follow up EOW": a calendar week's Monday, this week's Friday.
  for (const h of weekWordHits(note, ref)) out.push({ ...h, exact: true });
  // "on the 12th", "le 12": a day without a month is its next occurrence; "the 12th of April" is read above.
  for (const re of DAY_OF_MONTH_RES)
    for (const d of note.matchAll(re)) {
      const day = parseInt(d[1] ?? d[2], 10);
      if (DEADLINE_BEFORE_RE.test(note.slice(Math.max(0, (d.index || 0) - 20), d.index))) continue;
      const next = /^\s*(?:of\s+|de\s+)?(\p{L}+)/u.exec(note.slice((d.index || 0) + d[0].length))?.[1] || "";
      const monthFollows =
        ENGLISH_MONTH_RE.test(next) || MONTH_NAMES.some(([, m]) => m.test(next)) || shortMonth(next) > 0;
      if (day >= 1 && day <= 31 && !monthFollows && !ORDINAL_NOUN_RE.test(next))
        out.push({ index: d.index || 0, date: nextDayOfMonth(ref, day), exact: true });
    }
  return out;
}

/** The weekday and "next week" written together: nothing between them but a comma or a little word ("am", "op"). */
function besideWeekOn(note: string, day: RegExpExecArray, weekOn: RegExpExecArray): boolean {
  const [a, b] = day.index < weekOn.index ? [day, weekOn] : [weekOn, day];
  const between = note.slice(a.index + a[0].length, b.index);
  return /^[\s,]*(?:(?:on|am|op|le|el|il|på|den|the|の)[\s,]*)?$/iu.test(between);
}

/**
 * A note that is only a date ("in three weeks", "Friday", "next Tue", "übermorgen"): the owner's reminder to
 * themselves, asking for a follow-up without the verb. At most three words; the date must start the note.
 */
function isBareDate(text: string): boolean {
  return text.split(" ").length <= 3 && text.length <= 32;
}

/** Where the first sentence holding a follow-up cue starts (0 when none does). */
function askingSentenceStart(text: string): number {
  const a = FOLLOW_UP_CUE_RE.exec(text)?.index ?? -1;
  const b = MORE_CUES_RE.exec(text)?.index ?? -1;
  const cue = a < 0 ? b : b < 0 ? a : Math.min(a, b);
  if (cue <= 0) return 0;
  // Sentences, and the parts of a note's one line of facts ("Termin KW 15 – Rückruf am Montag").
  let start = 0;
  for (const m of text.slice(0, cue).matchAll(/[.!?;]\s|\s[–—|-]\s/g))
    start = (m.index ?? 0) + m[0].length - 1;
  return start;
}

/** The follow-up the note asks for, or nothing when it asks for none; `ref` is the forward's calendar date. */
export function followUpFromNote(note: string, ref: CalendarDate | undefined): FollowUp {
  // A note is a few lines; a long text above a forward is read from its start only.
  const text = note
    .slice(0, 2000)
    .replace(/\s+/g, " ")
    .trim()
    .replace(NOT_A_CALL_RE, (m) => " ".repeat(m.length));
  if (!ref || !text) return {};
  const holidays = HOLIDAYS_RE.exec(text);
  const cue = FOLLOW_UP_CUE_RE.test(text) || MORE_CUES_RE.test(text);
  const bare = !cue && !holidays && isBareDate(text);
  if (!cue && !holidays && !bare) return {};
  // A follow-up is never in the past ("met him last night").
  let hits = [...chronoHits(text, ref), ...tableHits(text, ref)].filter((h) => compare(h.date, ref) >= 0);
  hits.sort((a, b) => a.index - b.index || Number(!!b.exact) - Number(!!a.exact));
  // "maandag 6 juli", "lundi 6 juillet", "Monday, July 6": the date written right after a weekday names the day.
  for (let i = hits.length - 2; i >= 0; i--)
    if (!hits[i].exact && hits[i + 1].exact && hits[i + 1].index - hits[i].index <= 14) hits.splice(i, 1);
  // "Rencontrée au salon mardi. Relancer le 14 janvier": the date in the sentence that asks, before one of the visit.
  const from = askingSentenceStart(text);
  hits = withoutDeadlines(text, withoutAbsences(text, hits));
  if (bare) hits = hits.filter((h) => h.index < 1);
  const asked = hits.find((h) => h.index >= from - 0.5) ?? hits[0];
  if (asked) return { date: isoDate(asked.date) };
  if (holidays) {
    const date = isoDate(afterHolidays(ref));
    return { date, warning: `follow-up "${holidays[0]}" has no exact date: set to ${date}, check it` };
  }
  return {};
}
