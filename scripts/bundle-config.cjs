// How the Apps Script bundle is made: esbuild options and the top-level stubs, shared by the build and tests.
const path = require("node:path");
const vm = require("node:vm");

const root = path.resolve(__dirname, "..");
const GLOBAL = "LeadLedger";

/** esbuild options for the Apps Script bundle of `entry`. */
function appsScriptOptions(entry = path.join(root, "src/main.ts")) {
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
    // Apps Script keeps sources as UTF-8: word tables in other scripts (Cyrillic, CJK, Polish …) are written as
    // they are, not as 6-byte \u escapes.
    charset: "utf8",
    logLevel: "warning",
    // Node built-ins have no place in Apps Script: a dependency that reaches for one gets a shim or fails here.
    alias: { module: path.join(root, "scripts/shims/module.js") },
    define: { "process.env.EMAIL_FORWARD_PARSER_DISABLE_RE2": '"1"' },
  };
}

/** Names the bundle exports: each becomes a top-level function Apps Script can call by name. */
function exportedNames(code) {
  const ctx = vm.createContext({});
  vm.runInContext(`${code};this.__names = Object.keys(${GLOBAL});`, ctx);
  return ctx.__names.filter((n) => n !== "default" && !/^[A-Z_]+$/.test(n));
}

/** The bundle with one top-level function per export, as Apps Script needs to call them by name. */
function withStubs(code) {
  const stubs = exportedNames(code).map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`);
  return { code: `${code}\n${stubs.join("\n")}\n`, count: stubs.length };
}

/** The sandbox CLI for Node (build/cli.cjs): packages stay external and resolve from node_modules. */
function cliOptions(outfile = path.join(root, "build/cli.cjs")) {
  return {
    entryPoints: [path.join(root, "sandbox/cli.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  };
}

module.exports = { appsScriptOptions, cliOptions, exportedNames, withStubs, root };
