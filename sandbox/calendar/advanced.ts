// The Calendar advanced service (Calendar API v3 as Apps Script exposes it): Events.list/get/insert/patch/
// remove over the same calendars CalendarApp sees, strictly (reminder limits, time ranges, the daily limit of
// events created), with Google's error form "API call to calendar.events.x failed with error: …".
import type { Kernel } from "../kernel";
import { notImplemented } from "../kernel";
import { apiError } from "../api-error";
import { strictObject } from "../strict-object";
import { fromWallClock, zoneOffsetMinutes } from "../util/zone";
import { calendarState, MAX_REMINDER_MINUTES, MAX_REMINDERS, newEventId, type StoredEvent } from "./store";
import { useEventCreation } from "./quota";
import { eventTombstones } from "./user";

type Schema = GoogleAppsScript.Calendar.Schema.Event;
type DateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

/** The API's id is the iCalUID without "@google.com" (CalendarApp's getId gives the iCalUID). */
export const apiId = (iCalId: string): string => iCalId.replace(/@google\.com$/, "");
const iCalId = (id: string): string => (id.includes("@") ? id : `${id}@google.com`);

const MAX_PAGE = 2500;
const DEFAULT_PAGE = 250;
/** Google's limits on reminder minutes: 0–40320 (four weeks); the sandbox holds email reminders to 5 at least. */
const EMAIL_MIN_MINUTES = 5;

/** RFC 3339 with the zone's offset, as the API returns event times ("2026-12-10T09:00:00-05:00"). */
export function rfc3339(d: Date, tz: string): string {
  const off = zoneOffsetMinutes(d, tz);
  const local = new Date(d.getTime() + off * 60000).toISOString().slice(0, 19);
  const sign = off < 0 ? "-" : "+";
  const a = Math.abs(off);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}

export function createCalendarAdvanced(kernel: Kernel): GoogleAppsScript.Calendar {
  const fail = (method: string, message: string): never => {
    throw apiError(`calendar.events.${method}`, message);
  };
  const calendar = (method: string, calendarId: string) => {
    const cals = calendarState(kernel).calendars;
    const c = calendarId === "primary" ? Object.values(cals).find((x) => x.primary) : cals[calendarId];
    if (!c) fail(method, "Not Found");
    return c!;
  };
  const findEvent = (method: string, calendarId: string, eventId: string): StoredEvent => {
    const c = calendar(method, calendarId);
    const e = calendarState(kernel).events[iCalId(eventId)];
    if (e && e.calendarId === c.id) return e;
    if (eventTombstones(kernel)[iCalId(eventId)] === c.id) fail(method, "Resource has been deleted");
    return fail(method, "Not Found");
  };

  const parseTime = (
    method: string,
    which: "start" | "end",
    t: DateTime | undefined,
    tz: string,
  ): { at: Date; allDay: boolean } => {
    if (!t || (!t.dateTime && !t.date))
      return fail(method, which === "end" ? "Missing end time." : "Missing start time.");
    if (t.date) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.date);
      if (!m) return fail(method, `Invalid value for: Invalid format: "${t.date}"`);
      return { at: fromWallClock(t.timeZone ?? tz, +m[1], +m[2], +m[3]), allDay: true };
    }
    const text = String(t.dateTime);
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
      text,
    );
    if (!m) return fail(method, `Invalid value for: Invalid format: "${text}"`);
    if (m[7]) return { at: new Date(text), allDay: false };
    if (!t.timeZone) return fail(method, `Missing time zone definition for ${which} time.`);
    return { at: fromWallClock(t.timeZone, +m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0)), allDay: false };
  };

  const applyReminders = (method: string, e: StoredEvent, r: Schema["reminders"]): void => {
    if (!r) return;
    const overrides = r.overrides ?? [];
    if (r.useDefault && overrides.length)
      fail(method, "Cannot specify both default reminders and overrides at the same time.");
    if (overrides.length > MAX_REMINDERS)
      fail(method, `The maximum number of override reminders is ${MAX_REMINDERS}.`);
    for (const o of overrides) {
      const min = o.method === "email" ? EMAIL_MIN_MINUTES : 0;
      if (o.method !== "email" && o.method !== "popup")
        fail(method, "Invalid value for: reminders.overrides.method");
      if (
        typeof o.minutes !== "number" ||
        !Number.isInteger(o.minutes) ||
        o.minutes < min ||
        o.minutes > MAX_REMINDER_MINUTES
      )
        fail(method, `Invalid value for: reminders.overrides.minutes (${o.method} ${o.minutes})`);
    }
    e.popupReminders = r.useDefault
      ? null
      : overrides.filter((o) => o.method === "popup").map((o) => o.minutes!);
    e.emailReminders = r.useDefault
      ? []
      : overrides.filter((o) => o.method === "email").map((o) => o.minutes!);
  };

  const applyFields = (method: string, e: StoredEvent, r: Schema, tz: string, creating: boolean): void => {
    if (r.extendedProperties?.shared) notImplemented("Calendar.Events: extendedProperties.shared");
    if (r.recurrence) notImplemented("Calendar.Events: recurrence");
    if (r.attendees) notImplemented("Calendar.Events: attendees");
    if (r.summary !== undefined) e.title = String(r.summary ?? "");
    if (r.description !== undefined) e.description = String(r.description ?? "");
    if (r.location !== undefined) e.location = String(r.location ?? "");
    if (creating || r.start || r.end) {
      const start = parseTime(
        method,
        "start",
        r.start ?? (creating ? undefined : dateTimeOf(e, "start", tz)),
        tz,
      );
      const end = parseTime(method, "end", r.end ?? (creating ? undefined : dateTimeOf(e, "end", tz)), tz);
      if (start.allDay !== end.allDay)
        fail(method, "Start and end times must either both be date or both be dateTime.");
      if (end.at.getTime() < start.at.getTime() || (start.allDay && end.at.getTime() === start.at.getTime()))
        fail(method, "The specified time range is empty.");
      e.start = start.at;
      e.end = end.at;
      e.allDay = start.allDay;
    }
    applyReminders(method, e, r.reminders);
    const priv = r.extendedProperties?.private;
    if (priv)
      for (const [k, v] of Object.entries(priv)) {
        if (v === null || v === undefined) delete e.tags[k];
        else e.tags[k] = String(v);
      }
  };

  const dateTimeOf = (e: StoredEvent, which: "start" | "end", tz: string): DateTime => {
    const at = which === "start" ? e.start : e.end;
    if (e.allDay) return { date: rfc3339(at, tz).slice(0, 10) };
    return { dateTime: rfc3339(at, tz), timeZone: tz };
  };

  const resource = (e: StoredEvent): Schema => {
    const tz = calendarState(kernel).calendars[e.calendarId].timeZone;
    const overrides = [
      ...(e.popupReminders ?? []).map((minutes) => ({ method: "popup", minutes })),
      ...e.emailReminders.map((minutes) => ({ method: "email", minutes })),
    ];
    const out: Schema = {
      kind: "calendar#event",
      etag: `"${e.updated.getTime()}"`,
      id: apiId(e.id),
      iCalUID: e.id,
      status: "confirmed",
      htmlLink: `https://www.google.com/calendar/event?eid=${apiId(e.id)}`,
      created: e.created.toISOString(),
      updated: e.updated.toISOString(),
      summary: e.title,
      description: e.description || undefined,
      location: e.location || undefined,
      start: dateTimeOf(e, "start", tz),
      end: dateTimeOf(e, "end", tz),
      reminders:
        e.popupReminders === null && !e.emailReminders.length
          ? { useDefault: true }
          : { useDefault: false, overrides },
    };
    if (Object.keys(e.tags).length) out.extendedProperties = { private: { ...e.tags } };
    return out;
  };

  const Events = strictObject("Calendar.Events", {
    list(calendarId: string, args: Record<string, unknown> = {}) {
      kernel.call("Calendar.Events.list");
      const c = calendar("list", calendarId);
      for (const k of Object.keys(args))
        if (
          ![
            "timeMin",
            "timeMax",
            "privateExtendedProperty",
            "singleEvents",
            "maxResults",
            "pageToken",
            "orderBy",
            "fields",
          ].includes(k)
        )
          notImplemented(`Calendar.Events.list option ${k}`);
      if (args.orderBy === "startTime" && !args.singleEvents)
        fail("list", "The requested ordering is not available for the particular query.");
      const min = args.timeMin ? Date.parse(String(args.timeMin)) : -Infinity;
      const max = args.timeMax ? Date.parse(String(args.timeMax)) : Infinity;
      if (Number.isNaN(min) || Number.isNaN(max)) fail("list", "Bad Request");
      const props = ([] as unknown[]).concat(args.privateExtendedProperty ?? []).map((p) => {
        const [k, ...v] = String(p).split("=");
        if (!v.length) fail("list", "Bad Request");
        return [k, v.join("=")] as const;
      });
      const page = Math.min(Math.max(1, Number(args.maxResults ?? DEFAULT_PAGE)), MAX_PAGE);
      const offset = args.pageToken ? Number(Buffer.from(String(args.pageToken), "base64url").toString()) : 0;
      if (!Number.isInteger(offset) || offset < 0) fail("list", "Invalid page token value.");
      const all = Object.values(calendarState(kernel).events)
        .filter((e) => e.calendarId === c.id && e.end.getTime() > min && e.start.getTime() < max)
        .filter((e) => props.every(([k, v]) => e.tags[k] === v))
        .sort(
          (a, b) =>
            (args.orderBy === "startTime" ? a.start.getTime() - b.start.getTime() : 0) ||
            a.id.localeCompare(b.id),
        );
      const items = all.slice(offset, offset + page).map(resource);
      const more = offset + page < all.length;
      return {
        kind: "calendar#events",
        summary: c.name,
        timeZone: c.timeZone,
        items,
        ...(more ? { nextPageToken: Buffer.from(String(offset + page)).toString("base64url") } : {}),
      };
    },
    get(calendarId: string, eventId: string) {
      kernel.call("Calendar.Events.get");
      return resource(findEvent("get", calendarId, eventId));
    },
    insert(body: Schema, calendarId: string, args?: Record<string, unknown>) {
      kernel.call("Calendar.Events.insert");
      if (args && Object.keys(args).length)
        notImplemented(`Calendar.Events.insert options ${Object.keys(args).join(", ")}`);
      const c = calendar("insert", calendarId);
      if (body.id) notImplemented("Calendar.Events.insert with a client-chosen id");
      const state = calendarState(kernel);
      const now = kernel.now();
      const e: StoredEvent = {
        id: "",
        calendarId: c.id,
        title: "",
        description: "",
        location: "",
        start: now,
        end: now,
        allDay: false,
        popupReminders: null,
        emailReminders: [],
        tags: {},
        guests: [],
        color: "",
        created: now,
        updated: now,
      };
      applyFields("insert", e, body, c.timeZone, true);
      useEventCreation(kernel, "api");
      e.id = newEventId(kernel, state);
      state.events[e.id] = e;
      return resource(e);
    },
    patch(body: Schema, calendarId: string, eventId: string) {
      kernel.call("Calendar.Events.patch");
      const e = findEvent("patch", calendarId, eventId);
      const draft: StoredEvent = { ...e, tags: { ...e.tags }, emailReminders: [...e.emailReminders] };
      applyFields("patch", draft, body, calendarState(kernel).calendars[e.calendarId].timeZone, false);
      Object.assign(e, draft, { updated: kernel.now() });
      return resource(e);
    },
    remove(calendarId: string, eventId: string) {
      kernel.call("Calendar.Events.remove");
      const e = findEvent("delete", calendarId, eventId);
      delete calendarState(kernel).events[e.id];
      eventTombstones(kernel)[e.id] = e.calendarId;
    },
  });
  return strictObject("Calendar", { Events }) as unknown as GoogleAppsScript.Calendar;
}
