// Calendar dates (YYYY-MM-DD) in the ledger's time zone: today, business days, and cells holding dates.

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date of `instant` in `timeZone` (IANA), as YYYY-MM-DD. */
export function ymdInZone(instant: Date, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(instant);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
    return `${get("year")}-${get("month")}-${get("day")}`;
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes `timeZone` is ahead of UTC at `instant` (one formatter per zone, made once). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  try {
    let f = offsetFormats.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
      offsetFormats.set(timeZone, f);
    }
    const parts = f.formatToParts(instant);
    const n = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
    const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour") % 24, n("minute"), n("second"));
    return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  } catch {
    return 0;
  }
}

/** The instant a calendar date starts in `timeZone`: what a date-only cell holds in a sheet of that zone. */
export function midnightInZone(ymd: string, timeZone: string): Date {
  const m = YMD.exec(ymd);
  if (!m) return new Date(NaN);
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let guess = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60000;
  guess = utcMidnight - offsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}

/** `ymd` plus `days` business days (Saturday and Sunday skipped); a weekend start counts from Monday. */
export function addBusinessDays(ymd: string, days: number): string {
  const m = YMD.exec(ymd);
  if (!m) return ymd;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A cell that holds a date (a Date, or text like 2025-03-04) as YYYY-MM-DD in `timeZone`; "" otherwise. */
export function cellYmd(value: unknown, timeZone: string): string {
  if (value instanceof Date) return isNaN(value.getTime()) ? "" : ymdInZone(value, timeZone);
  const s = String(value ?? "").trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : "";
}

export function isYmd(text: string | undefined): text is string {
  return !!text && YMD.test(text);
}

/** `ymd` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDaysToYmd(ymd: string, days: number): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
