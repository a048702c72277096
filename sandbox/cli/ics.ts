// WORKSPACE/Lead follow-ups.ics: the reminder calendar as iCalendar (ical-generator), so a person can open the
// follow-ups the product created in any calendar app: times in the calendar's zone, popup and email alarms.
import fs from "node:fs";
import path from "node:path";
import ical, { ICalAlarmType } from "ical-generator";
import type { Sandbox } from "../index";
import { calendarState, type StoredCalendar } from "../calendar/store";
import { accountUser } from "../gmail/store";
import { htmlToPlain } from "../eml";
import { CALENDAR_KEY } from "../../src/jobs/setup";
import { defaultSettings } from "../../src/core/ledger/settings-defaults";

/** The description as plain text, each link kept as "text (url)" (tel: and mailto: included). */
function plainText(html: string): string {
  return htmlToPlain(
    html.replace(/<a\s+href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, text: string) => {
      const url = href.replace(/&amp;/g, "&");
      return `${text} (${url})`;
    }),
  );
}

/** The reminder calendar: the id setup kept in the user's properties, else the one with the default name. */
function reminderCalendar(sb: Sandbox): StoredCalendar | undefined {
  const cals = calendarState(sb.kernel).calendars;
  const props = (sb.kernel.state.properties as { user?: Record<string, Record<string, string>> } | undefined)
    ?.user;
  const id = Object.values(props ?? {}).find((p) => p[CALENDAR_KEY])?.[CALENDAR_KEY];
  const name = defaultSettings(sb.user, "UTC").reminderCalendar.toLowerCase();
  return (id && cals[id]) || Object.values(cals).find((c) => c.name.toLowerCase() === name);
}

/** The calendar's events as iCalendar text (null when there is no reminder calendar yet). */
export function calendarIcs(sb: Sandbox): { name: string; text: string; events: number } | null {
  const cal = reminderCalendar(sb);
  if (!cal) return null;
  const owner = accountUser(sb.kernel);
  const out = ical({
    name: cal.name,
    prodId: { company: "Lead Ledger", product: "sandbox" },
  });
  const events = Object.values(calendarState(sb.kernel).events)
    .filter((e) => e.calendarId === cal.id)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  for (const e of events) {
    const alarms = [
      ...(e.popupReminders ?? []).map((m) => ({
        type: ICalAlarmType.display,
        triggerBefore: m * 60,
        description: e.title,
      })),
      ...e.emailReminders.map((m) => ({
        type: ICalAlarmType.email,
        triggerBefore: m * 60,
        summary: e.title,
        description: plainText(e.description),
        attendees: [{ email: owner }],
      })),
    ];
    out.createEvent({
      id: e.id,
      start: e.start,
      end: e.end,
      allDay: e.allDay,
      summary: e.title,
      description: e.description ? { plain: plainText(e.description), html: e.description } : undefined,
      location: e.location || undefined,
      created: e.created,
      lastModified: e.updated,
      stamp: e.updated,
      alarms,
      x: e.tags.leadId ? [["X-LEAD-LEDGER-LEAD-ID", e.tags.leadId]] : [],
    });
  }
  return { name: cal.name, text: out.toString(), events: events.length };
}

/** Writes `dir/<calendar name>.ics`; returns its path (none without a reminder calendar). */
export function writeCalendarIcs(sb: Sandbox, dir: string): string[] {
  const ics = calendarIcs(sb);
  if (!ics) return [];
  const file = path.join(dir, `${ics.name.replace(/[\\/:*?"<>|]/g, "_")}.ics`);
  fs.writeFileSync(file, ics.text, "utf8");
  return [file];
}
