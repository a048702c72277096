// Calendar, and CalendarApp (which is the default calendar plus the account's calendar list).
import type { Kernel } from "../kernel";
import { unbuilt } from "../unbuilt";
import { fromWallClock, wallClock } from "../util/zone";
import { CalendarEventFake, checkTimes } from "./event";
import { useEventCreation } from "./quota";
import { calendarState, defaultCalendarId, newCalendarId, newEventId, type StoredCalendar } from "./store";

type EventOptions = { description?: string; location?: string; guests?: string; sendInvites?: boolean };

// The Apps Script interface gives the class its full type; unbuilt members are stubbed below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface CalendarFake extends GoogleAppsScript.Calendar.Calendar {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CalendarFake {
  constructor(
    protected readonly kernel: Kernel,
    private readonly fixedId: string | null,
    protected readonly type = "CalendarApp.Calendar",
  ) {}

  protected get calendarId(): string {
    return this.fixedId ?? defaultCalendarId(this.kernel);
  }
  protected cal(method: string): StoredCalendar {
    this.kernel.call(`${this.type}.${method}`);
    const c = calendarState(this.kernel).calendars[this.calendarId];
    if (!c) throw new Error("Calendar not found: it has been deleted or you no longer have access.");
    return c;
  }

  getId(): string {
    return this.cal("getId").id;
  }
  getName(): string {
    return this.cal("getName").name;
  }
  setName(name: string): GoogleAppsScript.Calendar.Calendar {
    this.cal("setName").name = name;
    return this;
  }
  getDescription(): string {
    return this.cal("getDescription").description;
  }
  setDescription(description: string): GoogleAppsScript.Calendar.Calendar {
    this.cal("setDescription").description = description;
    return this;
  }
  getTimeZone(): string {
    return this.cal("getTimeZone").timeZone;
  }
  setTimeZone(timeZone: string): GoogleAppsScript.Calendar.Calendar {
    this.cal("setTimeZone").timeZone = timeZone;
    return this;
  }
  getColor(): string {
    return this.cal("getColor").color;
  }
  isHidden(): boolean {
    return this.cal("isHidden").hidden;
  }
  isSelected(): boolean {
    return this.cal("isSelected").selected;
  }
  isMyPrimaryCalendar(): boolean {
    return this.cal("isMyPrimaryCalendar").primary;
  }
  isOwnedByMe(): boolean {
    this.cal("isOwnedByMe");
    return true;
  }
  createEvent(title: string, startTime: Date, endTime: Date, options?: EventOptions): GoogleAppsScript.Calendar.CalendarEvent {
    const c = this.cal("createEvent");
    checkTimes(startTime, endTime);
    useEventCreation(this.kernel, "CalendarApp");
    const state = calendarState(this.kernel);
    const now = this.kernel.now();
    const id = newEventId(this.kernel, state);
    state.events[id] = {
      id, calendarId: c.id, title, description: options?.description ?? "", location: options?.location ?? "",
      start: new Date(startTime.getTime()), end: new Date(endTime.getTime()), allDay: false, popupReminders: null,
      emailReminders: [], tags: {}, guests: (options?.guests ?? "").split(",").map((g) => g.trim()).filter(Boolean),
      color: "", created: now, updated: now,
    };
    return new CalendarEventFake(this.kernel, id);
  }
  /** An all-day event on the date's day (or days up to endDate, exclusive) in the calendar's time zone. */
  createAllDayEvent(title: string, date: Date, endOrOptions?: GoogleAppsScript.Base.Date | EventOptions, options?: EventOptions): GoogleAppsScript.Calendar.CalendarEvent {
    const c = this.cal("createAllDayEvent");
    const first = wallClock(date, c.timeZone);
    const last = endOrOptions instanceof Date ? wallClock(endOrOptions, c.timeZone) : { ...first, day: first.day + 1 };
    const start = fromWallClock(c.timeZone, first.year, first.month, first.day);
    const end = fromWallClock(c.timeZone, last.year, last.month, last.day);
    const opts = endOrOptions instanceof Date ? options : (endOrOptions as EventOptions | undefined);
    const event = this.createEvent(title, start, end, opts) as CalendarEventFake;
    calendarState(this.kernel).events[event.getId()].allDay = true;
    return event;
  }
  /** The event by iCalUID, only if it belongs to this calendar; null otherwise (as Google gives). */
  getEventById(iCalId: string): GoogleAppsScript.Calendar.CalendarEvent {
    const c = this.cal("getEventById");
    const e = calendarState(this.kernel).events[iCalId];
    return (e && e.calendarId === c.id ? new CalendarEventFake(this.kernel, e.id) : null) as GoogleAppsScript.Calendar.CalendarEvent;
  }
  /** Events overlapping [start, end), by start time; options.search filters on text, options.max caps. */
  getEvents(startTime: Date, endTime: Date, options?: { search?: string; max?: number; start?: number }): GoogleAppsScript.Calendar.CalendarEvent[] {
    const c = this.cal("getEvents");
    const s = startTime.getTime();
    const e = endTime.getTime();
    const needle = options?.search?.toLowerCase();
    const found = Object.values(calendarState(this.kernel).events)
      .filter((ev) => ev.calendarId === c.id && ev.start.getTime() < e && ev.end.getTime() > s)
      .filter((ev) => !needle || `${ev.title}\n${ev.description}\n${ev.location}`.toLowerCase().includes(needle))
      .sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : 1));
    const from = options?.start ?? 0;
    return found.slice(from, options?.max === undefined ? undefined : from + options.max).map((ev) => new CalendarEventFake(this.kernel, ev.id));
  }
  getEventsForDay(day: Date): GoogleAppsScript.Calendar.CalendarEvent[] {
    const c = this.cal("getEventsForDay");
    const w = wallClock(day, c.timeZone);
    return this.getEvents(fromWallClock(c.timeZone, w.year, w.month, w.day), fromWallClock(c.timeZone, w.year, w.month, w.day + 1));
  }
  deleteCalendar(): void {
    const c = this.cal("deleteCalendar");
    if (c.primary) throw new Error("The primary calendar cannot be deleted.");
    const state = calendarState(this.kernel);
    delete state.calendars[c.id];
    for (const e of Object.values(state.events)) if (e.calendarId === c.id) delete state.events[e.id];
  }
}
unbuilt(CalendarFake, "CalendarApp.Calendar", `createAllDayEventSeries createEventFromDescription createEventSeries
  getEventSeriesById setColor setHidden setSelected unsubscribeFromCalendar`);

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface CalendarAppFake extends Omit<GoogleAppsScript.Calendar.CalendarApp, keyof GoogleAppsScript.Calendar.Calendar> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CalendarAppFake extends CalendarFake {
  constructor(kernel: Kernel) {
    super(kernel, null, "CalendarApp");
  }
  private list(method: string): StoredCalendar[] {
    this.kernel.call(`CalendarApp.${method}`);
    return Object.values(calendarState(this.kernel).calendars);
  }
  getDefaultCalendar(): GoogleAppsScript.Calendar.Calendar {
    this.kernel.call("CalendarApp.getDefaultCalendar");
    return new CalendarFake(this.kernel, defaultCalendarId(this.kernel));
  }
  getCalendarById(id: string): GoogleAppsScript.Calendar.Calendar {
    const c = this.list("getCalendarById").find((x) => x.id === id);
    return (c ? new CalendarFake(this.kernel, c.id) : null) as GoogleAppsScript.Calendar.Calendar;
  }
  getOwnedCalendarById(id: string): GoogleAppsScript.Calendar.Calendar {
    const c = this.list("getOwnedCalendarById").find((x) => x.id === id);
    return (c ? new CalendarFake(this.kernel, c.id) : null) as GoogleAppsScript.Calendar.Calendar;
  }
  /** Names are not case-sensitive, as Google documents. */
  getCalendarsByName(name: string): GoogleAppsScript.Calendar.Calendar[] {
    return this.list("getCalendarsByName").filter((c) => c.name.toLowerCase() === name.toLowerCase()).map((c) => new CalendarFake(this.kernel, c.id));
  }
  getOwnedCalendarsByName(name: string): GoogleAppsScript.Calendar.Calendar[] {
    return this.list("getOwnedCalendarsByName").filter((c) => c.name.toLowerCase() === name.toLowerCase()).map((c) => new CalendarFake(this.kernel, c.id));
  }
  getAllCalendars(): GoogleAppsScript.Calendar.Calendar[] {
    return this.list("getAllCalendars").map((c) => new CalendarFake(this.kernel, c.id));
  }
  getAllOwnedCalendars(): GoogleAppsScript.Calendar.Calendar[] {
    return this.list("getAllOwnedCalendars").map((c) => new CalendarFake(this.kernel, c.id));
  }
  createCalendar(name: string, options?: { summary?: string; timeZone?: string; color?: string; hidden?: boolean; selected?: boolean }): GoogleAppsScript.Calendar.Calendar {
    this.kernel.call("CalendarApp.createCalendar");
    const state = calendarState(this.kernel);
    const id = newCalendarId(this.kernel, state);
    const primary = state.calendars[defaultCalendarId(this.kernel)];
    state.calendars[id] = {
      id, name, description: options?.summary ?? "", timeZone: options?.timeZone ?? primary.timeZone, color: options?.color ?? "#7BD148",
      hidden: options?.hidden ?? false, selected: options?.selected ?? true, primary: false,
    };
    return new CalendarFake(this.kernel, id);
  }
}
unbuilt(CalendarAppFake, "CalendarApp", "getEventSeriesById newRecurrence subscribeToCalendar setColor setHidden setSelected");
