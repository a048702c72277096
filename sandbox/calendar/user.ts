// What the person does in Google Calendar (not script calls, not counted): delete an event, drag it to another
// day or time. Either changes the event's `updated` time, as Calendar does.
import type { Kernel } from "../kernel";
import type { Sandbox } from "../index";
import { calendarState, type StoredEvent } from "./store";

/** Events deleted through the API or by the user: iCalUID → calendar id (the API then answers "deleted"). */
export function eventTombstones(kernel: Kernel): Record<string, string> {
  return kernel.slice<Record<string, string>>("calendarDeleted", () => ({}));
}

function find(sb: Sandbox, id: string): StoredEvent {
  const e = calendarState(sb.kernel).events[id.includes("@") ? id : `${id}@google.com`];
  if (!e) throw new Error(`no event ${id} in the sandbox calendar`);
  return e;
}

/** The user deletes the event in Calendar. */
export function userDeletesEvent(sb: Sandbox, id: string): void {
  const e = find(sb, id);
  delete calendarState(sb.kernel).events[e.id];
  eventTombstones(sb.kernel)[e.id] = e.calendarId;
}

/** The user drags the event to start at `start` (same length). */
export function userMovesEvent(sb: Sandbox, id: string, start: Date): void {
  const e = find(sb, id);
  const length = e.end.getTime() - e.start.getTime();
  e.start = new Date(start.getTime());
  e.end = new Date(start.getTime() + length);
  e.updated = sb.kernel.now();
}

/** The user edits the event's title (e.g. adds a word). */
export function userRenamesEvent(sb: Sandbox, id: string, title: string): void {
  const e = find(sb, id);
  e.title = title;
  e.updated = sb.kernel.now();
}

/** Every event of a calendar (by name), as the person sees them; not a script call. */
export function calendarEvents(sb: Sandbox, name: string): StoredEvent[] {
  const state = calendarState(sb.kernel);
  const cal = Object.values(state.calendars).find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!cal) return [];
  return Object.values(state.events)
    .filter((e) => e.calendarId === cal.id)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
