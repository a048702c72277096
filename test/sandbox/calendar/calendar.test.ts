import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Sandbox } from "../../../sandbox/index";

const NOW = new Date("2025-02-10T15:00:00Z");
const at = (iso: string) => new Date(iso);

function setup() {
  const sb = new Sandbox({ now: NOW, clockFollowsRealTime: false });
  return { sb, CalendarApp: sb.globals.CalendarApp as GoogleAppsScript.Calendar.CalendarApp };
}

describe("CalendarApp: the follow-ups calendar", () => {
  test("a calendar that does not exist yet is an empty list; createCalendar makes it; names ignore case", () => {
    const { CalendarApp } = setup();
    expect(CalendarApp.getCalendarsByName("Lead follow-ups")).toEqual([]);
    const cal = CalendarApp.createCalendar("Lead follow-ups");
    expect(CalendarApp.getCalendarsByName("lead FOLLOW-UPS").map((c) => c.getId())).toEqual([cal.getId()]);
    expect(CalendarApp.getCalendarById(cal.getId())!.getName()).toBe("Lead follow-ups");
    expect(CalendarApp.getCalendarById("nope@group.calendar.google.com")).toBeNull();
    expect(CalendarApp.getDefaultCalendar().getId()).toBe("owner@ledger-owner.example");
    expect(cal.isMyPrimaryCalendar()).toBe(false);
  });

  test("an event with a description and a popup reminder; moved with setTime; tagged with the lead id", () => {
    const { CalendarApp } = setup();
    const cal = CalendarApp.createCalendar("Lead follow-ups");
    const ev = cal.createEvent("Call Hannah Lowe", at("2025-02-18T14:00:00Z"), at("2025-02-18T14:30:00Z"), { description: "Row 7 — https://mail.google.com/mail/u/0/#all/abc" });
    expect(ev.getId()).toMatch(/@google\.com$/);
    expect(ev.getPopupReminders()).toEqual([]); // a secondary calendar has no default reminders
    ev.addPopupReminder(60);
    ev.setTag("leadId", "L-7");
    ev.setTime(at("2025-02-19T15:00:00Z"), at("2025-02-19T15:30:00Z"));
    const again = cal.getEventById(ev.getId())!;
    expect(again.getTitle()).toBe("Call Hannah Lowe");
    expect(again.getStartTime()).toEqual(at("2025-02-19T15:00:00Z"));
    expect(again.getPopupReminders()).toEqual([60]);
    expect(again.getTag("leadId")).toBe("L-7");
    expect(again.getTag("other")).toBeNull();
    expect(again.getDescription()).toContain("Row 7");
  });

  test("CalendarApp.getEventById only looks in the default calendar, as Google documents", () => {
    const { CalendarApp } = setup();
    const cal = CalendarApp.createCalendar("Lead follow-ups");
    const ev = cal.createEvent("Call", at("2025-02-18T14:00:00Z"), at("2025-02-18T14:30:00Z"));
    expect(CalendarApp.getEventById(ev.getId())).toBeNull();
    const own = CalendarApp.createEvent("Mine", at("2025-02-18T14:00:00Z"), at("2025-02-18T14:30:00Z"));
    expect(CalendarApp.getEventById(own.getId())!.getTitle()).toBe("Mine");
    expect(own.getPopupReminders()).toEqual([30]); // the primary calendar's default reminder
  });

  test("an end before the start is refused, on create and on setTime", () => {
    const { CalendarApp } = setup();
    const cal = CalendarApp.createCalendar("Lead follow-ups");
    expect(() => cal.createEvent("x", at("2025-02-18T15:00:00Z"), at("2025-02-18T14:00:00Z"))).toThrow("Event start date must be before event end date.");
    const ev = cal.createEvent("x", at("2025-02-18T14:00:00Z"), at("2025-02-18T15:00:00Z"));
    expect(() => ev.setTime(at("2025-02-18T15:00:00Z"), at("2025-02-18T14:00:00Z"))).toThrow("Event start date must be before event end date.");
  });

  test("at most five reminders; removeAllReminders clears them", () => {
    const { CalendarApp } = setup();
    const ev = CalendarApp.createCalendar("F").createEvent("x", at("2025-02-18T14:00:00Z"), at("2025-02-18T15:00:00Z"));
    for (const m of [5, 10, 15, 20, 25]) ev.addPopupReminder(m);
    expect(() => ev.addPopupReminder(30)).toThrow(/at most 5/);
    ev.removeAllReminders();
    expect(ev.getPopupReminders()).toEqual([]);
    expect(() => ev.addPopupReminder(50000)).toThrow(/minutesBefore/);
  });

  test("getEvents returns overlapping events by start time; a deleted event is gone and its object fails", () => {
    const { CalendarApp } = setup();
    const cal = CalendarApp.createCalendar("F");
    const b = cal.createEvent("B", at("2025-02-20T14:00:00Z"), at("2025-02-20T15:00:00Z"));
    cal.createEvent("A", at("2025-02-18T14:00:00Z"), at("2025-02-18T15:00:00Z"));
    cal.createEvent("Later", at("2025-03-18T14:00:00Z"), at("2025-03-18T15:00:00Z"));
    const titles = () => cal.getEvents(at("2025-02-18T14:30:00Z"), at("2025-02-28T00:00:00Z")).map((e) => e.getTitle());
    expect(titles()).toEqual(["A", "B"]);
    expect(cal.getEvents(at("2025-02-01T00:00:00Z"), at("2025-04-01T00:00:00Z"), { search: "later" }).map((e) => e.getTitle())).toEqual(["Later"]);
    b.deleteEvent();
    expect(titles()).toEqual(["A"]);
    expect(() => b.getTitle()).toThrow("The event does not exist or it has been deleted.");
  });

  test("an all-day event spans the day in the calendar's time zone", () => {
    const { CalendarApp } = setup();
    const cal = CalendarApp.createCalendar("F", { timeZone: "America/Toronto" });
    const ev = cal.createAllDayEvent("Trade show", at("2025-02-18T12:00:00Z"));
    expect(ev.isAllDayEvent()).toBe(true);
    expect(ev.getStartTime()).toEqual(at("2025-02-18T05:00:00Z"));
    expect(ev.getEndTime()).toEqual(at("2025-02-19T05:00:00Z"));
  });

  test("calendars and events survive save and load", () => {
    const { sb, CalendarApp } = setup();
    const ev = CalendarApp.createCalendar("Lead follow-ups").createEvent("Call", at("2025-02-18T14:00:00Z"), at("2025-02-18T14:30:00Z"));
    ev.setTag("leadId", "L-1");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "calendar-"));
    sb.save(dir);
    const C2 = Sandbox.load(dir, { clockFollowsRealTime: false }).globals.CalendarApp as GoogleAppsScript.Calendar.CalendarApp;
    const [cal] = C2.getCalendarsByName("Lead follow-ups");
    const back = cal.getEventById(ev.getId())!;
    expect(back.getStartTime()).toEqual(at("2025-02-18T14:00:00Z"));
    expect(back.getTag("leadId")).toBe("L-1");
  });

  test("an unbuilt member fails loudly", () => {
    const { CalendarApp } = setup();
    expect(() => CalendarApp.newRecurrence()).toThrow("CalendarApp.newRecurrence is not implemented in the sandbox");
  });
});
