// Week boundaries in the ledger's zone: the calendar date each week starts on, from the *Week starts on* setting.
import { addDays } from "./day";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** 0 (Sunday) … 6 (Saturday) for a weekday name ("Mon", "monday", "Lundi" falls back to Monday). */
export function weekdayIndex(name: string, fallback = 1): number {
  const t = name.trim().toLowerCase();
  const i = t.length >= 2 ? WEEKDAYS.findIndex((d) => d.startsWith(t.slice(0, 3))) : -1;
  return i >= 0 ? i : fallback;
}

/** The start (YYYY-MM-DD) of the week holding `ymd`, weeks starting on weekday `start` (0 = Sunday). */
export function weekStartOf(ymd: string, start: number): string {
  const wd = new Date(`${ymd}T00:00:00Z`).getUTCDay();
  return addDays(ymd, -((wd - start + 7) % 7));
}

/**
 * The starts of the `n` whole weeks before the week holding `today`, oldest first: on a Monday review the
 * last one is the week just ended. Days are calendar days, so a week with a DST change is still 7 days.
 */
export function lastWeekStarts(today: string, start: number, n = 12): string[] {
  const current = weekStartOf(today, start);
  return Array.from({ length: n }, (_x, i) => addDays(current, -7 * (n - i)));
}
