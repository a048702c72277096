// The follow-up diff, table by table: what the plan does, and why each case exists.
import {
  planReconcile,
  type ExistingEvent,
  type LeadRow,
  type ReconcileOptions,
} from "../../../src/core/followup/reconcile";
import type { DesiredEvent } from "../../../src/core/followup/event-plan";

const want = (leadId: string, ymd: string, extra: Partial<DesiredEvent> = {}): DesiredEvent => ({
  leadId,
  row: Number(leadId.slice(2)) + 1,
  ymd,
  time: "09:00",
  summary: `Follow up: ${leadId}`,
  description: `Lead ID: ${leadId}<br><a href="https://x.example/edit#gid=0&range=A${Number(leadId.slice(2)) + 1}">row</a>`,
  popupMinutes: 30,
  emailMinutes: 30,
  ...extra,
});
const lead = (leadId: string, desired: DesiredEvent | null, eventId = "", why?: string): LeadRow => ({
  row: Number(leadId.slice(2)) + 1,
  leadId,
  eventId,
  desired,
  why,
});
/** The event Lead Ledger wrote for `d`, as listed back. */
const has = (id: string, d: DesiredEvent, extra: Partial<ExistingEvent> = {}): ExistingEvent => ({
  id,
  leadId: d.leadId,
  ymd: d.ymd,
  time: d.time,
  summary: d.summary,
  description: d.description,
  popupMinutes: [d.popupMinutes],
  emailMinutes: [d.emailMinutes],
  ledgerDate: d.ymd,
  ledgerTime: d.time,
  updated: "2026-12-01T10:00:00.000Z",
  created: "2026-12-01T10:00:00.000Z",
  ...extra,
});
const OPTS: ReconcileOptions = {
  full: true,
  windowStart: "2026-10-01",
  sheetChangedAt: "2026-12-05T10:00:00.000Z",
};
const summary = (leads: LeadRow[], events: ExistingEvent[], opts: Partial<ReconcileOptions> = {}) => {
  const p = planReconcile(leads, events, { ...OPTS, ...opts });
  return {
    ops: p.ops.map((o) =>
      o.kind === "create"
        ? `create ${o.leadId}`
        : o.kind === "update"
          ? `update ${o.leadId} ${o.changed.join("+")}`
          : `delete ${o.eventId} (${o.why})`,
    ),
    rows: p.rows.map(
      (r) =>
        `${r.leadId}${r.eventId !== undefined ? ` id=${r.eventId}` : ""}${r.nextFollowUp ? ` date=${r.nextFollowUp}` : ""}`,
    ),
    log: p.log.map((l) => l.event),
    waiting: p.waiting,
  };
};

const d1 = want("L-0001", "2026-12-10");

test.each<[string, LeadRow[], ExistingEvent[], Partial<ReconcileOptions>, ReturnType<typeof summary>]>([
  [
    "a new follow-up is created (the row gets its id after the insert)",
    [lead("L-0001", d1)],
    [],
    {},
    { ops: ["create L-0001"], rows: [], log: ["reminder set"], waiting: 0 },
  ],
  [
    "in sync: nothing at all (a pass with no change makes no write)",
    [lead("L-0001", d1, "e1")],
    [has("e1", d1)],
    {},
    { ops: [], rows: [], log: [], waiting: 0 },
  ],
  [
    "the sheet's date changed: the event moves",
    [lead("L-0001", want("L-0001", "2026-12-12"), "e1")],
    [has("e1", d1)],
    {},
    { ops: ["update L-0001 date+sync"], rows: [], log: ["reminder moved"], waiting: 0 },
  ],
  [
    "the user moved the event in Calendar: the row follows",
    [lead("L-0001", d1, "e1")],
    [has("e1", d1, { ymd: "2026-12-11", updated: "2026-12-06T10:00:00.000Z" })],
    {},
    {
      ops: ["update L-0001 sync"],
      rows: ["L-0001 date=2026-12-11"],
      log: ["follow-up moved in Calendar"],
      waiting: 0,
    },
  ],
  [
    "both moved, the Calendar move newer than the sheet's change: Calendar wins",
    [lead("L-0001", want("L-0001", "2026-12-12"), "e1")],
    [has("e1", d1, { ymd: "2026-12-11", updated: "2026-12-06T10:00:00.000Z" })],
    {},
    {
      ops: ["update L-0001 sync"],
      rows: ["L-0001 date=2026-12-11"],
      log: ["follow-up moved in Calendar"],
      waiting: 0,
    },
  ],
  [
    "both moved, the sheet's change newer: the sheet wins",
    [lead("L-0001", want("L-0001", "2026-12-12"), "e1")],
    [has("e1", d1, { ymd: "2026-12-11", updated: "2026-12-04T10:00:00.000Z" })],
    {},
    { ops: ["update L-0001 date+sync"], rows: [], log: ["reminder moved"], waiting: 0 },
  ],
  [
    "a time of day the user chose stays when nothing else changed",
    [lead("L-0001", d1, "e1")],
    [has("e1", d1, { time: "14:30" })],
    {},
    { ops: [], rows: [], log: [], waiting: 0 },
  ],
  [
    "a new Reminder time moves events still at the old one",
    [lead("L-0001", want("L-0001", "2026-12-10", { time: "08:00" }), "e1")],
    [has("e1", d1)],
    {},
    { ops: ["update L-0001 date+sync"], rows: [], log: ["reminder moved"], waiting: 0 },
  ],
  [
    "a new name: title and details updated",
    [lead("L-0001", want("L-0001", "2026-12-10", { summary: "Follow up: Ana" }), "e1")],
    [has("e1", d1)],
    {},
    { ops: ["update L-0001 title"], rows: [], log: ["reminder updated"], waiting: 0 },
  ],
  [
    "only the row number moved (a sort): the link is fixed, quietly",
    [
      lead(
        "L-0001",
        want("L-0001", "2026-12-10", { description: d1.description.replace("A2", "A40") }),
        "e1",
      ),
    ],
    [has("e1", d1)],
    {},
    { ops: ["update L-0001 link"], rows: [], log: [], waiting: 0 },
  ],
  [
    "only the row number moved, the pass's link fixes used up: left for the next pass",
    [
      lead(
        "L-0001",
        want("L-0001", "2026-12-10", { description: d1.description.replace("A2", "A40") }),
        "e1",
      ),
    ],
    [has("e1", d1)],
    { linkFixesPerPass: 0 },
    { ops: [], rows: [], log: [], waiting: 0 },
  ],
  [
    "no follow-up any more (cleared, Won, Lost): deleted, id cell emptied",
    [lead("L-0001", null, "e1", "won")],
    [has("e1", d1)],
    {},
    { ops: ["delete e1 (won)"], rows: ["L-0001 id="], log: ["reminder removed"], waiting: 0 },
  ],
  [
    "deleted by the user in Calendar (the row still names it): re-created, logged as such",
    [lead("L-0001", d1, "e1")],
    [],
    {},
    { ops: ["create L-0001"], rows: [], log: ["reminder re-created"], waiting: 0 },
  ],
  [
    "the id cell lost or overwritten: re-linked by the Lead ID, not re-created",
    [lead("L-0001", d1, "typo")],
    [has("e1", d1)],
    {},
    { ops: [], rows: ["L-0001 id=e1"], log: [], waiting: 0 },
  ],
  [
    "two events for one lead (a cut-off run): the row's is kept, the other deleted",
    [lead("L-0001", d1, "e2")],
    [has("e1", d1), has("e2", d1)],
    {},
    { ops: ["delete e1 (duplicate)"], rows: [], log: [], waiting: 0 },
  ],
  [
    "the row is gone (full pass): its event is deleted",
    [],
    [has("e1", d1)],
    {},
    { ops: ["delete e1 (row deleted)"], rows: [], log: ["reminder removed"], waiting: 0 },
  ],
  [
    "the row is gone but only some leads were read (an edit): left alone",
    [],
    [has("e1", d1)],
    { full: false },
    { ops: [], rows: [], log: [], waiting: 0 },
  ],
  [
    "a follow-up older than the window read: left alone (its event was not listed)",
    [lead("L-0001", want("L-0001", "2026-09-01"), "e1")],
    [],
    {},
    { ops: [], rows: [], log: [], waiting: 0 },
  ],
  [
    "the daily limit was reached today: creates wait, the rest goes on",
    [lead("L-0001", d1), lead("L-0002", null, "e2", "won")],
    [has("e2", want("L-0002", "2026-12-11"))],
    { noCreate: true },
    { ops: ["delete e2 (won)"], rows: ["L-0002 id="], log: ["reminder removed"], waiting: 1 },
  ],
])("%s", (_why, leads, events, opts, expected) => {
  expect(summary(leads, events, opts)).toEqual(expected);
});

test("creates are ordered soonest first, so a daily limit reached part way leaves the later ones", () => {
  const p = planReconcile(
    [lead("L-0001", want("L-0001", "2026-12-20")), lead("L-0002", want("L-0002", "2026-12-08"))],
    [],
    OPTS,
  );
  expect(p.ops.map((o) => o.leadId)).toEqual(["L-0002", "L-0001"]);
});
