// The lead-ledger command line: parse one input, or run the product on a local sandbox workspace.
import fs from "node:fs";
import path from "node:path";
import { parseEmlFile } from "./cli/parse-eml";
import { parseCardFile } from "./cli/parse-card";
import { runCommand } from "./cli/run";
import { helpText, isHelpFlag } from "./cli/help";
import { sniffKind } from "./cli/sniff";
import { editCommand } from "./cli/edit";
import { summaryCommand } from "./cli/summary";

const USAGE = helpText()!;
const KNOWN_EXT = new Set([".eml", ".txt", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"]);

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
  let kind = ext === ".eml" ? "email" : "card";
  let asPhoto: boolean | undefined;
  if (!KNOWN_EXT.has(ext)) {
    // No extension we know: the content decides, and the person is told what was assumed.
    const sniffed = sniffKind(new Uint8Array(fs.readFileSync(file)).subarray(0, 16384));
    process.stderr.write(`lead-ledger: ${path.basename(file)}: read as ${sniffed.kind === "text" ? "card text" : sniffed.kind === "photo" ? "a card photo" : "an e-mail"} (${sniffed.why})\n`);
    kind = sniffed.kind === "email" ? "email" : "card";
    asPhoto = sniffed.kind === "photo";
  }
  const result = kind === "email" ? await parseEmlFile(file) : await parseCardFile(file, asPhoto);
  process.stdout.write(JSON.stringify(result) + "\n");
  return 0;
}

function help(command?: string): number {
  const text = helpText(command);
  if (text === undefined) {
    process.stderr.write(`lead-ledger: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  process.stdout.write(text);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (isHelpFlag(command)) return help();
  if (command === "help") return help(rest[0]);
  if (command && helpText(command) && rest.some(isHelpFlag)) return help(command);
  if (command === "parse") return parse(rest[0]);
  if (command === "run") return runCommand(rest);
  if (command === "summary") return summaryCommand(rest);
  if (command === "edit") return editCommand(rest);
  if (!command) {
    process.stderr.write(USAGE);
    return 2;
  }
  process.stderr.write(`lead-ledger: unknown command "${command}"\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`lead-ledger: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
