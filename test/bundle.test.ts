// The built dist/ in a bare V8 context, as Apps Script loads it; and proof that the check catches breakage.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { loadBundle, manifestFunctionNames } from "./helpers/bundle-check";
import { HANDLERS } from "../src/handlers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appsScriptOptions, withStubs } = require("../scripts/bundle-config.cjs");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

async function bundleOf(entry: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const out = await build({ ...appsScriptOptions(path.join(root, entry)), ...overrides, write: false });
  const code = out.outputFiles![0].text;
  try {
    return withStubs(code).code;
  } catch {
    return code; // the build itself refuses it; the loader below must say why
  }
}

describe("the Apps Script bundle in dist/", () => {
  const code = fs.readFileSync(path.join(dist, "Code.js"), "utf8");
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "appsscript.json"), "utf8"));
  const entryPoints = [...new Set([...Object.values(HANDLERS), ...manifestFunctionNames(manifest)])];

  test("loads with only ECMAScript built-ins and Apps Script globals, touching no service", () => {
    expect(loadBundle(code, entryPoints).errors).toEqual([]);
  });

  test("the sandbox's chart renderer (vega, vega-lite, resvg) and its MIME builder never reach the bundle", () => {
    for (const marker of ["vega-lite", "vega.github.io", "Resvg", "resvg", "vegaLiteSpec", "buildMime"])
      expect(code.includes(marker) ? marker : "").toBe("");
    // the Summary's own code is there
    expect(code).toContain("Your own notes go below this line");
  });

  test("every function appsscript.json names is one of our handler constants", () => {
    const known = new Set<string>(Object.values(HANDLERS));
    expect(manifestFunctionNames(manifest).filter((n) => !known.has(n))).toEqual([]);
  });

  test("handler names are never scattered strings: triggers and card actions use HANDLERS", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (p.endsWith(".ts") && /(newTrigger|setFunctionName)\(\s*["'`]/.test(fs.readFileSync(p, "utf8")))
          offenders.push(path.relative(root, p));
      }
    };
    walk(path.join(root, "src"));
    expect(offenders).toEqual([]);
  });
});

describe("the bundle check fails when it should", () => {
  test("a missing entry point is reported", async () => {
    const code = await bundleOf("test/fixtures/bundle/missing-entry.ts");
    expect(loadBundle(code, ["onOpen", "captureNow"]).errors).toEqual(["entry point captureNow is not a top-level function"]);
  });

  test("a service touched at load is reported", async () => {
    const code = await bundleOf("test/fixtures/bundle/service-at-load.ts");
    expect(loadBundle(code, ["onOpen"]).errors.join("\n")).toMatch(/SpreadsheetApp\.getActiveSpreadsheet touched while the bundle loads/);
  });

  test("a dependency that needs a Node API is reported (email-forward-parser without its shim)", async () => {
    const code = await bundleOf("test/fixtures/bundle/node-api.ts", { alias: {}, define: {}, platform: "node" });
    expect(loadBundle(code, ["onOpen"]).errors.join("\n")).toMatch(/fails to load: .*(require|process|"module")/);
  });

  test("the same dependency with the shim loads cleanly", async () => {
    const code = await bundleOf("test/fixtures/bundle/node-api.ts");
    expect(loadBundle(code, ["onOpen"]).errors).toEqual([]);
  });
});
