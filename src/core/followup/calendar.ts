// Calendar dates as plain {y, m, d} (no time zone), and the date a Date header was written on.

export interface CalendarDate {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");

/** The calendar date as written in an RFC 5322 Date header ("Thu, 3 Jan 2025 23:30:00 -0500" -> 2025-01-03). */
export function dateOfHeader(header: string | undefined): CalendarDate | undefined {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})/.exec(header || "");
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (!month) return undefined;
  let y = parseInt(m[3], 10);
  if (y < 100) y += y < 50 ? 2000 : 1900;
  return { y, m: month, d: parseInt(m[1], 10) };
}

/** The UTC calendar date of an instant. */
function utcDate(t: Date): CalendarDate {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The instant a calendar date starts (UTC), `days` later. */
function atUtc(c: CalendarDate, days = 0): Date {
  return new Date(Date.UTC(c.y, c.m - 1, c.d + days));
}

/** The calendar date of an instant in a fixed UTC offset (minutes east), e.g. for a Date without a header. */
export function dateInOffset(date: Date, offsetMinutes: number): CalendarDate | undefined {
  const t = date.getTime();
  if (!Number.isFinite(t)) return undefined;
  return utcDate(new Date(t + offsetMinutes * 60000));
}

export function addDays(c: CalendarDate, days: number): CalendarDate {
  return utcDate(atUtc(c, days));
}

export function addMonths(c: CalendarDate, months: number): CalendarDate {
  const t = new Date(Date.UTC(c.y, c.m - 1 + months, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  return { ...utcDate(t), d: Math.min(c.d, last) };
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(c: CalendarDate): number {
  return atUtc(c).getUTCDay();
}

/** The first `day` (0–6) strictly after `c`. */
export function nextWeekday(c: CalendarDate, day: number): CalendarDate {
  const diff = (day - weekday(c) + 7) % 7 || 7;
  return addDays(c, diff);
}

/** The next occurrence of month/day on or after `c`. */
export function nextOccurrence(c: CalendarDate, month: number, day: number): CalendarDate {
  const sameYear = { y: c.y, m: month, d: day };
  return compare(sameYear, c) >= 0 ? sameYear : { y: c.y + 1, m: month, d: day };
}

/** The next date on or after `c` whose day of the month is `day` ("the 12th"), skipping months too short for it. */
export function nextDayOfMonth(c: CalendarDate, day: number): CalendarDate {
  for (let i = 0; i < 14; i++) {
    const first = addMonths({ y: c.y, m: c.m, d: 1 }, i);
    const length = new Date(Date.UTC(first.y, first.m, 0)).getUTCDate();
    const date = { y: first.y, m: first.m, d: day };
    if (day <= length && compare(date, c) >= 0) return date;
  }
  return c;
}

/** The next date on or after `c` that is day `day` of its month and falls on `weekday` (0–6), this month or the next. */
export function nextWeekdayOnDay(c: CalendarDate, weekdayOf: number, day: number): CalendarDate | undefined {
  let date = nextDayOfMonth(c, day);
  for (let i = 0; i < 2 && compare(date, c) >= 0; i++) {
    if (weekday(date) === weekdayOf) return date;
    date = nextDayOfMonth(addDays(date, 1), day);
  }
  return undefined;
}

export function compare(a: CalendarDate, b: CalendarDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function isoDate(c: CalendarDate): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${c.y}-${p(c.m)}-${p(c.d)}`;
}

/** Weekday `day` (0 = Sunday) of the week after `ref`'s, weeks starting on Monday. */
export function inNextWeek(ref: CalendarDate, day: number): CalendarDate {
  const monday = addDays(ref, 7 - ((weekday(ref) + 6) % 7));
  return addDays(monday, (day + 6) % 7);
}

/** The "after the holidays" date: the first working day from 5 January, or two weeks on outside the season. */
export function afterHolidays(ref: CalendarDate): CalendarDate {
  const inSeason = ref.m >= 11 || (ref.m === 1 && ref.d <= 5);
  if (!inSeason) return addDays(ref, 14);
  let d: CalendarDate = { y: ref.m === 1 ? ref.y : ref.y + 1, m: 1, d: 5 };
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
