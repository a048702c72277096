// Follow-up events through the sandbox: one event per open follow-up, following the ledger both ways.
import { userDeletesEvent, userMovesEvent } from "../../sandbox/calendar/user";
import { setCalendarCreateQuota } from "../../sandbox/calendar/quota";
import { apiId } from "../../sandbox/calendar/advanced";
import { execution, runCaptureUntilDone } from "../../sandbox/cli/run-jobs";
import { FOLLOW_UPS_JOB, reconcileFollowUps } from "../../src/jobs/followups";
import type { FollowUpReport } from "../../src/jobs/followups-run";
import { deliverInquiries } from "../helpers/ledger-sandbox";
import {
  activity,
  eventOf,
  events,
  followUpSandbox,
  leadRow,
  reconcile,
  typeInto,
} from "../helpers/followup-sandbox";

const at = (iso: string) => new Date(iso).getTime();

describe("follow-up events", () => {
  test("created: one event per follow-up at the Reminder time, 15 minutes, popup and email reminders, row linked", () => {
    const sb = followUpSandbox(3);
    const report = reconcile(sb);
    expect(report.created).toHaveLength(3);
    const e = eventOf(sb, "L-0001");
    const row = leadRow(sb, "L-0001");
    expect(e.title).toBe(`Follow up: ${row.Name} (${row.Company})`);
    expect(e.start.getTime()).toBe(at("2026-12-08T14:00:00Z")); // 09:00 in Toronto
    expect(e.end.getTime() - e.start.getTime()).toBe(15 * 60_000);
    expect(e.popupReminders).toEqual([30]);
    expect(e.emailReminders).toEqual([30]);
    expect(e.tags).toMatchObject({ leadId: "L-0001", ledgerDate: "2026-12-08" });
    expect(e.description).toContain(`href="tel:${String(row.Phone).replace(/[^+\d]/g, "")}"`);
    expect(e.description).toContain(`href="mailto:${row.Email}"`);
    expect(e.description).toContain("Lead ID: L-0001");
    expect(e.description).toMatch(
      /href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"]+#gid=\d+&amp;range=A2"/,
    );
    expect(e.description).toContain('href="https://mail.google.com/mail/u/0/#all/1000"');
    expect(e.description).toContain("Note: 2026-12-01: captured from email");
    expect(row["Calendar event ID"]).toBe(apiId(e.id));
    expect(activity(sb).filter((a) => a.Event === "reminder set")).toHaveLength(3);
  });

  test("a second pass with nothing changed makes no Calendar write and logs nothing", () => {
    const sb = followUpSandbox(5);
    reconcile(sb);
    const logged = activity(sb).length;
    sb.kernel.resetCounts();
    reconcile(sb);
    expect(sb.kernel.calls["Calendar.Events.list"]).toBe(1);
    expect(sb.kernel.countOf("Calendar") - sb.kernel.calls["Calendar.Events.list"]).toBe(0);
    expect(activity(sb)).toHaveLength(logged);
  });

  test("moved: a new Next follow-up date moves the event at once (on-edit), logged", () => {
    const sb = followUpSandbox(2);
    reconcile(sb);
    const id = eventOf(sb, "L-0002").id;
    typeInto(sb, "L-0002", "Next follow-up", "2026-12-15");
    const e = eventOf(sb, "L-0002");
    expect(e.id).toBe(id);
    expect(e.start.getTime()).toBe(at("2026-12-15T14:00:00Z"));
    expect(
      activity(sb)
        .filter((a) => a.Event === "reminder moved")
        .map((a) => a.Details),
    ).toEqual(["Follow-up event 2026-12-09 09:00 → 2026-12-15 09:00"]);
  });

  test("updated: a changed name, company or phone rewrites the event's title and description", () => {
    const sb = followUpSandbox(1);
    reconcile(sb);
    typeInto(sb, "L-0001", "Company", "Fairbanks & Pine");
    typeInto(sb, "L-0001", "Phone", "'+1 416-555-0199");
    const e = eventOf(sb, "L-0001");
    expect(e.title).toMatch(/\(Fairbanks & Pine\)$/);
    expect(e.description).toContain('href="tel:+14165550199"');
    expect(activity(sb).filter((a) => a.Event === "reminder updated")).toHaveLength(2);
  });

  test("removed: a cleared date removes the event and empties the id cell", () => {
    const sb = followUpSandbox(2);
    reconcile(sb);
    typeInto(sb, "L-0001", "Next follow-up", "");
    expect(events(sb).map((e) => e.tags.leadId)).toEqual(["L-0002"]);
    expect(leadRow(sb, "L-0001")["Calendar event ID"]).toBe("");
    expect(activity(sb).find((a) => a.Event === "reminder removed")?.Details).toMatch(/no follow-up date/);
  });

  test("Won: the event goes", () => {
    const sb = followUpSandbox(2);
    reconcile(sb);
    typeInto(sb, "L-0002", "Stage", "Won");
    expect(events(sb).map((e) => e.tags.leadId)).toEqual(["L-0001"]);
  });

  test.each([
    ["a follow-up after the loss is kept (call back after budget season)", "2027-03-01", 1],
    ["a follow-up on or before the day of the loss is removed", "2026-12-07", 0],
  ])("Lost: %s", (_why, followUp, kept) => {
    const sb = followUpSandbox([{ followUp }]);
    reconcile(sb);
    expect(events(sb)).toHaveLength(1);
    typeInto(sb, "L-0001", "Stage", "Lost"); // the on-edit trigger dates it today: Lost on 2026-12-07
    expect(leadRow(sb, "L-0001")["Lost on"]).toBe("2026-12-07");
    expect(events(sb)).toHaveLength(kept);
  });

  test("a row deleted from Leads has its event removed by the next full pass", () => {
    const sb = followUpSandbox(3);
    reconcile(sb);
    execution(sb, () => SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Leads")!.deleteRow(3));
    reconcile(sb);
    expect(
      events(sb)
        .map((e) => e.tags.leadId)
        .sort(),
    ).toEqual(["L-0001", "L-0003"]);
    expect(activity(sb).find((a) => a.Event === "reminder removed")?.Details).toMatch(/row is gone/);
  });

  test("the user deletes the event in Calendar: re-created once, logged, the row re-linked", () => {
    const sb = followUpSandbox(2);
    reconcile(sb);
    userDeletesEvent(sb, eventOf(sb, "L-0001").id);
    reconcile(sb);
    const again = eventOf(sb, "L-0001");
    expect(leadRow(sb, "L-0001")["Calendar event ID"]).toBe(apiId(again.id));
    expect(activity(sb).filter((a) => a.Event === "reminder re-created")).toHaveLength(1);
    reconcile(sb);
    expect(events(sb)).toHaveLength(2);
    expect(activity(sb).filter((a) => a.Event === "reminder re-created")).toHaveLength(1);
  });

  test("the user moves the event in Calendar: the row's Next follow-up follows (newest change wins), logged", () => {
    const sb = followUpSandbox(2);
    reconcile(sb);
    sb.kernel.advance(60_000);
    userMovesEvent(sb, eventOf(sb, "L-0001").id, new Date("2026-12-11T19:30:00Z")); // Friday 14:30
    reconcile(sb);
    expect(leadRow(sb, "L-0001")["Next follow-up"]).toBe("2026-12-11");
    const e = eventOf(sb, "L-0001");
    expect(e.start.getTime()).toBe(at("2026-12-11T19:30:00Z")); // the user's time of day stays
    expect(activity(sb).find((a) => a.Event === "follow-up moved in Calendar")?.Details).toBe(
      "Next follow-up 2026-12-08 → 2026-12-11 (the event was moved in Calendar)",
    );
    sb.kernel.resetCounts();
    reconcile(sb);
    expect(sb.kernel.countOf("Calendar")).toBe(1); // settled: nothing to write
  });

  test("both changed: a sheet edit made after the Calendar move wins", () => {
    const sb = followUpSandbox(1);
    reconcile(sb);
    sb.kernel.advance(60_000);
    userMovesEvent(sb, eventOf(sb, "L-0001").id, new Date("2026-12-10T14:00:00Z"));
    sb.kernel.advance(60_000);
    typeInto(sb, "L-0001", "Next follow-up", "2026-12-14");
    expect(eventOf(sb, "L-0001").start.getTime()).toBe(at("2026-12-14T14:00:00Z"));
    expect(leadRow(sb, "L-0001")["Next follow-up"]).toBe("2026-12-14");
  });

  test.each([
    ["overwritten with text", "oops"],
    ["cleared", ""],
  ])("the id cell %s by the user: the event is re-linked by its Lead ID, not re-created", (_why, value) => {
    const sb = followUpSandbox(2);
    reconcile(sb);
    const id = eventOf(sb, "L-0002").id;
    typeInto(sb, "L-0002", "Calendar event ID", value);
    reconcile(sb);
    expect(events(sb)).toHaveLength(2);
    expect(leadRow(sb, "L-0002")["Calendar event ID"]).toBe(apiId(id));
  });

  test("a second run while another holds the ledger lock writes nothing; the next pass does the work", () => {
    const sb = followUpSandbox(3);
    sb.script.holdLock({ lock: `document:${sb.sheets.activeId()}` });
    const busy = execution(sb, () => reconcileFollowUps({ now: () => sb.kernel.now(), lockWaitMs: 1000 }));
    expect(busy).toEqual({ skipped: "busy" });
    expect(events(sb)).toHaveLength(0);
    sb.script.releaseHeldLock(`document:${sb.sheets.activeId()}`);
    reconcile(sb);
    expect(events(sb)).toHaveLength(3);
  });

  test("the daily limit of events created stops the pass cleanly, logged; the rest are created the next day", () => {
    const sb = followUpSandbox(10);
    setCalendarCreateQuota(sb.kernel, 5000, 4996);
    const first = reconcile(sb);
    expect(first.created).toHaveLength(4);
    expect(first).toMatchObject({ stopped: "quota", waiting: 6 });
    expect(activity(sb).filter((a) => a.Event === "calendar limit reached")).toHaveLength(1);
    sb.kernel.resetCounts();
    reconcile(sb); // same day: no create is tried again
    expect(sb.kernel.calls["Calendar.Events.insert"] ?? 0).toBe(0);
    sb.kernel.advance(24 * 3600_000);
    expect(reconcile(sb).created).toHaveLength(6);
    expect(new Set(events(sb).map((e) => e.tags.leadId)).size).toBe(10);
    expect(events(sb)).toHaveLength(10);
  });

  test("the calendar is kept by id; deleted, it is found again by name (or made) and the events re-created", () => {
    const sb = followUpSandbox(2);
    reconcile(sb);
    execution(sb, () => CalendarApp.getCalendarsByName("Lead follow-ups")[0].deleteCalendar());
    reconcile(sb);
    expect(events(sb)).toHaveLength(2);
    expect(leadRow(sb, "L-0001")["Calendar event ID"]).toBe(apiId(eventOf(sb, "L-0001").id));
  });
});

describe("follow-up events in the timer and the capture", () => {
  test("the timer's job: the full pass once an hour, one property read when not due", () => {
    const sb = followUpSandbox(3);
    const run = () =>
      execution(sb, () => FOLLOW_UPS_JOB.run({ now: () => sb.kernel.now(), msLeft: () => 300_000 }));
    run();
    expect(events(sb)).toHaveLength(3);
    sb.kernel.advance(10 * 60_000);
    sb.kernel.resetCounts();
    expect(run()).toEqual({ skipped: "not due" });
    expect(sb.kernel.calls).toEqual({
      "PropertiesService.getUserProperties": 1,
      "PropertiesService.Properties.getProperties": 1,
    });
    sb.kernel.advance(50 * 60_000);
    sb.kernel.resetCounts();
    run();
    expect(sb.kernel.calls["Calendar.Events.list"]).toBe(1);
  });

  test("out of time, a pass stops cleanly; the next pass continues at once, and each lead ends with one event", () => {
    const sb = followUpSandbox(60);
    sb.kernel.latency = (m) => (m.startsWith("Calendar.") ? 10_000 : 10);
    const run = () =>
      execution(sb, () =>
        FOLLOW_UPS_JOB.run({
          now: () => sb.kernel.now(),
          msLeft: (
            (t0) => () =>
              300_000 - (sb.kernel.now().getTime() - t0)
          )(sb.kernel.now().getTime()),
        }),
      ) as FollowUpReport;
    const first = run();
    expect(first.stopped).toBe("time");
    expect(first.created.length).toBeGreaterThan(10);
    expect(first.created.length).toBeLessThan(60);
    let created = first.created.length;
    for (let pass = 2; pass <= 3; pass++) {
      sb.kernel.advance(10 * 60_000); // the next timer pass, well within the hour: due because work was left
      created += run().created.length;
    }
    expect(created).toBe(60);
    expect(new Set(events(sb).map((e) => e.tags.leadId)).size).toBe(60);
    expect(events(sb)).toHaveLength(60);
  });

  test("capture creates the events of the leads it captured, in the same run", () => {
    const sb = followUpSandbox(0);
    deliverInquiries(sb, [1, 2]);
    sb.kernel.resetCounts();
    const runs = runCaptureUntilDone(sb, { now: () => sb.kernel.now() });
    expect(runs.outcomes.map((o) => o.kind)).toEqual(["captured", "captured"]);
    expect(
      events(sb)
        .map((e) => e.tags.leadId)
        .sort(),
    ).toEqual(["L-0001", "L-0002"]);
    expect(runs.last.followUps).toMatchObject({
      created: [{ leadId: expect.any(String) }, { leadId: expect.any(String) }],
    });
    expect(sb.kernel.calls["Calendar.Events.list"]).toBe(1);
  });
});

test("capture's follow-up events failing (Calendar down) never fail the capture; the next timer pass makes them at once", () => {
  const sb = followUpSandbox(0);
  reconcile(sb); // a full pass just ran: the next one is not due for an hour
  deliverInquiries(sb, [1, 2]);
  sb.kernel.injectFault({ method: "Calendar.Events.list", nth: 1, message: "Service unavailable: Calendar" });
  const runs = runCaptureUntilDone(sb, { now: () => sb.kernel.now() });
  expect(runs.outcomes.map((o) => o.kind)).toEqual(["captured", "captured"]);
  expect(runs.last.followUps).toEqual({ error: "Service unavailable: Calendar" });
  expect(events(sb)).toHaveLength(0);
  sb.kernel.advance(10 * 60_000); // well within the hour of the last full pass
  execution(sb, () => FOLLOW_UPS_JOB.run({ now: () => sb.kernel.now(), msLeft: () => 300_000 }));
  expect(events(sb)).toHaveLength(2);
});

test("after a sort, each event's link to its row is fixed a few a pass (never a thousand writes at once)", () => {
  const sb = followUpSandbox(30);
  reconcile(sb);
  const [head] = sb.sheets.read("Leads");
  sb.sheets.sortByColumn("Leads", head.indexOf("Name") + 1, false);
  const writes = () => {
    sb.kernel.resetCounts();
    reconcile(sb);
    return sb.kernel.countOf("Calendar") - 1;
  };
  expect([writes(), writes(), writes()]).toEqual([20, 10, 0]);
  const [h, ...rows] = sb.sheets.read("Leads");
  rows.forEach((row, i) => {
    const e = eventOf(sb, String(row[h.indexOf("Lead ID")]));
    expect(e.description).toContain(`range=A${i + 2}"`);
  });
});
