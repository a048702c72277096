// `npm run demo:nurture`: the nurture story on the sample data, with the same CLI a person would use.
// 1. capture examples/inbox on 2026-11-30; 2. mark three leads Lost (lead-ledger edit) and fill in the
// Business address; 3. move the clock to 2026-12-01 16:00 UTC: the timer sends the month's nurture
// (WORKSPACE/outbox); 4. the lead answers the email (examples/nurture/reply-from-lead.eml, threaded onto the
// message in the outbox): the next run tags it Re-engaged, back to New, and alerts the owner.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { loadTs, root } from "../bench/load-ts.mjs";

const workspace = path.join(root, ".workspace", "nurture-demo");
const cli = (...args) => {
  process.stdout.write(`\n$ lead-ledger ${args.join(" ")}\n`);
  const r = spawnSync(process.execPath, [path.join(root, "bin", "lead-ledger.js"), ...args], {
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

fs.rmSync(workspace, { recursive: true, force: true });
cli("run", "--inbox", "examples/inbox", "--workspace", workspace, "--now", "2026-11-30T15:00:00Z");

const lost = fs
  .readFileSync(path.join(root, "examples", "nurture", "lost-leads.txt"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => l.split("|").map((s) => s.trim()));
for (const [lead, lostOn, reason] of lost)
  cli(
    "edit",
    "--workspace",
    workspace,
    "--lead",
    lead,
    "--set",
    "Stage=Lost",
    "--set",
    `Lost on=${lostOn}`,
    "--set",
    `Lost reason=${reason}`,
  );

// The owner fills in the Business address in the Settings tab (typed, so the on-edit trigger sees it).
const sbx = await loadTs(
  "nurture-demo",
  `export { openWorkspace, saveWorkspace } from "./sandbox/cli/workspace";
   export { execution, scriptHandlers } from "./sandbox/cli/run-jobs";`,
);
const sb = sbx.openWorkspace(workspace);
const rows = sbx.execution(sb, () =>
  globalThis.SpreadsheetApp.openById(sb.sheets.activeId())
    .getSheetByName("Settings")
    .getDataRange()
    .getValues(),
);
const row = rows.findIndex((r) => r[0] === "Business address") + 1;
sb.sheets.edit(
  { sheet: "Settings", a1: `B${row}` },
  "12 Example Street, Springfield, ON A1A 1A1",
  sbx.scriptHandlers(sb),
);
sbx.saveWorkspace(sb, workspace);
process.stdout.write(`\n(Settings: Business address typed in row ${row})\n`);

cli("run", "--workspace", workspace, "--now", "2026-12-01T16:00:00Z");

const outbox = path.join(workspace, "outbox");
const sent = fs
  .readdirSync(outbox)
  .map((f) => path.join(outbox, f))
  .map((f) => ({ f, raw: fs.readFileSync(f, "utf8") }));
const nurture = sent.filter((s) => /lead-ledger\.nurture\.L-0001\./.test(s.raw));
if (!nurture.length) {
  process.stderr.write("No nurture email to L-0001 in the outbox.\n");
  process.exit(1);
}
const h = (name) => new RegExp(`^${name}: (.*)$`, "m").exec(nurture[0].raw)[1].trim();
const to = h("To");
const reply = fs
  .readFileSync(path.join(root, "examples", "nurture", "reply-from-lead.eml"), "utf8")
  .replaceAll("{{From}}", to)
  .replaceAll("{{To}}", h("From"))
  .replaceAll("{{Subject}}", h("Subject"))
  .replaceAll("{{Message-ID}}", h("Message-ID"))
  .replaceAll("{{Name}}", to.replace(/\s*<.*$/, "").replace(/"/g, ""));
const inbox = path.join(workspace, "replies");
fs.mkdirSync(inbox, { recursive: true });
fs.writeFileSync(path.join(inbox, "reply.eml"), reply.replace(/\r?\n/g, "\r\n"));
process.stdout.write(
  `\nNurture emails in ${path.relative(root, outbox)}: ${sent.filter((s) => /lead-ledger\.nurture\./.test(s.raw)).length}\n`,
);

cli("run", "--inbox", inbox, "--workspace", workspace, "--now", "2026-12-02T16:00:00Z");
process.stdout.write(
  `\nThe ledger: ${path.relative(root, path.join(workspace, "Lead Ledger.xlsx"))} (Leads.csv, Activity.csv beside it)\n`,
);
