#!/usr/bin/env node
// The lead-ledger command: runs the sandbox CLI that `npm run build` writes to build/cli.cjs.
const path = require("node:path");
const fs = require("node:fs");
const cli = path.join(__dirname, "..", "build", "cli.cjs");
if (!fs.existsSync(cli)) {
  process.stderr.write("lead-ledger: build/cli.cjs is missing; run `npm run build` first.\n");
  process.exit(1);
}
require(cli);
