// English dates in a follow-up note, read by chrono ("call back Jan 5", "in 2 weeks"), as hits at their place.
import { parse as parseEnglish } from "chrono-node/en";
import { nextOccurrence, type CalendarDate } from "./calendar";

export interface Hit {
  index: number;
  date: CalendarDate;
  /** An exact date written out beats a weekday found at the same place. */
  exact?: boolean;
}

/**
 * Worth asking chrono (slow on long text): a written date ("12/15", "15.12.", "2026-12-15"), an ordinal ("the 14th"),
 * a count of days, an English month (the word, not "decide" or "market"), or a relative period. Other digits (a
 * phone number, a price) are not.
 */
const CHRONO_WORTH =
  /\b\d{1,4}[/.]\d{1,2}\b|\b\d{1,2}-\d{1,2}\b|\b\d{4}-\d\d-\d\d\b|\d(?:st|nd|rd|th)\b|\d\s*(?:business |working )?days?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:tomorrow|fortnight|next (?:week|month|year)|end of|week|month|days)\b/i;

/** Counts and units only: a period with no word that places it in time ("a year", "7 days a week"). */
const COUNTS_AND_UNITS_RE =
  /\b(?:a|an|one|two|three|four|five|six|seven|few|several|couple|of|\d+|and|per|each|days?|weeks?|fortnights?|months?|years?)\b|[\s,+]/gi;

export function chronoHits(note: string, ref: CalendarDate): Hit[] {
  const out: Hit[] = [];
  if (!CHRONO_WORTH.test(note)) return out;
  try {
    for (const r of parseEnglish(note, new Date(ref.y, ref.m - 1, ref.d, 12), { forwardDate: true })) {
      const s = r.start;
      const onlyWeekday = s.isCertain("weekday") && !s.isCertain("day");
      if (onlyWeekday) continue; // weekdays follow the ledger's own rule below
      // "tonight", "this morning": a time of day is no follow-up date.
      if (!s.isCertain("day") && !/\b(?:tomorrow|days?|weeks?|fortnight|months?|years?)\b/i.test(r.text))
        continue;
      // "20+ weddings a year", "7 days a week": a period alone is a rate or a length, not a date ("in a week" is).
      if (!r.text.replace(COUNTS_AND_UNITS_RE, "")) continue;
      // "this week" names no day to put in a calendar; nor does a year ("they're redoing the lobbies next year").
      if (/^(?:this (?:week|month|year)|next year)$/i.test(r.text.trim())) continue;
      const month = s.get("month");
      const day = s.get("day");
      const year = s.get("year");
      if (!month || !day || !year) continue;
      let date: CalendarDate = { y: year, m: month, d: day };
      if (s.isCertain("month") && s.isCertain("day") && !s.isCertain("year"))
        date = nextOccurrence(ref, month, day);
      out.push({ index: r.index, date, exact: s.isCertain("day") });
    }
  } catch {
    /* no English date */
  }
  return out;
}
