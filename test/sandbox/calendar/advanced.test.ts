// The Calendar advanced service in the sandbox: strict where Google is (reminders, times, quota), one list call
// with private properties and `updated`, and the same calendars and events CalendarApp sees.
import { Sandbox } from "../../../sandbox/index";
import { setCalendarCreateQuota } from "../../../sandbox/calendar/quota";
import { userDeletesEvent, userMovesEvent } from "../../../sandbox/calendar/user";

const NOW = new Date("2026-12-07T14:00:00Z");

function setup() {
  const sb = new Sandbox({ now: NOW, clockFollowsRealTime: false });
  const CalendarApp = sb.globals.CalendarApp as GoogleAppsScript.Calendar.CalendarApp;
  const Events = (sb.globals.Calendar as GoogleAppsScript.Calendar).Events!;
  const cal = CalendarApp.createCalendar("Lead follow-ups");
  return { sb, CalendarApp, Events, id: cal.getId() };
}

const body = (
  over: Partial<GoogleAppsScript.Calendar.Schema.Event> = {},
): GoogleAppsScript.Calendar.Schema.Event => ({
  summary: "Follow up: Ana Ortiz",
  start: { dateTime: "2026-12-10T09:00:00", timeZone: "America/Toronto" },
  end: { dateTime: "2026-12-10T09:15:00", timeZone: "America/Toronto" },
  reminders: {
    useDefault: false,
    overrides: [
      { method: "popup", minutes: 30 },
      { method: "email", minutes: 30 },
    ],
  },
  extendedProperties: { private: { app: "lead-ledger", leadId: "L-0001" } },
  ...over,
});

describe("Calendar advanced service (v3)", () => {
  test("insert, then list by private property: times with the calendar's offset, reminders, properties, updated", () => {
    const { Events, CalendarApp, id } = setup();
    const made = Events.insert(body(), id);
    expect(made.id).toMatch(/^[0-9a-f]{26}$/);
    Events.insert(body({ extendedProperties: { private: { app: "other" } } }), id);
    const page = Events.list(id, {
      privateExtendedProperty: ["app=lead-ledger"],
      timeMin: "2026-12-01T00:00:00Z",
      singleEvents: true,
    });
    expect(page.items).toHaveLength(1);
    expect(page.items![0]).toMatchObject({
      id: made.id,
      summary: "Follow up: Ana Ortiz",
      start: { dateTime: "2026-12-10T09:00:00-05:00" },
      reminders: {
        useDefault: false,
        overrides: [
          { method: "popup", minutes: 30 },
          { method: "email", minutes: 30 },
        ],
      },
      extendedProperties: { private: { app: "lead-ledger", leadId: "L-0001" } },
      updated: NOW.toISOString(),
    });
    // CalendarApp sees the same event, by its iCalUID, with the tag.
    const ev = CalendarApp.getCalendarById(id)!.getEventById(`${made.id}@google.com`)!;
    expect(ev.getTag("leadId")).toBe("L-0001");
    expect(ev.getStartTime().toISOString()).toBe("2026-12-10T14:00:00.000Z");
  });

  test.each<[string, Partial<GoogleAppsScript.Calendar.Schema.Event>, RegExp]>([
    [
      "six reminders",
      {
        reminders: {
          useDefault: false,
          overrides: Array.from({ length: 6 }, () => ({ method: "popup", minutes: 10 })),
        },
      },
      /maximum number of override reminders is 5/,
    ],
    [
      "an email reminder 2 minutes before",
      { reminders: { useDefault: false, overrides: [{ method: "email", minutes: 2 }] } },
      /reminders\.overrides\.minutes/,
    ],
    [
      "a reminder beyond four weeks",
      { reminders: { useDefault: false, overrides: [{ method: "popup", minutes: 40321 }] } },
      /reminders\.overrides\.minutes/,
    ],
    [
      "default reminders and overrides together",
      { reminders: { useDefault: true, overrides: [{ method: "popup", minutes: 10 }] } },
      /both default reminders and overrides/,
    ],
    [
      "an end before the start",
      { end: { dateTime: "2026-12-10T08:00:00", timeZone: "America/Toronto" } },
      /time range is empty/,
    ],
    [
      "a local time without a zone",
      { start: { dateTime: "2026-12-10T09:00:00" } },
      /Missing time zone definition for start time/,
    ],
    ["no end", { end: undefined }, /Missing end time/],
  ])("refused as Google refuses: %s", (_why, over, message) => {
    const { Events, id } = setup();
    expect(() => Events.insert(body(over), id)).toThrow(
      /^API call to calendar\.events\.insert failed with error: /,
    );
    expect(() => Events.insert(body(over), id)).toThrow(message);
  });

  test("the daily limit of events created: the API's error, CalendarApp's own, a new day resets it", () => {
    const { sb, Events, CalendarApp, id } = setup();
    setCalendarCreateQuota(sb.kernel, 2);
    Events.insert(body(), id);
    Events.insert(body(), id);
    expect(() => Events.insert(body(), id)).toThrow(
      "API call to calendar.events.insert failed with error: Calendar usage limits exceeded.",
    );
    expect(() => CalendarApp.getCalendarById(id)!.createEvent("x", NOW, NOW)).toThrow(
      "Service invoked too many times for one day: calendar.",
    );
    sb.kernel.advance(24 * 3600_000);
    expect(Events.insert(body(), id).id).toBeTruthy();
  });

  test("patch merges, moves, bumps updated; remove; then the event is gone (and deleting twice says so)", () => {
    const { sb, Events, id } = setup();
    const made = Events.insert(body(), id);
    sb.kernel.advance(60_000);
    const moved = Events.patch(
      {
        start: { dateTime: "2026-12-11T14:00:00.000Z" },
        end: { dateTime: "2026-12-11T14:15:00.000Z" },
        extendedProperties: { private: { ledgerDate: "2026-12-11" } },
      },
      id,
      made.id!,
    );
    expect(moved.start!.dateTime).toBe("2026-12-11T09:00:00-05:00");
    expect(moved.summary).toBe("Follow up: Ana Ortiz");
    expect(moved.extendedProperties!.private).toEqual({
      app: "lead-ledger",
      leadId: "L-0001",
      ledgerDate: "2026-12-11",
    });
    expect(moved.updated).toBe(new Date(NOW.getTime() + 60_000).toISOString());
    Events.remove(id, made.id!);
    expect(Events.list(id, {}).items).toEqual([]);
    expect(() => Events.remove(id, made.id!)).toThrow("Resource has been deleted");
    expect(() => Events.get(id, "nope")).toThrow("Not Found");
  });

  test("list pages by maxResults with nextPageToken; an unknown calendar is Not Found; unbuilt options are loud", () => {
    const { Events, id } = setup();
    for (let i = 0; i < 5; i++) Events.insert(body(), id);
    const first = Events.list(id, { maxResults: 2 });
    expect(first.items).toHaveLength(2);
    const second = Events.list(id, { maxResults: 2, pageToken: first.nextPageToken });
    const third = Events.list(id, { maxResults: 2, pageToken: second.nextPageToken });
    expect([...first.items!, ...second.items!, ...third.items!].map((e) => e.id)).toHaveLength(5);
    expect(third.nextPageToken).toBeUndefined();
    expect(() => Events.list("gone@group.calendar.google.com", {})).toThrow(
      "API call to calendar.events.list failed with error: Not Found",
    );
    expect(() => Events.list(id, { q: "Ana" })).toThrow("is not implemented in the sandbox");
    expect(() => (Events as unknown as { quickAdd: () => void }).quickAdd()).toThrow(
      "Calendar.Events.quickAdd is not implemented in the sandbox",
    );
  });

  test("the user's own actions: a deleted event is gone for the API, a moved one has a new start and updated time", () => {
    const { sb, Events, id } = setup();
    const a = Events.insert(body(), id);
    const b = Events.insert(body(), id);
    sb.kernel.advance(5 * 60_000);
    userDeletesEvent(sb, a.id!);
    userMovesEvent(sb, b.id!, new Date("2026-12-12T15:00:00Z"));
    const items = Events.list(id, {}).items!;
    expect(items.map((e) => e.id)).toEqual([b.id]);
    expect(items[0].start!.dateTime).toBe("2026-12-12T10:00:00-05:00");
    expect(items[0].end!.dateTime).toBe("2026-12-12T10:15:00-05:00");
    expect(items[0].updated).toBe(new Date(NOW.getTime() + 5 * 60_000).toISOString());
    expect(() => Events.get(id, a.id!)).toThrow("Resource has been deleted");
  });
});
