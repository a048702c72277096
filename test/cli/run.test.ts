// `lead-ledger run`: a person's view of a run — the report, the files written, and a second run that adds nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand } from "../../sandbox/cli/run";

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await runCommand(args), out };
  } finally {
    spy.mockRestore();
  }
}

describe("lead-ledger run", () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-run-"));
  const inbox = path.join(__dirname, "../../examples/inbox");

  test("delivers the inbox, sets up, captures, reports per input and writes the workbook and one CSV per tab", async () => {
    const { code, out } = await run([
      "--inbox",
      inbox,
      "--workspace",
      workspace,
      "--now",
      "2026-11-30T15:00:00Z",
      "--stats",
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Captured 6, merged 1, needing review 2, skipped 1 — /m);
    expect(out).toMatch(/05-duplicate-priya\.eml “Fwd: Re: Scheduling demo”: merged into L-\d{4} Priya Raman/);
    expect(out).toMatch(/08-empty\.eml “Fwd:”: skipped — no person or company in it/);
    for (const f of [
      "Lead Ledger.xlsx",
      "Leads.csv",
      "Activity.csv",
      "Settings.csv",
      "Templates.csv",
      "Summary.csv",
    ])
      expect(fs.existsSync(path.join(workspace, f))).toBe(true);
    const stats = JSON.parse(out.trim().split("\n").pop()!);
    expect(stats.calls["Gmail.Users.Messages.list"]).toBeGreaterThan(0);
    expect(typeof stats.wallMs).toBe("number");
  });

  test("a second run without --inbox captures nothing twice", async () => {
    const leadsBefore = fs.readFileSync(path.join(workspace, "Leads.csv"), "utf8");
    const { code, out } = await run(["--workspace", workspace, "--now", "2026-11-30T16:00:00Z"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Captured 0, merged 0, needing review 0, skipped 0/m);
    expect(out).toMatch(/Nothing new to capture/);
    expect(fs.readFileSync(path.join(workspace, "Leads.csv"), "utf8")).toBe(leadsBefore);
  });

  test("delivering the same inbox again is recognised: nothing captured twice", async () => {
    const { out } = await run(["--inbox", inbox, "--workspace", workspace, "--now", "2026-11-30T17:00:00Z"]);
    expect(out).toMatch(/^Captured 0, merged 0, needing review 0, skipped 0, already captured 8/m);
  });
});
