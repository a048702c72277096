// CalendarEvent: title, times, description, reminders (at most five), private tags; deleted events fail.
import type { Kernel } from "../kernel";
import { unbuilt } from "../unbuilt";
import { calendarState, MAX_REMINDER_MINUTES, MAX_REMINDERS, PRIMARY_DEFAULT_POPUP, type StoredEvent } from "./store";

const T = "CalendarApp.CalendarEvent";

export const EVENT_DELETED = "The event does not exist or it has been deleted.";
export const BAD_TIMES = "Event start date must be before event end date.";

export function checkTimes(start: Date, end: Date): void {
  if (!(start instanceof Date) || !(end instanceof Date) || isNaN(start.getTime()) || isNaN(end.getTime())) throw new Error("Invalid argument: startTime");
  if (end.getTime() < start.getTime()) throw new Error(BAD_TIMES);
}

// The Apps Script interface gives the class its full type; unbuilt members are stubbed below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface CalendarEventFake extends GoogleAppsScript.Calendar.CalendarEvent {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CalendarEventFake {
  constructor(
    private readonly kernel: Kernel,
    private readonly eventId: string,
  ) {}

  private call(method: string): StoredEvent {
    this.kernel.call(`${T}.${method}`);
    const e = calendarState(this.kernel).events[this.eventId];
    if (!e) throw new Error(EVENT_DELETED);
    return e;
  }
  private changed(e: StoredEvent): this {
    e.updated = this.kernel.now();
    return this;
  }
  private reminders(e: StoredEvent): number[] {
    const primary = calendarState(this.kernel).calendars[e.calendarId]?.primary;
    return e.popupReminders ?? (primary ? [PRIMARY_DEFAULT_POPUP] : []);
  }

  getId(): string {
    return this.call("getId").id;
  }
  getOriginalCalendarId(): string {
    return this.call("getOriginalCalendarId").calendarId;
  }
  getTitle(): string {
    return this.call("getTitle").title;
  }
  setTitle(title: string): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("setTitle");
    e.title = title;
    return this.changed(e);
  }
  getDescription(): string {
    return this.call("getDescription").description;
  }
  setDescription(description: string): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("setDescription");
    e.description = description;
    return this.changed(e);
  }
  getLocation(): string {
    return this.call("getLocation").location;
  }
  setLocation(location: string): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("setLocation");
    e.location = location;
    return this.changed(e);
  }
  getStartTime(): Date {
    return new Date(this.call("getStartTime").start.getTime());
  }
  getEndTime(): Date {
    return new Date(this.call("getEndTime").end.getTime());
  }
  isAllDayEvent(): boolean {
    return this.call("isAllDayEvent").allDay;
  }
  isRecurringEvent(): boolean {
    this.call("isRecurringEvent");
    return false;
  }
  isOwnedByMe(): boolean {
    this.call("isOwnedByMe");
    return true;
  }
  setTime(startTime: Date, endTime: Date): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("setTime");
    checkTimes(startTime, endTime);
    e.start = new Date(startTime.getTime());
    e.end = new Date(endTime.getTime());
    e.allDay = false;
    return this.changed(e);
  }
  getDateCreated(): Date {
    return new Date(this.call("getDateCreated").created.getTime());
  }
  getLastUpdated(): Date {
    return new Date(this.call("getLastUpdated").updated.getTime());
  }
  getPopupReminders(): number[] {
    return [...this.reminders(this.call("getPopupReminders"))];
  }
  getEmailReminders(): number[] {
    return [...this.call("getEmailReminders").emailReminders];
  }
  private addReminder(method: string, minutes: number, kind: "popup" | "email"): this {
    const e = this.call(method);
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_REMINDER_MINUTES) throw new Error(`Invalid argument: minutesBefore (${minutes})`);
    const popups = this.reminders(e);
    if (popups.length + e.emailReminders.length >= MAX_REMINDERS) throw new Error(`Too many reminders: an event can have at most ${MAX_REMINDERS}.`);
    if (kind === "popup") e.popupReminders = [...popups, minutes];
    else {
      e.popupReminders = popups;
      e.emailReminders.push(minutes);
    }
    return this.changed(e);
  }
  addPopupReminder(minutesBefore: number): GoogleAppsScript.Calendar.CalendarEvent {
    return this.addReminder("addPopupReminder", minutesBefore, "popup");
  }
  addEmailReminder(minutesBefore: number): GoogleAppsScript.Calendar.CalendarEvent {
    return this.addReminder("addEmailReminder", minutesBefore, "email");
  }
  removeAllReminders(): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("removeAllReminders");
    e.popupReminders = [];
    e.emailReminders = [];
    return this.changed(e);
  }
  resetRemindersToDefault(): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("resetRemindersToDefault");
    e.popupReminders = null;
    e.emailReminders = [];
    return this.changed(e);
  }
  /** A private extended property; null when the key was never set. */
  getTag(key: string): string {
    return this.call("getTag").tags[key] ?? (null as unknown as string);
  }
  setTag(key: string, value: string): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("setTag");
    e.tags[key] = String(value);
    return this.changed(e);
  }
  deleteTag(key: string): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("deleteTag");
    delete e.tags[key];
    return this.changed(e);
  }
  getAllTagKeys(): string[] {
    return Object.keys(this.call("getAllTagKeys").tags);
  }
  getColor(): string {
    return this.call("getColor").color;
  }
  setColor(color: string): GoogleAppsScript.Calendar.CalendarEvent {
    const e = this.call("setColor");
    e.color = color;
    return this.changed(e);
  }
  deleteEvent(): void {
    const e = this.call("deleteEvent");
    delete calendarState(this.kernel).events[e.id];
  }
}
unbuilt(CalendarEventFake, T, `addGuest addSmsReminder anyoneCanAddSelf getAllDayEndDate getAllDayStartDate getCreators
  getEventSeries getEventType getGuestByEmail getGuestList getMyStatus getSmsReminders getTransparency getVisibility
  guestsCanInviteOthers guestsCanModify guestsCanSeeGuests removeGuest setAllDayDate setAllDayDates setAnyoneCanAddSelf
  setGuestsCanInviteOthers setGuestsCanModify setGuestsCanSeeGuests setMyStatus setTransparency setVisibility`);
