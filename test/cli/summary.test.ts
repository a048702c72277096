// `lead-ledger run --history` and `lead-ledger summary`: twelve weeks a person can read, as text, JSON, CSV and PNG.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCommand } from "../../sandbox/cli/run";
import { summaryCommand } from "../../sandbox/cli/summary";

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await fn(), out };
  } finally {
    spy.mockRestore();
  }
}

const root = path.join(__dirname, "../..");
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-summary-"));
const NOW = "2026-11-30T15:00:00Z";

beforeAll(async () => {
  const args = [
    "--inbox",
    path.join(root, "examples/inbox"),
    "--history",
    path.join(root, "examples/history/leads.json"),
  ];
  const r = await capture(() => runCommand([...args, "--workspace", workspace, "--now", NOW]));
  expect(r.code).toBe(0);
}, 120000);

test("run writes the three charts as PNG files named by their titles", () => {
  for (const title of ["Funnel, last 90 days", "Leads in by source, per week", "Leads in vs won, 12 weeks"]) {
    const bytes = fs.readFileSync(path.join(workspace, "charts", `${title}.png`));
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(5000);
  }
});

test("--json is one object: 12 weeks oldest first, sources by kind, speed to lead, the not-accounted-for list", async () => {
  const { code, out } = await capture(() => summaryCommand(["--workspace", workspace, "--json"]));
  expect(code).toBe(0);
  const s = JSON.parse(out);
  expect(s.weeks).toHaveLength(12);
  expect(Object.keys(s.weeks[0]).sort()).toEqual([
    "appointments",
    "contacted",
    "leadsIn",
    "lost",
    "proposals",
    "start",
    "won",
  ]);
  expect(s.weeks.map((w: { start: string }) => w.start)).toEqual(
    [...s.weeks.map((w: { start: string }) => w.start)].sort(),
  );
  expect(s.weeks[11].start).toBe("2026-11-23");
  expect(s.weeks.every((w: { leadsIn: number }) => w.leadsIn > 0)).toBe(true);
  expect(s.bySource.map((r: { kind: string }) => r.kind)).toContain("Referral");
  expect(s.bySource[0]).toEqual(
    expect.objectContaining({
      kind: expect.any(String),
      leadsIn: expect.any(Number),
      won: expect.any(Number),
    }),
  );
  expect(typeof s.speedToLead.medianHours).toBe("number");
  expect(s.notAccountedFor[0]).toEqual(
    expect.objectContaining({ leadId: expect.any(String), reason: expect.any(String) }),
  );

  // the same numbers as the tab
  const csv = fs.readFileSync(path.join(workspace, "Summary.csv"), "utf8").split(/\r?\n/);
  const leadsInRow = csv.find((l) => l.startsWith("Leads in,"))!.split(",");
  expect(Number(leadsInRow[3])).toBe(s.lastWeek.counts.leadsIn);
  expect(Number(leadsInRow[4])).toBe(s.weeks[10].leadsIn);
});

test("the text form reads top to bottom: last week with its changes first", async () => {
  const { out } = await capture(() => summaryCommand(["--workspace", workspace]));
  const lines = out.split("\n");
  expect(lines[2]).toBe("Last week (from 2026-11-23)");
  expect(out).toMatch(/Weekly flow, last 12 weeks/);
  expect(out).toMatch(/Not accounted for: \d+/);
});

test("the xlsx holds the Summary tab, and a second run with the same history adds no lead", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(workspace, "Lead Ledger.xlsx"));
  const col = wb.getWorksheet("Summary")!.getColumn(1).values.map(String);
  expect(col).toContain("Last week");
  // the three charts are in the workbook as pictures beside the tables (column K)
  const images = wb.getWorksheet("Summary")!.getImages();
  expect(images).toHaveLength(3);
  expect(images.every((i) => i.range.tl.col === 10)).toBe(true);
  const before = fs.readFileSync(path.join(workspace, "Leads.csv"), "utf8");
  await capture(() =>
    runCommand([
      "--history",
      path.join(root, "examples/history/leads.json"),
      "--workspace",
      workspace,
      "--now",
      NOW,
    ]),
  );
  expect(fs.readFileSync(path.join(workspace, "Leads.csv"), "utf8")).toBe(before);
}, 120000);

test("a workspace without a ledger says so", async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-empty-"));
  let err = "";
  const spy = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  try {
    expect(await summaryCommand(["--workspace", empty])).toBe(1);
  } finally {
    spy.mockRestore();
  }
  expect(err).toMatch(/no ledger in .* yet/);
});
