// The lead-ledger command line: parse one input, or run the product on a local sandbox workspace.
import fs from "node:fs";
import path from "node:path";
import { parseEmlFile } from "./cli/parse-eml";
import { parseCardFile } from "./cli/parse-card";
import { runCommand } from "./cli/run";
import { editCommand } from "./cli/edit";
import { summaryCommand } from "./cli/summary";

const USAGE =
  "usage: lead-ledger parse FILE(.eml|.txt|.png|.jpg)\n" +
  "       lead-ledger run [--inbox DIR] [--cards DIR] [--history FILE] [--workspace DIR] [--now ISO-DATE] [--stats]\n" +
  "       lead-ledger summary [--workspace DIR] [--json]\n" +
  '       lead-ledger edit --workspace DIR --lead L-0001 --set "Next follow-up=2026-12-10" [--set …]\n';

async function parse(file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    fs.accessSync(file, fs.constants.R_OK);
    if (!fs.statSync(file).isFile()) throw new Error("not a file");
  } catch {
    process.stderr.write(`lead-ledger: cannot read ${file}\n`);
    return 1;
  }
  const ext = path.extname(file).toLowerCase();
  const result = ext === ".eml" ? await parseEmlFile(file) : await parseCardFile(file);
  process.stdout.write(JSON.stringify(result) + "\n");
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "parse") return parse(rest[0]);
  if (command === "run") return runCommand(rest);
  if (command === "summary") return summaryCommand(rest);
  if (command === "edit") return editCommand(rest);
  process.stderr.write(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`lead-ledger: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
