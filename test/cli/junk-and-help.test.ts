// The command line with what a person really drops in a folder (empty and binary files, a photo, a folder named
// like an e-mail, a message without Message-ID) and the help a person reaches for first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { runCommand } from "../../sandbox/cli/run";

const BIN = path.join(__dirname, "../../bin/lead-ledger.js");

function cli(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  const e = jest.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  try {
    return { code: await runCommand(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const NO_MESSAGE_ID = [
  "From: Talia Brook <talia.brook@harbor-supply.example>",
  "To: owner@ledger-owner.example",
  "Subject: Quote for 40 office chairs",
  "Date: Mon, 30 Nov 2026 09:12:00 -0500",
  "",
  "Hello, could you send a quote for 40 office chairs?",
  "",
  "Talia Brook",
  "Harbor Supply Co.",
  "Phone: 416-555-0142",
  "",
].join("\r\n");

function binary(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 7;
  for (let i = 0; i < n; i++) b[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  return b;
}

describe("lead-ledger run on a messy inbox folder", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-junk-"));
  const inbox = path.join(root, "inbox");
  const workspace = path.join(root, "workspace");
  fs.mkdirSync(inbox);
  fs.writeFileSync(path.join(inbox, "empty.eml"), "");
  fs.writeFileSync(path.join(inbox, "noise.eml"), binary(800));
  fs.writeFileSync(path.join(inbox, "talia.eml"), NO_MESSAGE_ID);
  fs.writeFileSync(path.join(inbox, "notes.txt"), "call Talia back");
  fs.mkdirSync(path.join(inbox, "archive.eml"));

  test("junk is skipped and named, other files are reported, a folder is a warning, the lead is captured", async () => {
    const r = await run(["--inbox", inbox, "--workspace", workspace, "--now", "2026-11-30T15:00:00Z"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: archive\.eml\/ is a folder inside the inbox: ignored/);
    expect(r.out).toMatch(/^Captured 1, merged 0, needing review 0, skipped 3\b/m);
    expect(r.out).toMatch(/empty\.eml “\(no subject\)”: skipped — no person or company in it/);
    expect(r.out).toMatch(/noise\.eml “.*”: skipped — no person or company in it/);
    expect(r.out).toMatch(/notes\.txt: skipped — not an e-mail/);
    expect(r.out).toMatch(/talia\.eml “Quote for 40 office chairs”: captured L-0001 Talia Brook/);
    expect(r.out).not.toMatch(/no person found/);
    const leads = fs.readFileSync(path.join(workspace, "Leads.csv"), "utf8").trim().split("\n");
    expect(leads).toHaveLength(2);
  });

  test("the same folder again: nothing new, no Notes line added, no Activity entry logged twice", async () => {
    const activity = fs.readFileSync(path.join(workspace, "Activity.csv"), "utf8");
    const leads = fs.readFileSync(path.join(workspace, "Leads.csv"), "utf8");
    const r = await run(["--inbox", inbox, "--workspace", workspace, "--now", "2026-11-30T16:00:00Z"]);
    expect(r.out).toMatch(/^Captured 0, merged 0, needing review 0, skipped 1, already captured 3/m);
    expect(fs.readFileSync(path.join(workspace, "Activity.csv"), "utf8")).toBe(activity);
    expect(fs.readFileSync(path.join(workspace, "Leads.csv"), "utf8")).toBe(leads);
  });
});

describe("lead-ledger help", () => {
  test.each([[["--help"]], [["-h"]], [["help"]]])("%j prints every command, exit 0", (args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/parse FILE/);
    expect(r.out).toMatch(/\brun\b/);
  });

  test.each([[["help", "run"]], [["run", "--help"]]])("%j prints each option with its default, exit 0", (args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    for (const opt of ["--inbox", "--cards", "--workspace", "--now", "--stats"])
      expect(r.out).toMatch(new RegExp(`${opt}\\b.*\\(default: [^)]+\\)`));
    expect(r.out).toMatch(/--workspace DIR.*default: workspace/);
  });

  test("an unknown command says so, with the usage, exit 2", () => {
    const r = cli(["capture"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "capture"/);
    expect(r.err).toMatch(/usage: lead-ledger/);
  });
});

describe("lead-ledger parse on a file with no known extension", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-sniff-"));

  test("e-mail headers: read as an e-mail, and it says so", () => {
    const file = path.join(dir, "message");
    fs.writeFileSync(file, NO_MESSAGE_ID);
    const r = cli(["parse", file]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/read as an e-mail/);
    expect(JSON.parse(r.out).lead).toMatchObject({ name: "Talia Brook", email: "talia.brook@harbor-supply.example" });
  });

  test("plain text: read as card text, and it says so", () => {
    const file = path.join(dir, "card");
    fs.writeFileSync(file, "Talia Brook\nPurchasing Manager\nHarbor Supply Co.\ntalia.brook@harbor-supply.example\n");
    const r = cli(["parse", file]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/read as card text/);
    expect(JSON.parse(r.out).lead.email).toBe("talia.brook@harbor-supply.example");
  });
});

describe("lead-ledger parse: a photo with no extension", () => {
  test("image bytes: read as a card photo (OCR), and it says so", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-sniff-photo-"));
    const file = path.join(dir, "IMG_0142");
    fs.copyFileSync(path.join(__dirname, "../../examples/cards/harborview-realty.jpg"), file);
    const r = cli(["parse", file]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/read as a card photo \(JPEG image bytes\)/);
    expect(JSON.parse(r.out).lead.email).toBe("maya.castillo@harborview-realty.example");
  }, 60000);
});
