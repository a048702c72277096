// Calendar state (plain JSON in the kernel): the account's calendars and their events.
import { createHash } from "node:crypto";
import type { Kernel } from "../kernel";
import { accountUser } from "../gmail/store";

/** Time zone of the account's calendars unless set (the sandbox user lives in Eastern time). */
export const DEFAULT_CALENDAR_ZONE = "America/Toronto";
/** Google Calendar's default for the primary calendar: a popup 30 minutes before. */
export const PRIMARY_DEFAULT_POPUP = 30;
/** At most five reminders per event; a popup at most four weeks ahead. */
export const MAX_REMINDERS = 5;
export const MAX_REMINDER_MINUTES = 40320;

export interface StoredCalendar {
  id: string;
  name: string;
  description: string;
  timeZone: string;
  color: string;
  hidden: boolean;
  selected: boolean;
  primary: boolean;
}

export interface StoredEvent {
  id: string;
  calendarId: string;
  title: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  allDay: boolean;
  /** null = the calendar's default reminders. */
  popupReminders: number[] | null;
  emailReminders: number[];
  tags: Record<string, string>;
  guests: string[];
  color: string;
  created: Date;
  updated: Date;
}

export interface CalendarState {
  seq: number;
  calendars: Record<string, StoredCalendar>;
  events: Record<string, StoredEvent>;
}

function hash(kernel: Kernel, what: string, seq: number): string {
  return createHash("sha256").update(`${accountUser(kernel)}/${what}/${seq}`).digest("hex");
}

export function calendarState(kernel: Kernel): CalendarState {
  return kernel.slice<CalendarState>("calendar", () => {
    const user = accountUser(kernel);
    return {
      seq: 0,
      calendars: {
        [user]: { id: user, name: user, description: "", timeZone: DEFAULT_CALENDAR_ZONE, color: "#9FE1E7", hidden: false, selected: true, primary: true },
      },
      events: {},
    };
  });
}

export function newCalendarId(kernel: Kernel, state: CalendarState): string {
  return `${hash(kernel, "calendar", ++state.seq).slice(0, 26)}@group.calendar.google.com`;
}

/** An iCalUID as Google writes them. */
export function newEventId(kernel: Kernel, state: CalendarState): string {
  return `${hash(kernel, "event", ++state.seq).slice(0, 26)}@google.com`;
}

export function defaultCalendarId(kernel: Kernel): string {
  return Object.values(calendarState(kernel).calendars).find((c) => c.primary)!.id;
}
