// A weekday followed by its day number ("lunedì 14", "Monday the 14th"): the date when that day is such a weekday.
import { nextWeekdayOnDay, type CalendarDate } from "./calendar";
import { DAY_AFTER_WEEKDAY_RE } from "./days";
import { ENGLISH_MONTH_RE, MONTH_NAMES } from "./months";

/** The date the day number after a weekday ending at `end` names (weekday `day`, 0–6); undefined when none does. */
export function weekdayWithDay(
  note: string,
  end: number,
  day: number,
  ref: CalendarDate,
): CalendarDate | undefined {
  const n = DAY_AFTER_WEEKDAY_RE.exec(note.slice(end, end + 32));
  // "lunedì 11 gennaio": a month after the number is read by the month readers.
  if (!n || ENGLISH_MONTH_RE.test(n[2]) || MONTH_NAMES.some(([, re]) => re.test(n[2]))) return undefined;
  return nextWeekdayOnDay(ref, day, parseInt(n[1], 10));
}
