// Templates: the segment's template with "any" as the fallback; placeholders filled, a bad template refused.
import { readTemplates, pickTemplate } from "../../../src/core/nurture/templates";
import { segmentOf, templateSegment } from "../../../src/core/nurture/segments";
import {
  renderTemplate,
  templateProblem,
  firstName,
  PLACEHOLDERS,
  type PlaceholderValues,
} from "../../../src/core/nurture/render";
import { DEFAULT_NURTURE, missingNurtureTemplates } from "../../../src/core/nurture/default-templates";
import { missingTemplateRows } from "../../../src/core/ledger/templates";

const values = (v: Partial<PlaceholderValues> = {}): PlaceholderValues => ({
  "First name": "Priya",
  Name: "Priya Natarajan",
  Company: "Natarajan Bakery",
  "Lost reason": "budget",
  "Months since": "4",
  "Owner name": "Sam Rivera",
  "Business name": "Rivera Renovations",
  "Unsubscribe link": "UNSUB",
  ...v,
});

describe("segments", () => {
  test.each([
    ["Budget", "budget"],
    ["too expensive", "budget"],
    ["trop cher pour eux", "budget"],
    ["Preis zu hoch", "budget"],
    ["bad timing, next year", "timing"],
    ["pas maintenant", "timing"],
    ["chose a competitor", "competitor"],
    ["went with another vendor", "competitor"],
    ["Konkurrenz war günstiger", "competitor"],
    ["specialised needs we don't cover", "needs"],
    ["", "any"],
    ["no idea", "any"],
  ])("Lost reason %j → %s", (reason, segment) => expect(segmentOf(reason)).toBe(segment));

  test("a Segment cell: blank or any/all is the fallback; a word the owner typed is understood; nonsense is not", () => {
    expect(templateSegment("")).toBe("any");
    expect(templateSegment("All")).toBe("any");
    expect(templateSegment("Budget")).toBe("budget");
    expect(templateSegment("chose a competitor")).toBe("competitor");
    expect(templateSegment("zzz")).toBeUndefined();
  });
});

describe("templates", () => {
  const tab = [
    ["Step", "Subject", "Body", "My notes", "Segment"],
    [1, "Hello", "Hi {{Unsubscribe link}}", "", ""],
    [1, "Budget hello", "Cheaper now {{Unsubscribe link}}", "", "budget"],
    [2, "Two", "", "an empty body is not a template", ""],
    ["x", "Not a step", "body", "", ""],
  ];

  test("columns are found by header, so a user column in between changes nothing", () => {
    const t = readTemplates(tab);
    expect(t.map((x) => [x.step, x.segment, x.row])).toEqual([
      [1, "any", 2],
      [1, "budget", 3],
    ]);
  });

  test("the lead's segment wins; another segment falls back to any; a missing step has none", () => {
    const t = readTemplates(tab);
    expect(pickTemplate(t, 1, "budget")?.subject).toBe("Budget hello");
    expect(pickTemplate(t, 1, "timing")?.subject).toBe("Hello");
    expect(pickTemplate(t, 2, "any")).toBeUndefined();
  });

  test("every placeholder is filled; nothing like {{…}} is left", () => {
    const body = PLACEHOLDERS.map((p) => `{{${p}}}`).join(" | ");
    const r = renderTemplate("Hi {{ first name }}", body, values());
    expect(r).toEqual({
      ok: true,
      subject: "Hi Priya",
      text: "Priya | Priya Natarajan | Natarajan Bakery | budget | 4 | Sam Rivera | Rivera Renovations | UNSUB",
    });
  });

  test("an unknown placeholder refuses the template, naming it", () => {
    expect(renderTemplate("Hi", "Hi {{Frist name}} {{Unsubscribe link}}", values())).toEqual({
      ok: false,
      reason: "unknown placeholder {{Frist name}}",
    });
  });

  test("a template without the unsubscribe link is refused", () => {
    expect(templateProblem("Hi", "Hi {{First name}}")).toBe("no {{Unsubscribe link}} in the body");
  });

  test("a value from the sheet with braces cannot smuggle {{…}} into the mail", () => {
    const r = renderTemplate("Hi", "Hi {{Company}} {{Unsubscribe link}}", values({ Company: "{{Evil}}" }));
    expect(r.ok).toBe(false);
  });

  test("an empty first name leaves a tidy greeting", () => {
    const r = renderTemplate(
      "Checking in, {{First name}}",
      "Hi {{First name}},\n{{Unsubscribe link}}",
      values({ "First name": "" }),
    );
    expect(r).toMatchObject({ ok: true, subject: "Checking in,", text: "Hi,\nUNSUB" });
  });

  test.each([
    ["Priya Natarajan", "Priya"],
    ["Dr. Jane Doe", "Jane"],
    ["Doe, Jane", "Jane"],
    ["", ""],
  ])("first name of %j is %j", (name, first) => expect(firstName(name)).toBe(first));

  test("the default sequence: 6 steps of any, a segment or two, each template valid and short", () => {
    expect(new Set(DEFAULT_NURTURE.filter((t) => t.segment === "any").map((t) => t.step))).toEqual(
      new Set([1, 2, 3, 4, 5, 6]),
    );
    expect(DEFAULT_NURTURE.some((t) => t.segment !== "any")).toBe(true);
    for (const t of DEFAULT_NURTURE) {
      expect(templateProblem(t.subject, t.body)).toBeUndefined();
      expect(t.body.split(/\s+/).length).toBeLessThan(90);
    }
  });

  test("setup adds only the (step, segment) rows the tab lacks, laid out by its columns", () => {
    const have = [{ step: 1, segment: "any" as const }];
    expect(missingNurtureTemplates(have)).toHaveLength(DEFAULT_NURTURE.length - 1);
    const rows = missingTemplateRows([[1, "Mine", "My own {{Unsubscribe link}}", ""]], {
      step: 1,
      subject: 2,
      body: 3,
      segment: 4,
    });
    expect(rows).toHaveLength(DEFAULT_NURTURE.length - 1);
    expect(rows.every((r) => r.length === 4 && typeof r[0] === "number")).toBe(true);
    expect(rows.filter((r) => r[0] === 1 && r[3] === "any")).toHaveLength(0);
  });
});
