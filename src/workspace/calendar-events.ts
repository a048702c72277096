// The reminder calendar through the Calendar advanced service (v3): one list call reads every follow-up event
// of the window with its private properties and `updated` time; each write is one call. Thin adapter.
import { APP_PROPERTY, type EventResource } from "../core/followup/event-resource";

type Events = NonNullable<GoogleAppsScript.Calendar["Events"]>;
const events = (): Events => Calendar!.Events!;

/** Google's answers for a calendar that is gone, and for the daily limits (API and CalendarApp wordings). */
export const CALENDAR_GONE = /Not Found|Calendar not found|has been deleted/i;
export const CALENDAR_QUOTA =
  /Calendar usage limits exceeded|too many times for one day: calendar|Rate Limit Exceeded/i;

/** Every follow-up event (optionally of one lead) that ends after `timeMin`, page by page (2,500 a call). */
export function listFollowUpEvents(calendarId: string, timeMin: Date, leadId?: string): EventResource[] {
  const filter = [`${APP_PROPERTY.key}=${APP_PROPERTY.value}`, ...(leadId ? [`leadId=${leadId}`] : [])];
  const out: EventResource[] = [];
  let pageToken: string | undefined;
  do {
    const page = events().list(calendarId, {
      timeMin: timeMin.toISOString(),
      privateExtendedProperty: filter,
      singleEvents: true,
      maxResults: 2500,
      ...(pageToken ? { pageToken } : {}),
    });
    out.push(...((page.items ?? []) as EventResource[]));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

export function insertEvent(calendarId: string, body: EventResource): EventResource {
  return events().insert(body as GoogleAppsScript.Calendar.Schema.Event, calendarId) as EventResource;
}

export function patchEvent(calendarId: string, eventId: string, body: EventResource): EventResource {
  return events().patch(body as GoogleAppsScript.Calendar.Schema.Event, calendarId, eventId) as EventResource;
}

/** Deletes the event; one already gone counts as deleted. */
export function removeEvent(calendarId: string, eventId: string): void {
  try {
    events().remove(calendarId, eventId);
  } catch (e) {
    if (!/Resource has been deleted|Not Found/i.test(String(e instanceof Error ? e.message : e))) throw e;
  }
}

/** The reminder calendar by its name (created when none has it): used only when the kept id is gone. */
export function calendarByName(name: string): string {
  const found = CalendarApp.getCalendarsByName(name);
  return (found.length ? found[0] : CalendarApp.createCalendar(name)).getId();
}
