// Times of day for follow-up events: the Reminder time setting read leniently, a wall-clock time in the
// ledger's zone as an instant, and an instant's wall-clock time back.
import { addDaysToYmd as addDays, offsetMinutes } from "../ledger/dates";

/** "9:00", "09:00", "9am", "2:30 PM", "14h30" → "HH:MM"; anything else → `fallback`. */
export function parseTimeOfDay(text: unknown, fallback = "09:00"): string {
  const m = /^\s*(\d{1,2})(?:[:h.](\d{2}))?\s*([ap])?\.?\s*m?\.?\s*$/i.exec(String(text ?? ""));
  if (!m) return fallback;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const ampm = m[3]?.toLowerCase();
  if (ampm === "p" && h < 12) h += 12;
  if (ampm === "a" && h === 12) h = 0;
  if (h > 23 || min > 59 || (!m[2] && !ampm)) return fallback;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

/** The instant the wall clock in `timeZone` shows `hhmm` on `ymd` (the earlier one in a DST overlap). */
export function instantInZone(ymd: string, hhmm: string, timeZone: string): Date {
  const [y, mo, d] = ymd.split("-").map(Number);
  const [h, mi] = hhmm.split(":").map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  let t = guess - offsetMinutes(new Date(guess), timeZone) * 60000;
  t = guess - offsetMinutes(new Date(t), timeZone) * 60000;
  return new Date(t);
}

/** "HH:MM" of `instant` in `timeZone`. */
export function hhmmInZone(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60000);
  return shifted.toISOString().slice(11, 16);
}

/** Day of week (0 = Sunday) of a YYYY-MM-DD date. */
export function weekday(ymd: string): number {
  return new Date(`${ymd}T00:00:00Z`).getUTCDay();
}

/** `ymd` plus `days` calendar days (one implementation, in ledger/dates). */
export { addDays };
