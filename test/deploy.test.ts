// npm run deploy says exactly what to do when a step of the real deployment is missing (exit 2), and pushes when
// everything is in place (a stand-in clasp records the call).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

const script = path.resolve(__dirname, "../scripts/deploy.mjs");

function project(opts: { scriptId?: string; loggedIn?: boolean; clasp?: boolean }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ll-deploy-"));
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin);
  if (opts.scriptId !== undefined) fs.writeFileSync(path.join(dir, ".clasp.json"), JSON.stringify({ scriptId: opts.scriptId, rootDir: "dist" }));
  if (opts.loggedIn) fs.writeFileSync(path.join(dir, ".clasprc.json"), "{}");
  if (opts.clasp)
    fs.writeFileSync(path.join(bin, "clasp"), `#!/bin/sh\necho "$@" >> "${path.join(dir, "clasp-calls")}"\necho 3.0.0\n`, { mode: 0o755 });
  const run = () =>
    spawnSync(process.execPath, [script, "--skip-build"], {
      cwd: dir,
      env: { ...process.env, HOME: dir, PATH: `${bin}${path.delimiter}/usr/bin${path.delimiter}/bin` },
      encoding: "utf8",
    });
  return { dir, run };
}

describe("npm run deploy", () => {
  test.each([
    ["no .clasp.json", undefined],
    ["the placeholder script id", "REPLACE_WITH_YOUR_SCRIPT_ID"],
  ])("with %s it says how to get a script id (clasp create --type sheets, or an existing sheet's) and exits 2", (_why, scriptId) => {
    const r = project({ scriptId, loggedIn: true, clasp: true }).run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no script id/);
    expect(r.stderr).toMatch(/clasp create --type sheets/);
    expect(r.stderr).toMatch(/Extensions → Apps Script → Project Settings/);
  });

  test("without a clasp login it says to run clasp login and to turn on the Apps Script API first, exit 2", () => {
    const r = project({ scriptId: "1abcDEFfictional", clasp: true }).run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/clasp login/);
    expect(r.stderr).toContain("https://script.google.com/home/usersettings");
  });

  test("without clasp installed it says how to install it, exit 2", () => {
    const r = project({ scriptId: "1abcDEFfictional", loggedIn: true }).run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/npm install -g @google\/clasp/);
  });

  test("with everything in place it runs clasp push", () => {
    const p = project({ scriptId: "1abcDEFfictional", loggedIn: true, clasp: true });
    const r = p.run();
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(p.dir, "clasp-calls"), "utf8")).toMatch(/^--version\npush --force\n$/);
  });
});
