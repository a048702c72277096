import { planCapture, type PlanContext } from "../../src/core/ledger/plan";
import type { CaptureInput } from "../../src/core/ledger/capture-input";
import { planWrites, withKeptFormulas } from "../../src/core/ledger/writes";
import { LEAD_COLUMNS } from "../../src/core/ledger/columns";
import type { Extraction } from "../../src/core/lead";

const header = LEAD_COLUMNS.map((c) => c.header);
const ctx: PlanContext = {
  now: new Date("2025-03-03T15:00:00Z"),
  timeZone: "America/Toronto",
  region: "CA",
  followUpDays: 2,
  owner: "owner@ledger-owner.example",
  highestIssued: 0,
};

function row(fields: Record<string, unknown>): unknown[] {
  return LEAD_COLUMNS.map((c) => fields[c.key] ?? "");
}

function email(ref: string, extraction: Extraction): CaptureInput {
  return {
    ref,
    kind: "email",
    label: `Subject ${ref}`,
    link: `https://mail.google.com/mail/#all/${ref}`,
    recordId: ref,
    idKey: "messageIds",
    extraction,
  };
}

const priya: Extraction = {
  lead: {
    name: "Priya Raman",
    email: "priya@northwind.example",
    company: "Northwind Dental",
    phone: "+14165550142",
  },
  needsReview: false,
  warnings: [],
};

describe("the capture plan", () => {
  test("a new person becomes one row with ID, stage New, default follow-up in business days, owner, origin and the message id", () => {
    const plan = planCapture([header], [email("m1", priya)], ctx);
    expect(plan.newRecords).toHaveLength(1);
    const r = plan.newRecords[0];
    expect(r).toMatchObject({
      leadId: "L-0001",
      stage: "New",
      name: "Priya Raman",
      source: "Inbound email",
      owner: ctx.owner,
      messageIds: "m1",
      tags: "",
    });
    expect((r.nextFollowUp as Date).toISOString()).toBe("2025-03-05T05:00:00.000Z");
    expect(plan.activity.map((a) => a.event)).toEqual(["captured"]);
  });

  test("an input whose id is already in the ledger is not captured again and logs nothing", () => {
    const plan = planCapture(
      [header, row({ leadId: "L-0001", email: "priya@northwind.example", messageIds: "m0 m1" })],
      [email("m1", priya)],
      ctx,
    );
    expect(plan.newRecords).toEqual([]);
    expect(plan.changes.size).toBe(0);
    expect(plan.activity).toEqual([]);
    expect(plan.outcomes[0].kind).toBe("already");
  });

  test("the same person again merges: blanks filled, Notes appended, what the user typed kept", () => {
    const existing = row({
      leadId: "L-0004",
      name: "P. Raman (my spelling)",
      email: "PRIYA@northwind.example",
      notes: "met at lunch",
      stage: "Contacted",
      tags: "VIP, Incomplete Lead",
    });
    const plan = planCapture([header, existing], [email("m2", priya)], ctx);
    expect(plan.newRecords).toEqual([]);
    const ch = plan.changes.get(1)!;
    expect(ch.name).toBeUndefined();
    expect(ch.phone).toBe("+14165550142");
    expect(ch.company).toBe("Northwind Dental");
    expect(ch.notes).toMatch(/^met at lunch\n2025-03-03: merged from email/);
    expect(ch.tags).toBe("VIP");
    expect(ch.messageIds).toBe("m2");
    expect(ch.stage).toBeUndefined();
    expect(plan.activity[0]).toMatchObject({ leadId: "L-0004", event: "merged" });
  });

  test("two emails about one new person in one run make one row, the older one first", () => {
    const plan = planCapture(
      [header],
      [
        { ...email("m2", { ...priya, lead: { name: "Priya Raman", phone: "416 555 0142" } }), at: 2000 },
        { ...email("m1", priya), at: 1000 },
      ],
      ctx,
    );
    expect(plan.newRecords).toHaveLength(1);
    expect(plan.newRecords[0].messageIds).toBe("m1 m2");
  });

  test.each([
    [
      "no email and no phone: Incomplete Lead",
      { name: "Jane Doe", company: "XYZ" },
      false,
      "Incomplete Lead",
    ],
    [
      "extraction unsure: Needs review",
      { name: "Jane Doe", email: "jane@xyz.example" },
      true,
      "Needs review",
    ],
  ])("tags: %s", (_why, lead, needsReview, tags) => {
    const plan = planCapture([header], [email("m1", { lead, needsReview, warnings: ["why"] })], ctx);
    expect(plan.newRecords[0].tags).toBe(tags);
  });

  test("nothing identifying (an empty or binary message, a newsletter): skipped with why, no row to clean up", () => {
    const plan = planCapture([header], [email("m1", { lead: {}, needsReview: true, warnings: ["no lead found in this message"] })], ctx);
    expect(plan.newRecords).toEqual([]);
    expect(plan.outcomes).toMatchObject([{ kind: "skipped", why: "no person or company in it" }]);
    expect(plan.activity).toMatchObject([{ event: "skipped", ref: "m1" }]);
  });

  test("a skipped input has an Activity entry saying why, and no row", () => {
    const input: CaptureInput = {
      ref: "f1",
      kind: "card",
      label: "notes.pdf",
      link: "",
      recordId: "f1",
      idKey: "photoIds",
      skipped: "not an image",
    };
    const plan = planCapture([header], [input], ctx);
    expect(plan.newRecords).toEqual([]);
    expect(plan.activity[0]).toMatchObject({
      event: "skipped",
      details: "card photo notes.pdf: not an image",
      ref: "f1",
    });
  });

  test("ids continue above the highest ever issued", () => {
    const plan = planCapture(
      [header, row({ leadId: "L-0003", email: "a@b.example" })],
      [email("m1", priya)],
      { ...ctx, highestIssued: 9 },
    );
    expect(plan.newRecords[0].leadId).toBe("L-0010");
    expect(plan.highestIssued).toBe(10);
  });
});

describe("the writes", () => {
  test("new rows only: one block below the data, no cell kept, never the user column", () => {
    const h = ["Lead ID", "Name", "Email", "My column"];
    const plan = planCapture([h, ["L-0001", "A", "a@x.example", "mine"]], [email("m1", priya)], ctx);
    const blocks = planWrites(
      plan.map,
      [h, ["L-0001", "A", "a@x.example", "mine"]],
      plan.changes,
      plan.newRecords,
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ row: 3, column: 1, keep: [] });
    expect(blocks[0].values).toEqual([["L-0002", "Priya Raman", "priya@northwind.example"]]);
  });

  test("a merge and an append share one block; cells in between are kept with their formulas", () => {
    const values = [
      header,
      row({ leadId: "L-0001", email: "priya@northwind.example", name: "Priya" }),
      row({ leadId: "L-0002", name: "=1+1 result" }),
    ];
    const plan = planCapture(
      values,
      [
        email("m2", priya),
        email("m3", {
          lead: { name: '=HYPERLINK("http://x.example","y")', email: "z@x.example" },
          needsReview: true,
          warnings: ["formula-like"],
        }),
      ],
      ctx,
    );
    const blocks = planWrites(plan.map, values, plan.changes, plan.newRecords);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].row).toBe(2);
    expect(blocks[0].values).toHaveLength(3);
    const nameCol = header.indexOf("Name") - (blocks[0].column - 1);
    expect(blocks[0].values[2][nameCol]).toBe('\'=HYPERLINK("http://x.example","y")');
    const formulas = blocks[0].values.map((r) => r.map(() => ""));
    formulas[1][nameCol] = '=A1&" result"';
    expect(withKeptFormulas(blocks[0], formulas)[1][nameCol]).toBe('=A1&" result"');
  });
});
