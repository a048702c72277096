// The calendar day a message was sent: its Date header's, else the instant's day in the owner's time zone.
import type { EmailInput } from "../lead";
import { dateInOffset, dateOfHeader, type CalendarDate } from "../followup/calendar";
import { ymdInZone } from "../ledger/dates";

/** The calendar date of an instant in the owner's time zone (the ledger's own rule), else in UTC. */
function dateInZone(date: Date, timeZone: string | undefined): CalendarDate | undefined {
  // No zone, or an invalid instant (undefined, never an error): UTC's day.
  if (!timeZone || !Number.isFinite(date.getTime())) return dateInOffset(date, 0);
  const [y, m, d] = ymdInZone(date, timeZone).split("-").map(Number);
  return { y, m, d };
}

/** The day the message was sent, which a note's "next Tuesday" counts from. */
export function sentOn(input: EmailInput, timeZone: string | undefined): CalendarDate | undefined {
  return (
    dateOfHeader(input.dateHeader) ??
    (input.date && typeof input.date.getTime === "function" ? dateInZone(input.date, timeZone) : undefined)
  );
}
