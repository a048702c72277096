#!/usr/bin/env node
// The lead-ledger command: runs the sandbox CLI (build/cli.cjs), building it first when missing or stale.
const path = require("node:path");
const fs = require("node:fs");

const root = path.join(__dirname, "..");
const cli = path.join(root, "build", "cli.cjs");

/** Newest modification time of the TypeScript the CLI is bundled from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|cjs|js)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!fs.existsSync(cli)) return true;
  const built = fs.statSync(cli).mtimeMs;
  return ["src", "sandbox"].some((dir) => newestSource(path.join(root, dir)) > built);
}

if (stale()) {
  // Built to a private file and renamed, so parallel invocations never read a half-written bundle.
  const { buildSync } = require("esbuild");
  const { cliOptions } = require(path.join(root, "scripts", "bundle-config.cjs"));
  const tmp = path.join(root, "build", `cli.${process.pid}.cjs`);
  fs.mkdirSync(path.dirname(cli), { recursive: true });
  buildSync(cliOptions(tmp));
  fs.renameSync(tmp, cli);
}
require(cli);
