// npm run deploy: checks what clasp needs (a script id in .clasp.json, a clasp login, clasp itself), builds
// dist/ and runs `clasp push`. Anything missing is said with the exact step to take, and exits 2.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = process.cwd();
const skipBuild = process.argv.includes("--skip-build");
const API_SETTINGS = "https://script.google.com/home/usersettings";

function stop(lines) {
  console.error(lines.join("\n"));
  process.exit(2);
}

// 1. .clasp.json names the Apps Script project to push to.
const claspFile = path.join(root, ".clasp.json");
function readClasp() {
  try {
    return JSON.parse(fs.readFileSync(claspFile, "utf8"));
  } catch {
    return {};
  }
}
const clasp = readClasp();
if (!clasp.scriptId || /REPLACE|YOUR/i.test(clasp.scriptId))
  stop([
    "deploy: .clasp.json has no script id yet.",
    "  Either create a new sheet-bound project:   clasp create --type sheets --title \"Lead Ledger\" --rootDir dist",
    "  (then move the new .clasp.json here and keep \"rootDir\": \"dist\"),",
    "  or use an existing sheet: open it, Extensions → Apps Script → Project Settings → copy the Script ID,",
    `  and put it in ${claspFile}:  { "scriptId": "<the id>", "rootDir": "dist" }`,
  ]);
if (clasp.rootDir && path.resolve(root, clasp.rootDir) !== path.join(root, "dist"))
  stop([`deploy: .clasp.json has "rootDir": "${clasp.rootDir}"; it must be "dist" (the built add-on).`]);

// 2. clasp is logged in (it keeps its credentials in ~/.clasprc.json).
const home = process.env.HOME || os.homedir();
if (!fs.existsSync(path.join(home, ".clasprc.json")))
  stop([
    "deploy: clasp is not logged in to a Google account.",
    "  Run:  clasp login   (a browser opens; sign in with the account that owns the script).",
    `  Before the first push, turn on "Google Apps Script API" at ${API_SETTINGS} (clasp cannot push without it).`,
  ]);

// 3. clasp itself.
const version = spawnSync("clasp", ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
if (version.error || version.status !== 0)
  stop(["deploy: clasp is not installed.", "  Run:  npm install -g @google/clasp   then  clasp login"]);

if (!skipBuild) {
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const push = spawnSync("clasp", ["push", "--force"], { cwd: root, encoding: "utf8", shell: process.platform === "win32" });
process.stdout.write(push.stdout ?? "");
process.stderr.write(push.stderr ?? "");
if (push.status !== 0) {
  if (/Apps Script API|usersettings/i.test(`${push.stdout}${push.stderr}`))
    stop([`deploy: turn on "Google Apps Script API" at ${API_SETTINGS}, wait a minute, then run npm run deploy again.`]);
  process.exit(push.status ?? 1);
}
console.log("deploy: pushed dist/ to your Apps Script project. Next: see \"Deploy to a real Google account\" in README.md.");
