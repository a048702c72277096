// A calendar week ("KW 51", "uke 51") or the end of this week ("EOW", "Ende der Woche") in a follow-up note.
import { addDays, compare, weekday, type CalendarDate } from "./calendar";

/**
 * A week's number as business notes write it, by language: de "KW 51" / "Kalenderwoche 51", en/nl "week 51" / "wk 51",
 * sv "vecka 51" / "v. 51", nb/da "uke 51" / "uge 51", fi "viikko 51" / "vko 51", cs "týden 51", pl "tydzień 51".
 */
const WEEK_NUMBER_RE =
  /(?<![\p{L}])(?:kw|kalenderwoche|week|wk|vecka|v\.|uke|uge|viikko|vko|týden|tydzień)\s*(\d{1,2})(?!\d)/iu;

/** "end of the week", "EOW" (en), "Ende der Woche" (de), "eind van de week" (nl), "slutet av veckan" (sv). */
const END_OF_WEEK_RE =
  /(?<![\p{L}])(?:end of (?:the |this )?week|eow|ende (?:der|dieser) woche|eind (?:van )?(?:de|deze) week|i slutet av veckan|slutten av uka)(?![\p{L}])/iu;

/** The Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): CalendarDate {
  const jan4: CalendarDate = { y: year, m: 1, d: 4 };
  const monday1 = addDays(jan4, -((weekday(jan4) + 6) % 7));
  return addDays(monday1, (week - 1) * 7);
}

/** The dates a note's week words name, with where they are written. */
export function weekWordHits(note: string, ref: CalendarDate): { index: number; date: CalendarDate }[] {
  const out: { index: number; date: CalendarDate }[] = [];
  const n = WEEK_NUMBER_RE.exec(note);
  const week = n ? parseInt(n[1], 10) : 0;
  if (n && week >= 1 && week <= 53) {
    // That week's Monday, this year or next (a week already past is next year's).
    let date = isoWeekMonday(ref.y, week);
    if (compare(addDays(date, 6), ref) < 0) date = isoWeekMonday(ref.y + 1, week);
    out.push({ index: n.index, date: compare(date, ref) < 0 ? addDays(ref, 1) : date });
  }
  const e = END_OF_WEEK_RE.exec(note);
  if (e) {
    // This week's Friday; from Friday on, next week's.
    const toFriday = (5 - weekday(ref) + 7) % 7;
    out.push({
      index: e.index,
      date: addDays(ref, toFriday === 0 || weekday(ref) === 6 ? toFriday + 7 : toFriday),
    });
  }
  return out;
}
