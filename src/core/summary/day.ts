// The calendar day a ledger cell holds (a Date, ISO text, or a date typed as text) in the ledger's zone.
import { addDaysToYmd as addDays, cellYmd, offsetMinutes } from "../ledger/dates";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Offsets (minutes ahead of UTC) at the start and end of each UTC day, by zone: 10,000 leads cost a few hundred formats. */
const dayOffsets = new Map<string, Map<number, [number, number]>>();

function offsetAt(ms: number, timeZone: string): number {
  return offsetMinutes(new Date(ms), timeZone);
}

/** Minutes `timeZone` is ahead of UTC at `ms`. */
function zoneOffset(ms: number, timeZone: string): number {
  let offset: number;
  try {
    let byDay = dayOffsets.get(timeZone);
    if (!byDay) dayOffsets.set(timeZone, (byDay = new Map()));
    const dayNo = Math.floor(ms / 86400000);
    let pair = byDay.get(dayNo);
    if (!pair) {
      pair = [offsetAt(dayNo * 86400000, timeZone), offsetAt(dayNo * 86400000 + 86399999, timeZone)];
      byDay.set(dayNo, pair);
    }
    offset = pair[0] === pair[1] ? pair[0] : offsetAt(ms, timeZone);
  } catch {
    offset = 0;
  }
  return offset;
}

/** The calendar date of an instant in `timeZone` (as ymdInZone, memoised by UTC day for large ledgers). */
export function zoneDay(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  return new Date(ms + zoneOffset(ms, timeZone) * 60000).toISOString().slice(0, 10);
}

/** Whether an instant falls exactly on a local midnight (what a date-only cell holds). */
export function isLocalMidnight(instant: Date, timeZone: string): boolean {
  const ms = instant.getTime();
  return (((ms + zoneOffset(ms, timeZone) * 60000) % 86400000) + 86400000) % 86400000 === 0;
}

function ymd(y: number, m: number, d: number): string {
  if (y < 100) y += 2000;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || t.getUTCDate() !== d) return "";
  return t.toISOString().slice(0, 10);
}

function month(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/**
 * YYYY-MM-DD of a cell, "" when it holds no date. Text typed by a person is read too: ISO (2026-03-04),
 * month names ("Mar 4, 2026", "4 March 2026") and slashes (4/3/2026: day first when `dayFirst`, unless the
 * numbers only fit one way, e.g. 13/3/2026).
 */
export function dayOf(value: unknown, timeZone: string, dayFirst = false): string {
  if (value instanceof Date) return isNaN(value.getTime()) ? "" : zoneDay(value, timeZone);
  const iso = cellYmd(value, timeZone);
  if (iso) return ymd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  const s = String(value ?? "").trim();
  let m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[1])) return ymd(Number(m[3]), month(m[1]), Number(m[2]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[2])) return ymd(Number(m[3]), month(m[2]), Number(m[1]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b/.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dmy = a > 12 || (dayFirst && b <= 12);
    return dmy ? ymd(y, b, a) : ymd(y, a, b);
  }
  return "";
}

/** Whole days from `a` to `b` (YYYY-MM-DD each). */
export function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}


/** The wall clock of an instant in `timeZone`: its date, hour (0–23) and weekday (0 = Sunday). */
export function zoneClock(instant: Date, timeZone: string): { ymd: string; hour: number; weekday: number } {
  const local = new Date(instant.getTime() + zoneOffset(instant.getTime(), timeZone) * 60000);
  return { ymd: local.toISOString().slice(0, 10), hour: local.getUTCHours(), weekday: local.getUTCDay() };
}

/** `ymd` plus `days` calendar days (one implementation, in ledger/dates). */
export { addDays };
