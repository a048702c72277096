// The Summary tab on the sandbox: one read, one write, the user's notes kept, three charts updated in place.
import { ledgerSandbox, tab } from "../helpers/ledger-sandbox";
import { putLeads, generatedLeads } from "../helpers/summary-ledger";
import { execution, runSetup } from "../../sandbox/cli/run-jobs";
import { rebuildSummary } from "../../src/jobs/summary";
import { KEEP_MARKER } from "../../src/core/summary/sheet";
import type { Sandbox } from "../../sandbox/index";

function rebuild(sb: Sandbox) {
  return execution(sb, () => rebuildSummary({ now: () => sb.kernel.now() }));
}

function charts(sb: Sandbox) {
  return execution(sb, () =>
    SpreadsheetApp.openById(sb.sheets.activeId())
      .getSheetByName("Summary")!
      .getCharts()
      .map((c) => String(c.getOptions().get("title"))),
  );
}

function setUp(n: number): Sandbox {
  const sb = ledgerSandbox();
  runSetup(sb);
  putLeads(sb, generatedLeads(n, sb.kernel.now()));
  return sb;
}

test("the tab starts with last week, then every section, and ends with the keep-marker", () => {
  const sb = setUp(60);
  expect(rebuild(sb).status).toBe("rebuilt");
  const col = tab(sb, "Summary").map((r) => String(r[0]));
  const order = [
    "Lead Ledger summary",
    "Computed at",
    "Last week",
    "Weekly flow, last 12 weeks",
    "By source, last 90 days",
    "Funnel, last 90 days",
    "Leads in by source, per week",
    "Cohorts",
    "Speed to lead",
    "Not accounted for",
    "Lost and nurtured",
    KEEP_MARKER,
  ];
  const at = order.map((h) => col.findIndex((c) => c.startsWith(h)));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});

test("a second rebuild leaves exactly three charts, the same ones, and the user's notes below the marker", () => {
  const sb = setUp(30);
  rebuild(sb);
  const rows = tab(sb, "Summary").length;
  execution(sb, () => {
    const s = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Summary")!;
    s.getRange(rows + 1, 1, 2, 2).setValues([
      ["My note", "=1+1"],
      ["Call the bank", 42],
    ]);
  });
  putLeads(sb, generatedLeads(200, sb.kernel.now()).slice(30)); // more rows in every section
  rebuild(sb);
  rebuild(sb);
  expect(charts(sb).sort()).toEqual([
    "Funnel, last 90 days",
    "Leads in by source, per week",
    "Leads in vs won, 12 weeks",
  ]);
  const values = tab(sb, "Summary");
  const formulas = tab(sb, "Summary", "formulas");
  const marker = values.findIndex((r) => r[0] === KEEP_MARKER);
  expect(values[marker + 1].slice(0, 2)).toEqual(["My note", 2]);
  expect(formulas[marker + 1][1]).toBe("=1+1");
  expect(values[marker + 2].slice(0, 2)).toEqual(["Call the bank", 42]);
});

test("names from outside stay literal text; the only formulas are our own row links", () => {
  const sb = ledgerSandbox();
  runSetup(sb);
  const now = sb.kernel.now();
  putLeads(sb, [
    {
      leadId: "L-0001",
      name: '=HYPERLINK("http://evil.example","x")',
      captured: now,
      source: "=1+2",
      stage: "New",
    },
  ]);
  rebuild(sb);
  const formulas = tab(sb, "Summary", "formulas").flat().filter(Boolean).map(String);
  expect(formulas.length).toBeGreaterThan(0);
  expect(formulas.every((f) => /^=HYPERLINK\("#gid=\d+&range=A\d+","Row \d+"\)$/.test(f))).toBe(true);
  expect(tab(sb, "Summary").flat()).toContain('=HYPERLINK("http://evil.example","x")');
});

test("the rebuild's Sheets calls do not grow with the ledger (one read of Leads, one write)", () => {
  const count = (n: number) => {
    const sb = setUp(n);
    rebuild(sb); // the first build inserts the charts
    const before = sb.kernel.countOf("SpreadsheetApp");
    rebuild(sb);
    return sb.kernel.countOf("SpreadsheetApp") - before;
  };
  const small = count(20);
  expect(count(400)).toBe(small);
  expect(small).toBeLessThan(80);
});

test("a deleted keep-marker: the next rebuild still replaces only its own rows and puts the marker back", () => {
  const sb = setUp(30);
  rebuild(sb);
  const rows = tab(sb, "Summary").length;
  execution(sb, () => {
    const s = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Summary")!;
    s.getRange(rows + 1, 1).setValue("My note");
    s.deleteRow(rows); // the marker
  });
  rebuild(sb);
  const col = tab(sb, "Summary").map((r) => String(r[0]));
  expect(col.filter((c) => c === "Lead Ledger summary")).toHaveLength(1);
  expect(col.filter((c) => c === KEEP_MARKER)).toHaveLength(1);
  expect(col[col.indexOf(KEEP_MARKER) + 1]).toBe("My note");
});
