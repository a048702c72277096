// E-mail extraction: CPU time per 1,000 e-mails beside email-forward-parser alone, and the KB it adds to the bundle.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { appsScriptOptions } = require(path.join(root, "scripts/bundle-config.cjs"));
const shared = process.env.LEAD_LEDGER_SHARED ?? path.resolve(root, "..", "shared");
const N = 1000;

// The extractor and the sandbox's .eml reader, bundled for Node once (reading .eml files is not timed).
async function loadExtractor() {
  const out = await build({
    stdin: {
      contents: `export { extractLeadFromEmail } from "./src/core/email/extract";
        export { parseEml } from "./sandbox/eml";
        export { emailInputFromEml, ownerContext } from "./sandbox/cli/parse-eml";`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    write: false,
    logLevel: "error",
  });
  fs.mkdirSync(path.join(root, "build"), { recursive: true });
  const file = path.join(root, "build", `extract-bench-${process.pid}.cjs`);
  fs.writeFileSync(file, out.outputFiles[0].text);
  try {
    return require(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function emlFiles() {
  const dirs = [
    path.join(shared, "corpus/emails"),
    path.join(shared, "peer-corpus"),
    path.join(root, "test/fixtures/emails"),
  ];
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith(".eml"))
        .map((f) => path.join(d, f)),
    );
}

function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function speed() {
  const x = await loadExtractor();
  const EFP = (await import("email-forward-parser")).default;
  const inputs = [];
  for (const f of emlFiles()) {
    const eml = await x.parseEml(fs.readFileSync(f));
    inputs.push({ input: x.emailInputFromEml(eml), ctx: x.ownerContext(eml) });
  }
  const pick = (i) => inputs[i % inputs.length];
  // Warm-up so both sides are measured with compiled code.
  for (let i = 0; i < inputs.length; i++) x.extractLeadFromEmail(pick(i).input, pick(i).ctx);
  const parser = new EFP();
  const extractMs = cpuMs(() => {
    for (let i = 0; i < N; i++) x.extractLeadFromEmail(pick(i).input, pick(i).ctx);
  });
  const parserMs = cpuMs(() => {
    for (let i = 0; i < N; i++)
      parser.read(pick(i).input.plainBody.slice(0, 1024 * 1024), pick(i).input.subject);
  });
  console.log(`${inputs.length} distinct e-mails (corpus, peer corpus, fixtures), repeated to ${N}`);
  console.log(
    `extractLeadFromEmail        ${extractMs.toFixed(0).padStart(6)} ms CPU per ${N}  (${(extractMs / N).toFixed(2)} ms each; goal < 1000 ms)`,
  );
  console.log(
    `email-forward-parser alone  ${parserMs.toFixed(0).padStart(6)} ms CPU per ${N}  (${(parserMs / N).toFixed(2)} ms each)`,
  );
}

// The Apps Script bundle with and without the e-mail extractor (replaced by a stub), minified.
const stub = {
  name: "without-email-extraction",
  setup(b) {
    b.onResolve({ filter: /core\/email\/extract$/ }, () => ({
      path: "email-extract-stub",
      namespace: "stub",
    }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents:
        "export function extractLeadFromEmail() { return { lead: {}, needsReview: true, warnings: [] }; }",
      loader: "js",
    }));
  },
};

function byLibrary(metafile) {
  const sizes = {};
  for (const out of Object.values(metafile.outputs)) {
    for (const [file, info] of Object.entries(out.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
      const key = m
        ? m[1]
        : file.startsWith("src/core/email")
          ? "src/core/email"
          : file.startsWith("src/core/followup")
            ? "src/core/followup"
            : file.startsWith("src/")
              ? "src (rest)"
              : file;
      sizes[key] = (sizes[key] ?? 0) + info.bytesInOutput;
    }
  }
  return sizes;
}

async function bundleSize() {
  const base = { ...appsScriptOptions(), minify: true, metafile: true, write: false, logLevel: "error" };
  const entry = path.join(root, "src/core/email/extract.ts");
  // The product bundle imports the extractor through the capture job; an entry that re-exports it makes sure it counts.
  const withIt = await build({
    ...base,
    entryPoints: undefined,
    stdin: {
      contents: `export * from "./src/main"; export { extractLeadFromEmail } from "./src/core/email/extract";`,
      resolveDir: root,
      loader: "ts",
    },
  });
  const without = await build({
    ...base,
    entryPoints: undefined,
    plugins: [stub],
    stdin: {
      contents: `export * from "./src/main"; export { extractLeadFromEmail } from "./src/core/email/extract";`,
      resolveDir: root,
      loader: "ts",
    },
  });
  void entry;
  const a = byLibrary(withIt.metafile);
  const b = byLibrary(without.metafile);
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`\nminified Apps Script bundle, KB by library: with e-mail extraction | without | added`);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(
    (x, y) => (a[y] ?? 0) - (b[y] ?? 0) - ((a[x] ?? 0) - (b[x] ?? 0)),
  );
  for (const k of keys) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (Math.abs(d) < 50 && (a[k] ?? 0) < 2048) continue;
    console.log(`${k.padEnd(28)}${kb(a[k] ?? 0)}${kb(b[k] ?? 0)}${kb(d)}`);
  }
  const total = (x) => x.outputFiles[0].contents.length;
  console.log(
    `${"total".padEnd(28)}${kb(total(withIt))}${kb(total(without))}${kb(total(withIt) - total(without))}  (goal: extraction share < 150 KB)`,
  );
}

await speed();
await bundleSize();
