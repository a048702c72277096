// When a time-based trigger fires next, from its schedule, its last run and the script's time zone.
import { fromWallClock, wallClock } from "../spreadsheet/dates";
import type { TriggerState } from "./state";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

/** The next time `t` fires (null once a one-shot trigger has run, or for non-clock triggers). */
export function nextFireTime(t: TriggerState, scriptTimeZone: string): Date | null {
  if (t.eventType !== "CLOCK") return null;
  const s = t.schedule;
  const tz = s.timeZone ?? scriptTimeZone;
  const base = (t.lastRun ?? t.created).getTime();
  if (s.afterMs !== undefined) return t.lastRun ? null : new Date(t.created.getTime() + s.afterMs);
  if (s.at) return t.lastRun ? null : new Date(s.at.getTime());
  if (s.everyMinutes) return new Date(base + s.everyMinutes * MINUTE);
  if (s.everyHours) return new Date(base + s.everyHours * HOUR);
  const hour = s.atHour ?? wallClock(t.created, tz).h;
  const minute = s.nearMinute ?? 0;
  const step = s.everyWeeks ? 7 * s.everyWeeks : (s.everyDays ?? 1);
  // The first slot at hour:minute (on the right weekday) after the last run, at least step-1 days later.
  const earliest = t.lastRun ? base + (step - 1) * DAY + 1 : base + 1;
  for (let d = 0; d < 8 + step; d++) {
    const w = wallClock(new Date(earliest + d * DAY), tz);
    const slot = fromWallClock(w.y, w.m, w.d, hour, minute, 0, tz).getTime();
    if (slot < earliest) continue;
    if (s.weekDay && WEEKDAYS[wallClock(new Date(slot), tz).weekday] !== s.weekDay) continue;
    return new Date(slot);
  }
  return null;
}
