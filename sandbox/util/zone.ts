// IANA time zones through Intl: a moment's wall-clock fields in a zone, and a zone's wall clock back to a moment.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Java accepts "GMT+02:00"-style ids too; Intl wants "+02:00" or an IANA name. */
export function normalizeZone(tz: string): string {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(tz.trim());
  if (m) return `${m[1]}${m[2].padStart(2, "0")}:${m[3] ?? "00"}`;
  return tz.trim();
}

/** Minutes east of UTC for a fixed-offset id ("+02:00", "GMT-5"), else null. */
export function fixedOffset(tz: string): number | null {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(normalizeZone(tz));
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/** Whether the zone is a fixed offset or one Intl knows. */
export function isValidZone(tz: string): boolean {
  if (fixedOffset(tz) !== null) return true;
  try {
    formatter(normalizeZone(tz));
    return true;
  } catch {
    return false;
  }
}

export function wallClock(date: Date, tz: string): WallClock {
  const fixed = fixedOffset(tz);
  if (fixed !== null) {
    const d = new Date(date.getTime() + fixed * 60000);
    return {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(),
      minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), weekday: d.getUTCDay(),
    };
  }
  const parts: Record<string, string> = {};
  for (const p of formatter(normalizeZone(tz)).formatToParts(date)) parts[p.type] = p.value;
  const year = Number(parts.year) * (parts.era === "BC" ? -1 : 1);
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** The zone's offset from UTC at that moment, in minutes (east positive). */
export function zoneOffsetMinutes(date: Date, tz: string): number {
  const w = wallClock(date, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return Math.round((asUtc - date.getTime()) / 60000);
}

/** The moment when the zone's wall clock shows the given fields (the earlier one in a DST overlap). */
export function fromWallClock(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let t = guess - zoneOffsetMinutes(new Date(guess), tz) * 60000;
  t = guess - zoneOffsetMinutes(new Date(t), tz) * 60000;
  return new Date(t);
}
