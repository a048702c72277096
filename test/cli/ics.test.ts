// WORKSPACE/Lead follow-ups.ics: the reminder calendar as iCalendar, read back with a real parser (ical.js).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { writeCalendarIcs } from "../../sandbox/cli/ics";
import { eventOf, followUpSandbox, reconcile } from "../helpers/followup-sandbox";

describe("Lead follow-ups.ics", () => {
  test("one VEVENT per follow-up event: summary, start exact (UTC), 15 minutes, popup and email alarms", () => {
    const sb = followUpSandbox(3);
    reconcile(sb);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-ics-"));
    const [file] = writeCalendarIcs(sb, dir);
    expect(path.basename(file)).toBe("Lead follow-ups.ics");
    const comp = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
    const vevents = comp.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(3);
    const first = new ICAL.Event(vevents[0]);
    const stored = eventOf(sb, "L-0001");
    expect(first.uid).toBe(stored.id);
    expect(first.summary).toBe(stored.title);
    expect(first.startDate.toJSDate().toISOString()).toBe("2026-12-08T14:00:00.000Z");
    expect(fs.readFileSync(file, "utf8")).toMatch(/^DTSTART:20261208T140000Z\r?$/m);
    expect(first.endDate.toJSDate().getTime() - first.startDate.toJSDate().getTime()).toBe(15 * 60_000);
    expect(first.description).toContain("Lead ID: L-0001");
    expect(first.description).toMatch(/416-555-01\d\d \(tel:\d+\)/);
    expect(first.description).toMatch(
      /Open L-0001 in the ledger \(https:\/\/docs\.google\.com\/spreadsheets\/d\/[^#]+#gid=\d+&range=A2\)/,
    );
    const alarms = vevents[0]
      .getAllSubcomponents("valarm")
      .map((a) => [a.getFirstPropertyValue("action"), String(a.getFirstPropertyValue("trigger"))]);
    expect(alarms).toEqual([
      ["DISPLAY", "-PT30M"],
      ["EMAIL", "-PT30M"],
    ]);
    expect(vevents[0].getFirstPropertyValue("x-lead-ledger-lead-id")).toBe("L-0001");
  });
});
