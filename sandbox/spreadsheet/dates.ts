// Dates as Sheets sees them: wall-clock parts in the spreadsheet's time zone and serial numbers (days since 1899-12-30).
import { wallClock as zoneWallClock } from "../util/zone";

export interface WallClock {
  y: number;
  m: number; // 1-12
  d: number;
  h: number;
  mi: number;
  s: number;
  weekday: number; // 0 = Sunday
}

/** Intl's formatter is slow; the same instants recur (a column of dates read by many formulas), so remember them. */
const memo = new Map<string, WallClock>();

export function wallClock(date: Date, tz: string): WallClock {
  const key = `${tz}|${date.getTime()}`;
  const known = memo.get(key);
  if (known) return { ...known };
  if (memo.size > 50_000) memo.clear();
  const w = computeWallClock(date, tz);
  memo.set(key, w);
  return { ...w };
}

function computeWallClock(date: Date, tz: string): WallClock {
  const w = zoneWallClock(date, tz);
  return { y: w.year, m: w.month, d: w.day, h: w.hour % 24, mi: w.minute, s: w.second, weekday: w.weekday };
}

/** The instant at which the wall clock in `tz` reads y-m-d h:mi:s. */
export function fromWallClock(y: number, m: number, d: number, h = 0, mi = 0, s = 0, tz = "UTC"): Date {
  const asUtc = Date.UTC(y, m - 1, d, h, mi, s);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess), tz);
    const seen = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);
    guess += asUtc - seen;
  }
  return new Date(guess);
}

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY = 86400000;

/** Sheets' serial number of a date: days (and fraction) since 1899-12-30 on the spreadsheet's wall clock. */
export function toSerial(date: Date, tz: string): number {
  const w = wallClock(date, tz);
  const wallMs = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) + (((date.getTime() % 1000) + 1000) % 1000);
  return (wallMs - EPOCH_UTC) / DAY;
}

export function fromSerial(serial: number, tz: string): Date {
  const wall = new Date(EPOCH_UTC + Math.round(serial * DAY));
  return fromWallClock(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    tz,
  );
}
