// Builds dist/ (the Apps Script project clasp pushes) and build/cli.cjs (the sandbox CLI for Node).
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import config from "./bundle-config.cjs";

const { appsScriptOptions, cliOptions, withStubs, root } = config;

async function buildAppsScript() {
  const out = await build({ ...appsScriptOptions(), write: false });
  const { code, count } = withStubs(out.outputFiles[0].text);
  const text = `// Lead Ledger — built by scripts/build.mjs; edit src/, not this file.\n${code}`;
  fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
  fs.mkdirSync(path.join(root, "dist"));
  fs.writeFileSync(path.join(root, "dist/Code.js"), text);
  fs.copyFileSync(path.join(root, "appsscript.json"), path.join(root, "dist/appsscript.json"));
  return { bytes: Buffer.byteLength(text), stubs: count };
}

async function buildCli() {
  await build(cliOptions());
}

const [as] = await Promise.all([buildAppsScript(), buildCli()]);
console.log(`dist/Code.js ${(as.bytes / 1024).toFixed(1)} KB, ${as.stubs} entry points; build/cli.cjs`);
