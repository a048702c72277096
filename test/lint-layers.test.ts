// The layer rules in eslint.config.mjs catch a service call planted in the wrong folder (and allow the right one).
// ESLint runs once, in its own Node process (jest cannot load the ES-module config), over every planted case.
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "..");

const CASES: [why: string, file: string, code: string, message: RegExp | null][] = [
  ["core reading a Gmail body itself", "src/core/email/planted.ts", "export const b = () => GmailApp.getInboxThreads();", /src\/core is pure/],
  ["core decoding through a Blob", "src/core/planted.ts", "export const d = () => Utilities.newBlob([]);", /src\/core is pure/],
  ["a job locking by itself", "src/jobs/planted.ts", "export const l = () => LockService.getScriptLock();", /jobs call src\/workspace/],
  ["a job opening a Drive file", "src/jobs/planted.ts", "export const f = (id: string) => DriveApp.getFileById(id);", /jobs call src\/workspace/],
  ["a card reading Gmail", "src/addon/planted.ts", "export const m = (id: string) => GmailApp.getMessageById(id);", /the add-on builds cards/],
  ["a card making an id", "src/addon/planted.ts", "export const u = () => Utilities.getUuid();", /the add-on builds cards/],
  ["the Gmail adapter reading Gmail", "src/workspace/planted.ts", "export const b = () => GmailApp.getInboxThreads();", null],
  ["a card building a card", "src/addon/planted.ts", "export const c = () => CardService.newCardBuilder();", null],
];

const SCRIPT = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [file, code] of cases) {
  const [r] = await eslint.lintText(code, { filePath: file });
  out.push(r.messages.filter((m) => m.ruleId === "no-restricted-globals").map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

describe("layer rules (eslint.config.mjs)", () => {
  const run = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", SCRIPT, JSON.stringify(CASES.map(([, file, code]) => [path.join(root, file), code]))],
    { cwd: root, encoding: "utf8" },
  );
  const results: string[][] = run.status === 0 ? JSON.parse(run.stdout) : [];

  test("ESLint ran", () => {
    expect(run.stderr).toBe("");
    expect(results).toHaveLength(CASES.length);
  });

  test.each(CASES.map((c, i) => [c[0], i, c[3]] as const))("%s", (_why, i, message) => {
    expect(results[i]).toEqual(message ? [expect.stringMatching(message)] : []);
  });
});
