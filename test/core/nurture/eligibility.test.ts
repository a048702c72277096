// Who gets a nurture email: each rule of the issue as a row, titled by why the case exists.
import {
  nurtureDecision,
  addMonths,
  monthsBetween,
  type NurtureLead,
  type EligibilityContext,
} from "../../../src/core/nurture/eligibility";

const ctx: EligibilityContext = {
  today: "2026-12-01",
  timeZone: "America/Toronto",
  startMonths: 3,
  intervalDays: 30,
  length: 6,
  ownerEmails: ["owner@ledger-owner.example", "sam@gmail.com"],
  suppressed: new Set(["gone@fictional-co.example"]),
  sentThisMonth: new Set(["L-0099"]),
};

const lead = (over: Partial<NurtureLead> = {}): NurtureLead => ({
  leadId: "L-0001",
  name: "Priya Natarajan",
  company: "Natarajan Bakery",
  email: "priya@natarajan-bakery.example",
  stage: "Lost",
  lostOn: "2026-08-15",
  lostReason: "",
  tags: "",
  nurtureStep: "",
  lastNurture: "",
  lastActivity: "",
  ...over,
});

const cases: [string, Partial<NurtureLead>, Partial<EligibilityContext>, string | number | undefined][] = [
  ["lost 3½ months ago, never emailed: gets step 1", {}, {}, 1],
  ["exactly three months after Lost on is the first day", { lostOn: "2026-09-01" }, {}, 1],
  [
    "a day short of three months waits, and says when it starts",
    { lostOn: "2026-09-02" },
    {},
    "nurture starts on 2026-12-02",
  ],
  ["Nurture start is the owner's setting", { lostOn: "2026-09-02" }, { startMonths: 2 }, 1],
  ["a lead that is not Lost is not a nurture candidate at all", { stage: "Proposal" }, {}, undefined],
  ["stage is read without case", { stage: " lost " }, {}, 1],
  ["no Lost on date: skipped with the reason", { lostOn: "" }, {}, "no Lost on date"],
  ["a Date cell for Lost on works like text", { lostOn: new Date("2026-08-15T04:00:00Z") }, {}, 1],
  ["step 3 done, last one 30 days ago: gets step 4", { nurtureStep: 3, lastNurture: "2026-11-01" }, {}, 4],
  [
    "February is 28 days: a month later still counts as a month",
    { nurtureStep: 1, lastNurture: "2026-11-03" },
    { today: "2026-12-01" },
    2,
  ],
  [
    "emailed 10 days ago (Nurture interval): waits",
    { nurtureStep: 1, lastNurture: "2026-11-21" },
    {},
    "the next is due from",
  ],
  [
    "emailed earlier this month (continuation days): never twice a month",
    { nurtureStep: 1, lastNurture: "2026-12-01" },
    { today: "2026-12-03", intervalDays: 0 },
    "already emailed this month",
  ],
  [
    "already sent this month by a run the sheet does not show yet",
    { leadId: "L-0099" },
    {},
    "already emailed this month",
  ],
  [
    "six emails sent: the sequence is over",
    { nurtureStep: 6, lastNurture: "2026-06-01" },
    {},
    "sequence finished (6 of 6",
  ],
  [
    "Nurture length is the owner's setting",
    { nurtureStep: 3, lastNurture: "2026-06-01" },
    { length: 3 },
    "sequence finished",
  ],
  ["no email address", { email: "" }, {}, "no email address"],
  ["an address that is not one", { email: "priya at bakery" }, {}, "not a valid email address"],
  ["tagged Do not email", { tags: "Needs review, Do not email" }, {}, "tagged Do not email"],
  ["tag spelled differently still counts", { tags: "do NOT email" }, {}, "tagged Do not email"],
  ["tagged Bounced", { tags: "Bounced" }, {}, "tagged Bounced"],
  ["tagged Re-engaged: back in sales, not in the campaign", { tags: "Re-engaged" }, {}, "tagged Re-engaged"],
  [
    "unsubscribed before, even after the tag was removed from the row",
    { email: "Gone@fictional-co.example" },
    {},
    "unsubscribed earlier",
  ],
  ["the owner's own address", { email: "owner@ledger-owner.example" }, {}, "your own address"],
  ["a colleague at the owner's domain", { email: "ana@ledger-owner.example" }, {}, "a colleague"],
  ["the owner uses Gmail: other Gmail users are not colleagues", { email: "someone@gmail.com" }, {}, 1],
  [
    "a no-reply role address asked not to be mailed",
    { email: "noreply@natarajan-bakery.example" },
    {},
    "role address",
  ],
  [
    "info@ is a real mailbox of a small business: it gets mail",
    { email: "info@natarajan-bakery.example" },
    {},
    1,
  ],
  [
    "someone worked the lead since the last email",
    { nurtureStep: 2, lastNurture: "2026-10-01", lastActivity: "2026-10-20" },
    {},
    "in touch since the last email",
  ],
  [
    "activity before the last email does not stop it",
    { nurtureStep: 2, lastNurture: "2026-10-01", lastActivity: "2026-09-20" },
    {},
    3,
  ],
];

describe("nurture eligibility", () => {
  test.each(cases)("%s", (_title, over, ctxOver, expected) => {
    const d = nurtureDecision(lead(over), { ...ctx, ...ctxOver });
    if (expected === undefined) expect(d).toBeUndefined();
    else if (typeof expected === "number") expect(d).toMatchObject({ send: true, step: expected });
    else {
      expect(d).toMatchObject({ send: false });
      expect(d && !d.send && d.reason).toContain(expected);
    }
  });

  test("the segment comes from the Lost reason", () => {
    expect(nurtureDecision(lead({ lostReason: "Too expensive for now" }), ctx)).toMatchObject({
      segment: "budget",
    });
    expect(nurtureDecision(lead({ lostReason: "Went with a competitor" }), ctx)).toMatchObject({
      segment: "competitor",
    });
    expect(nurtureDecision(lead({ lostReason: "" }), ctx)).toMatchObject({ segment: "any" });
  });

  test("month arithmetic: the 31st becomes the month's last day; months since counts whole months", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-08-31", 1)).toBe("2026-09-30");
    expect(monthsBetween("2026-08-15", "2026-12-01")).toBe(3);
    expect(monthsBetween("2026-08-01", "2026-12-01")).toBe(4);
  });
});
