// `lead-ledger run --now T`: the workspace's clock moves to T and every time trigger fires when it would have.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand } from "../../sandbox/cli/run";
import { openWorkspace } from "../../sandbox/cli/workspace";
import { TIMED_JOBS } from "../../src/jobs/timed";

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

describe("lead-ledger run --now", () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-now-"));
  const seen: Date[] = [];
  const probe = { name: "test probe", run: (ctx: { now: () => Date }) => seen.push(ctx.now()) };
  beforeAll(() => TIMED_JOBS.push(probe));
  afterAll(() => TIMED_JOBS.splice(TIMED_JOBS.indexOf(probe), 1));

  test("a new workspace starts at --now: setup installs the timer, one pass runs at once", async () => {
    const { code } = await run(["--workspace", workspace, "--now", "2026-12-07T13:00:00Z"]);
    expect(code).toBe(0);
    expect(seen).toHaveLength(1);
    const sb = openWorkspace(workspace);
    expect(sb.kernel.now().toISOString()).toMatch(/^2026-12-07T13:00/);
    expect(
      sb.script
        .triggers()
        .map((t) => t.eventType)
        .sort(),
    ).toEqual(["CLOCK", "ON_EDIT"]);
  });

  test("two hours later every timer run on the way fires, in time order, each its own pass", async () => {
    seen.length = 0;
    const { code, out } = await run(["--workspace", workspace, "--now", "2026-12-07T15:00:00Z"]);
    expect(code).toBe(0);
    const sb = openWorkspace(workspace);
    const timer = sb.script.triggers().find((t) => t.eventType === "CLOCK")!;
    const minutes = timer.schedule.everyMinutes!;
    const fired = seen.slice(0, -1); // the last pass is the run's own, at --now
    expect(fired).toHaveLength(Math.floor(120 / minutes));
    fired.forEach((at, i) => expect(at.getTime() - fired[0].getTime()).toBe(i * minutes * 60_000));
    expect(fired[fired.length - 1].getTime()).toBeLessThanOrEqual(Date.parse("2026-12-07T15:00:00Z"));
    expect(out).toMatch(new RegExp(`${fired.length} trigger run\\(s\\)`));
    expect(timer.lastRun!.getTime()).toBe(fired[fired.length - 1].getTime());
    expect(sb.kernel.now().toISOString()).toMatch(/^2026-12-07T15:00/);
  });

  test("a time before the workspace's clock is refused: time only moves forward", async () => {
    await expect(run(["--workspace", workspace, "--now", "2026-12-01T00:00:00Z"])).rejects.toThrow(
      /before this workspace's clock .* time only moves forward/,
    );
  });
});

describe("lead-ledger run --now, days later: that week's digests in the outbox, the follow-ups in the .ics", () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-week-"));
  const inbox = path.join(__dirname, "../../examples/inbox");

  test("the inbox on Monday, then Wednesday: one digest per business morning, each a real MIME message", async () => {
    const first = await run(["--inbox", inbox, "--workspace", workspace, "--now", "2026-11-30T15:00:00Z"]);
    expect(first.out).toMatch(/^Follow-up events: 6 created/m);
    expect(first.out).toMatch(
      /^ {2}L-0002 2026-12-01 09:00 {2}Follow up: Marcus Hale \(Brightline Legal LLP\)$/m,
    );
    const later = await run(["--workspace", workspace, "--now", "2026-12-02T15:00:00Z"]);
    expect(later.out).toMatch(
      /^Daily digest sent to owner@ledger-owner\.example: Follow-ups for Tuesday 1 December: 1 due today$/m,
    );
    const outbox = fs.readdirSync(path.join(workspace, "outbox")).sort();
    expect(outbox.map((f) => f.replace(/-[0-9a-f]+\.eml$/, ""))).toEqual([
      "2026-11-30-1500-follow-ups-for-monday-30-november-6-new",
      // the Monday summary goes out on the same pass (issue 10)
      "2026-11-30-1500-lead-ledger-week-of-23-nov-2026-0-in-0-won",
      "2026-12-01-1400-follow-ups-for-tuesday-1-december-1-due-today",
      "2026-12-02-1400-follow-ups-for-wednesday-2-december-3-due-today",
    ]);
    const raw = fs.readFileSync(path.join(workspace, "outbox", outbox[2]), "utf8");
    expect(raw).toMatch(/^Content-Type: multipart\/alternative; boundary=/m);
    expect(raw).toMatch(/^To: owner@ledger-owner\.example\r$/m);
    const ics = fs.readFileSync(path.join(workspace, "Lead follow-ups.ics"), "utf8");
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(6);
  });
});
