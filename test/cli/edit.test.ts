// `lead-ledger edit`: typing into Leads as a person would, so the on-edit trigger fires; mistakes change nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand } from "../../sandbox/cli/run";
import { editCommand } from "../../sandbox/cli/edit";
import { openWorkspace } from "../../sandbox/cli/workspace";

async function cli(
  command: (argv: string[]) => Promise<number>,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest
    .spyOn(process.stdout, "write")
    .mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  const e = jest
    .spyOn(process.stderr, "write")
    .mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  try {
    return { code: await command(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

function lead(workspace: string, id: string): Record<string, unknown> {
  const sb = openWorkspace(workspace);
  const [header, ...rows] = sb.sheets.read("Leads", "display");
  const row = rows.find((r) => r[0] === id)!;
  return Object.fromEntries(header.map((h, i) => [String(h), row[i]]));
}

describe("lead-ledger edit", () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-edit-"));
  const inbox = path.join(__dirname, "../../examples/inbox");
  const state = () => fs.readFileSync(path.join(workspace, "sandbox-state.json"), "utf8");

  beforeAll(async () => {
    await cli(runCommand, ["--inbox", inbox, "--workspace", workspace, "--now", "2026-11-30T15:00:00Z"]);
  });

  test("sets cells by header text and the on-edit trigger fires (a Stage change dates itself and is logged)", async () => {
    const { code, out } = await cli(editCommand, [
      "--workspace",
      workspace,
      "--lead",
      "L-0002",
      "--set",
      "next FOLLOW-UP=2026-12-10",
      "--set",
      "Stage=Contacted",
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/L-0002 Next follow-up = 2026-12-10/);
    const row = lead(workspace, "L-0002");
    expect(row["Next follow-up"]).toBe("2026-12-10");
    expect(row["Stage"]).toBe("Contacted");
    expect(row["Contacted on"]).toBe("2026-11-30"); // filled by the on-edit trigger
    const activity = fs.readFileSync(path.join(workspace, "Activity.csv"), "utf8");
    expect(activity).toMatch(/L-0002,stage change,Stage New → Contacted/);
  });

  test.each([
    ["an unknown lead", ["--lead", "L-0999", "--set", "Stage=Won"], /no lead L-0999 in Leads/],
    ["an unknown column", ["--lead", "L-0002", "--set", "Colour=Blue"], /no column "Colour" in Leads/],
    [
      "a value the Stage dropdown rejects",
      ["--lead", "L-0002", "--set", "Stage=Maybe"],
      /violates the data validation/,
    ],
    [
      "a second --set that fails after a good one",
      ["--lead", "L-0002", "--set", "Notes=x", "--set", "Nope=1"],
      /no column "Nope"/,
    ],
    ["no --set at all", ["--lead", "L-0002"], /at least one --set/],
  ])("%s: a clear error, exit 2, nothing changed", async (_why, args, message) => {
    const before = state();
    const { code, err } = await cli(editCommand, ["--workspace", workspace, ...args]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(state()).toBe(before);
  });
});
