// The Monday email through the CLI, as a person would see it: run --now into Monday morning, the .eml in
// outbox/ with its three charts; a later pass sends nothing more; an edit shows in the next Summary.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand } from "../../sandbox/cli/run";
import { editCommand } from "../../sandbox/cli/edit";
import { parseEmlSync } from "../../sandbox/eml";

async function quiet(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  try {
    return { code: await fn(), out };
  } finally {
    spy.mockRestore();
  }
}

const root = path.join(__dirname, "../..");
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-monday-"));
const summaries = () =>
  fs.readdirSync(path.join(workspace, "outbox")).filter((f) => f.includes("lead-ledger-week-of"));

test("Sunday: the tab, no email; Monday 10:00 in Toronto: one email with three charts; later that day: none", async () => {
  const history = path.join(root, "examples/history/leads.json");
  expect(
    (
      await quiet(() =>
        runCommand(["--history", history, "--workspace", workspace, "--now", "2026-11-29T15:00:00Z"]),
      )
    ).code,
  ).toBe(0);
  expect(fs.existsSync(path.join(workspace, "outbox")) ? summaries() : []).toEqual([]);

  await quiet(() => runCommand(["--workspace", workspace, "--now", "2026-11-30T15:00:00Z"]));
  expect(summaries()).toHaveLength(1);
  const mail = parseEmlSync(fs.readFileSync(path.join(workspace, "outbox", summaries()[0])));
  expect(mail.subject).toMatch(/^Lead Ledger: week of 23 Nov 2026 — [1-9]\d* in, \d+ won$/);
  expect(mail.plainBody).toMatch(/^Leads in +\d+/m);
  const charts = mail.attachments.filter((a) => a.inline && a.contentType === "image/png");
  expect(charts).toHaveLength(3);
  for (const c of charts) expect(c.bytes.length).toBeGreaterThan(5000);

  await quiet(() => runCommand(["--workspace", workspace, "--now", "2026-11-30T20:00:00Z"]));
  expect(summaries()).toHaveLength(1);
}, 180000);

test("an edit that wins a recent lead shows in the 90-day funnel the next run writes", async () => {
  const funnelWon = () => {
    const lines = fs.readFileSync(path.join(workspace, "Summary.csv"), "utf8").split(/\r?\n/);
    const from = lines.findIndex((l) => l.startsWith(`"Funnel, last 90 days"`));
    return Number(
      lines
        .slice(from)
        .find((l) => l.startsWith("Won,"))!
        .split(",")[1],
    );
  };
  const before = funnelWon();
  const [header, ...rows] = fs
    .readFileSync(path.join(workspace, "Leads.csv"), "utf8")
    .split(/\r?\n/)
    .map((l) => l.split(","));
  const col = (name: string) => header.indexOf(name);
  const lead = rows.find(
    (r) =>
      r[0]?.startsWith("H-") &&
      ["New", "Contacted", "Appointment"].includes(r[col("Stage")]) &&
      r[col("Captured")] >= "2026-10-15",
  )![0];
  const edit = await quiet(() =>
    editCommand([
      "--workspace",
      workspace,
      "--lead",
      lead,
      "--set",
      "Stage=Won",
      "--now",
      "2026-11-30T21:00:00Z",
    ]),
  );
  expect(edit.code).toBe(0);
  await quiet(() => runCommand(["--workspace", workspace, "--now", "2026-11-30T22:00:00Z"]));
  expect(funnelWon()).toBe(before + 1);
}, 180000);
