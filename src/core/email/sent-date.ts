// The calendar day a message was sent: its Date header's, else the instant's day in the owner's time zone.
import type { EmailInput } from "../lead";
import { dateInOffset, dateOfHeader, type CalendarDate } from "../followup/calendar";

/** The calendar date of an instant in the owner's time zone (Intl, which Apps Script's V8 has), else in UTC. */
function dateInZone(date: Date, timeZone: string | undefined): CalendarDate | undefined {
  if (timeZone) {
    try {
      const f = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
      const m = /(\d{4})-(\d{2})-(\d{2})/.exec(f.format(date));
      if (m) return { y: +m[1], m: +m[2], d: +m[3] };
    } catch {
      /* an unknown zone: UTC below */
    }
  }
  return dateInOffset(date, 0);
}

/** The day the message was sent, which a note's "next Tuesday" counts from. */
export function sentOn(input: EmailInput, timeZone: string | undefined): CalendarDate | undefined {
  return (
    dateOfHeader(input.dateHeader) ??
    (input.date && typeof input.date.getTime === "function" ? dateInZone(input.date, timeZone) : undefined)
  );
}
