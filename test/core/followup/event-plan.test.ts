// Which event a lead should have, and what it says: the rules, with why each case exists.
import {
  desiredEvent,
  eventTitle,
  followUpDateFor,
  type EventContext,
} from "../../../src/core/followup/event-plan";
import { instantInZone, parseTimeOfDay } from "../../../src/core/followup/time";
import type { LeadRecord } from "../../../src/core/ledger/record";

const TZ = "America/Toronto";
const CTX: EventContext = {
  timeZone: TZ,
  reminderTime: "09:00",
  reminderMinutes: 30,
  ledgerUrl: "https://docs.google.com/spreadsheets/d/abc/edit",
  leadsSheetId: 7,
};

test.each<[string, LeadRecord, string]>([
  [
    "an open lead with a date has an event on it",
    { stage: "Contacted", nextFollowUp: "2026-12-10" },
    "2026-12-10",
  ],
  ["a blank Stage is New (a row the user typed)", { stage: "", nextFollowUp: "2026-12-10" }, "2026-12-10"],
  [
    "a date cell (a Date at midnight in the ledger's zone) is read in that zone",
    { stage: "New", nextFollowUp: new Date("2026-12-10T05:00:00Z") },
    "2026-12-10",
  ],
  ["no date: no event", { stage: "New", nextFollowUp: "" }, ""],
  ["Won: no event", { stage: "Won", nextFollowUp: "2026-12-10" }, ""],
  [
    "Lost with a later follow-up (call back after budget season): kept",
    { stage: "Lost", lostOn: "2026-12-01", nextFollowUp: "2027-03-01" },
    "2027-03-01",
  ],
  [
    "Lost on the follow-up's day: done with",
    { stage: "Lost", lostOn: "2026-12-10", nextFollowUp: "2026-12-10" },
    "",
  ],
  [
    "Lost without a Lost on date: nothing says the follow-up is after it",
    { stage: "Lost", nextFollowUp: "2027-03-01" },
    "",
  ],
])("%s", (_why, rec, ymd) => {
  expect(followUpDateFor(rec, TZ).ymd).toBe(ymd);
});

test.each<[string, LeadRecord, string]>([
  ["name and company", { name: "Ana Ortiz", company: "Ortiz Bakery" }, "Follow up: Ana Ortiz (Ortiz Bakery)"],
  ["a name only", { name: "Ana Ortiz" }, "Follow up: Ana Ortiz"],
  ["a company only", { company: "Ortiz Bakery" }, "Follow up: Ortiz Bakery"],
  ["neither: the Lead ID", { leadId: "L-0009" }, "Follow up: L-0009"],
])("title with %s", (_why, rec, title) => {
  expect(eventTitle(rec)).toBe(title);
});

test("the description: tel: and mailto: links, the last note line, the Lead ID, the row link and the origin", () => {
  const d = desiredEvent(
    {
      leadId: "L-0003",
      name: "Ana <Ortiz>",
      phone: "+1 416-555-0142",
      email: "ana@ortiz.example",
      notes: "first\n\nsecond line  ",
      origin: "https://mail.google.com/mail/u/0/#all/abc",
      nextFollowUp: "2026-12-10",
    },
    4,
    CTX,
  )!;
  expect(d.description.split("<br>")).toEqual([
    'Phone: <a href="tel:+14165550142">+1 416-555-0142</a>',
    'Email: <a href="mailto:ana@ortiz.example">ana@ortiz.example</a>',
    "Note: second line",
    "Lead ID: L-0003",
    '<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=7&amp;range=A4">Open L-0003 in the ledger</a>',
    '<a href="https://mail.google.com/mail/u/0/#all/abc">Open the original email</a>',
  ]);
  expect(d.summary).toBe("Follow up: Ana <Ortiz>"); // a title is plain text: not escaped
});

test.each<[string, number, number, number]>([
  ["the default", 30, 30, 30],
  ["0 minutes: a popup at the time, an email 5 minutes before (Google's least)", 0, 0, 5],
  ["more than four weeks: both at four weeks", 50000, 40320, 40320],
])("reminder minutes: %s", (_why, minutes, popup, email) => {
  const d = desiredEvent({ leadId: "L-0001", nextFollowUp: "2026-12-10" }, 2, {
    ...CTX,
    reminderMinutes: minutes,
  })!;
  expect([d.popupMinutes, d.emailMinutes]).toEqual([popup, email]);
});

test.each([
  ["09:00", "09:00"],
  ["9:30", "09:30"],
  ["2:30 PM", "14:30"],
  ["9am", "09:00"],
  ["12 am", "00:00"],
  ["14h15", "14:15"],
  ["soon", "09:00"],
  ["25:00", "09:00"],
])("Reminder time %p reads as %p", (text, hhmm) => {
  expect(parseTimeOfDay(text)).toBe(hhmm);
});

test("09:00 in Toronto is 14:00 UTC in winter and 13:00 UTC in summer (DST)", () => {
  expect(instantInZone("2026-12-10", "09:00", TZ).toISOString()).toBe("2026-12-10T14:00:00.000Z");
  expect(instantInZone("2026-07-10", "09:00", TZ).toISOString()).toBe("2026-07-10T13:00:00.000Z");
  expect(instantInZone("2026-03-08", "09:00", TZ).toISOString()).toBe("2026-03-08T13:00:00.000Z"); // the switch day
});
