// Builds dist/ (the Apps Script project clasp pushes) and build/cli.cjs (the sandbox CLI for Node).
import { build } from "esbuild";
import fs from "node:fs";
import vm from "node:vm";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const GLOBAL = "LeadLedger";
export const shims = path.join(root, "scripts/shims");

/** esbuild options for the Apps Script bundle; the bundle test and the size benchmark reuse them. */
export function appsScriptOptions(entry = path.join(root, "src/main.ts")) {
  return {
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    target: "es2019",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["import", "default"],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
    // Node built-ins have no place in Apps Script: a dependency that reaches for one gets a shim or fails here.
    alias: { module: path.join(shims, "module.js") },
    define: { "process.env.EMAIL_FORWARD_PARSER_DISABLE_RE2": '"1"' },
  };
}

/** Names the bundle exports: each becomes a top-level function Apps Script can call by name. */
export function exportedNames(code) {
  const ctx = vm.createContext({});
  vm.runInContext(code + `;this.__names = Object.keys(${GLOBAL});`, ctx);
  return ctx.__names.filter((n) => n !== "default" && !/^[A-Z_]+$/.test(n));
}

async function buildAppsScript() {
  const out = await build({ ...appsScriptOptions(), write: false });
  let code = out.outputFiles[0].text;
  const stubs = exportedNames(code).map(
    (n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`,
  );
  code = `// Lead Ledger — built by scripts/build.mjs; edit src/, not this file.\n${code}\n${stubs.join("\n")}\n`;
  fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
  fs.mkdirSync(path.join(root, "dist"));
  fs.writeFileSync(path.join(root, "dist/Code.js"), code);
  fs.copyFileSync(path.join(root, "appsscript.json"), path.join(root, "dist/appsscript.json"));
  return { bytes: Buffer.byteLength(code), stubs: stubs.length };
}

async function buildCli() {
  await build({
    entryPoints: [path.join(root, "sandbox/cli.ts")],
    outfile: path.join(root, "build/cli.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [as] = await Promise.all([buildAppsScript(), buildCli()]);
  console.log(`dist/Code.js ${(as.bytes / 1024).toFixed(1)} KB, ${as.stubs} entry points; build/cli.cjs`);
}
