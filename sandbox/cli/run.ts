// `lead-ledger run`: deliver an inbox and card photos into a sandbox workspace, run setup and the jobs.
import fs from "node:fs";
import path from "node:path";
import { execution, runSetup, runTimedUntilDone } from "./run-jobs";
import { deliverInboxFile } from "./deliver-inbox";
import { formatNurture } from "./nurture-report";
import { LEDGER_ID_KEY } from "../../src/workspace/spreadsheet";
import { formatAdvance, formatJobs, formatReport } from "./report";
import { putCardPhotos } from "./run-files";
import { readInbox } from "./inbox";
import { advanceTo, openWorkspace, saveWorkspace } from "./workspace";
import { writeOutputs } from "./outputs";
import { writeSummaryCharts } from "./summary-files";
import { importHistory } from "./history";

interface RunArgs {
  inbox?: string;
  cards?: string;
  history?: string;
  workspace: string;
  now?: Date;
  stats: boolean;
}

function parseArgs(args: string[]): RunArgs {
  const out: RunArgs = { workspace: "workspace", stats: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--inbox") out.inbox = value();
    else if (a === "--cards") out.cards = value();
    else if (a === "--history") out.history = value();
    else if (a === "--workspace") out.workspace = value();
    else if (a === "--now") {
      const d = new Date(value());
      if (isNaN(d.getTime())) throw new Error(`--now: not a date: ${args[i]}`);
      out.now = d;
    } else if (a === "--stats") out.stats = true;
    else throw new Error(`unknown option ${a}`);
  }
  return out;
}

function filesIn(dir: string | undefined, exts: RegExp): string[] {
  if (!dir) return [];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`cannot read folder ${dir}`);
  return fs
    .readdirSync(dir)
    .filter((f) => exts.test(f) && fs.statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => path.join(dir, f));
}

export async function runCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const started = Date.now();
  // The workspace continues at its saved clock; --now moves it forward, firing the time triggers on the way.
  const sandbox = openWorkspace(args.workspace, args.now);
  const advance = args.now ? advanceTo(sandbox, args.now) : null;
  const inbox = readInbox(args.inbox);
  for (const w of inbox.warnings) process.stderr.write(`lead-ledger: warning: ${w}\n`);
  const fileOf = new Map<string, string>();
  for (const file of inbox.emails)
    fileOf.set(deliverInboxFile(sandbox, new Uint8Array(fs.readFileSync(file))), path.basename(file));
  // As in Apps Script: setup runs once (here, on a new workspace); after that only the triggers run, and the
  // capture job checks that setup is still in place (and repairs it) on its own.
  const setUp = execution(sandbox, () => !!PropertiesService.getUserProperties().getProperty(LEDGER_ID_KEY));
  const setup = setUp ? { changed: [], problems: [] } : runSetup(sandbox);
  if (args.history) importHistory(sandbox, args.history);
  putCardPhotos(sandbox, filesIn(args.cards, /\.(png|jpe?g|gif|webp|heic|pdf|txt)$/i));
  const runs = runTimedUntilDone(sandbox);
  const calls = { ...sandbox.kernel.calls };
  const wallMs = Date.now() - started;
  const charts = writeSummaryCharts(sandbox, args.workspace);
  saveWorkspace(sandbox, args.workspace);
  const written = [...(await writeOutputs(sandbox, args.workspace)), ...charts];
  if (advance?.runs.length) process.stdout.write(formatAdvance(advance) + "\n");
  process.stdout.write(
    formatReport(runs.outcomes, runs.alreadyCaptured, wallMs, setup.changed, { fileOf, skipped: inbox.skipped }) +
      "\n",
  );
  const jobs = formatJobs([...(advance?.passes.map((p) => p.report) ?? []), ...runs.reports]);
  if (jobs) process.stdout.write(jobs + "\n");
  const nurture = formatNurture([...(advance?.passes.flatMap((p) => p.report.jobs) ?? []), ...runs.jobs]);
  if (nurture) process.stdout.write(nurture + "\n");
  if (setup.problems.length) process.stdout.write(`Setup problems: ${setup.problems.join("; ")}\n`);
  process.stdout.write(`Wrote ${written.map((f) => path.relative(process.cwd(), f)).join(", ")}\n`);
  if (args.stats) process.stdout.write(JSON.stringify({ calls, wallMs }) + "\n");
  return 0;
}
