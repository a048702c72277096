// Calendar's daily limit on events created (5,000 on a consumer account, 10,000 on Workspace), shared by
// CalendarApp.createEvent and the advanced service's Events.insert; it resets on the next UTC day.
import type { Kernel } from "../kernel";
import { GOOGLE_ERRORS } from "../kernel";
import { apiError } from "../api-error";

export const CONSUMER_EVENTS_PER_DAY = 5000;

interface CreatedToday {
  day: string;
  count: number;
  limit: number;
}

function slice(kernel: Kernel): CreatedToday {
  return kernel.slice<CreatedToday>("calendarQuota", () => ({
    day: "",
    count: 0,
    limit: CONSUMER_EVENTS_PER_DAY,
  }));
}

/** Sets the daily limit of events created (and, optionally, how many were created today already). */
export function setCalendarCreateQuota(kernel: Kernel, limit: number, usedToday = 0): void {
  const q = slice(kernel);
  q.limit = limit;
  q.day = kernel.now().toISOString().slice(0, 10);
  q.count = usedToday;
}

/** Counts one event created; over the limit, Google's error for the path used (CalendarApp or the API). */
export function useEventCreation(kernel: Kernel, via: "CalendarApp" | "api"): void {
  const q = slice(kernel);
  const day = kernel.now().toISOString().slice(0, 10);
  if (q.day !== day) {
    q.day = day;
    q.count = 0;
  }
  if (q.count >= q.limit) {
    if (via === "CalendarApp") throw new Error(GOOGLE_ERRORS.quota("calendar"));
    throw apiError("calendar.events.insert", "Calendar usage limits exceeded.");
  }
  q.count++;
}
