// appsscript.json asks for exactly the scopes the built code uses — no more, no less — and the README explains
// each one with Google's class (restricted / sensitive / non-sensitive).
import fs from "node:fs";
import path from "node:path";
import { SCOPE_NEEDS, neededScopes, type Manifest } from "./helpers/scopes";

const root = path.resolve(__dirname, "..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "appsscript.json"), "utf8")) as Manifest;
const bundle = path.join(root, "dist", "Code.js");

describe("OAuth scopes", () => {
  const code = fs.existsSync(bundle) ? fs.readFileSync(bundle, "utf8") : "";
  const needed = neededScopes(code, manifest);

  test("the bundle is built (npm run build) so its calls can be checked", () => {
    expect(code.length).toBeGreaterThan(0);
  });

  test("no scope is missing: every service the bundle calls has its scope in appsscript.json", () => {
    const missing = [...needed].filter(([s]) => !manifest.oauthScopes.includes(s)).map(([s, why]) => `${s} (for ${why})`);
    expect(missing).toEqual([]);
  });

  test("no scope is unused: each one in appsscript.json is needed by a call in the bundle or by the manifest", () => {
    const unused = manifest.oauthScopes.filter((s) => !needed.has(s));
    expect(unused).toEqual([]);
  });

  test("every scope in the manifest is explained in the README with Google's class, and the README lists no other", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("### Permissions"));
    const rows = [...table.matchAll(/^\|\s*`(https:\/\/[^`]+)`\s*\|([^|]*)\|([^|]*)\|/gm)].map((m) => ({
      scope: m[1],
      cls: m[2].trim().replace(/\*/g, "").toLowerCase(),
    }));
    expect(rows.map((r) => r.scope).sort()).toEqual([...manifest.oauthScopes].sort());
    for (const r of rows) expect(`${r.scope}: ${r.cls}`).toBe(`${r.scope}: ${SCOPE_NEEDS.find((n) => n.scope === r.scope)?.class}`);
  });
});

test("the checks catch both mistakes: a call without its scope, and a scope without a call", () => {
  const m: Manifest = { oauthScopes: ["https://www.googleapis.com/auth/calendar"] };
  const needed = neededScopes("function f(){ UrlFetchApp.fetch(u); }", m);
  expect([...needed.keys()]).toEqual(["https://www.googleapis.com/auth/script.external_request"]);
  expect(needed.has("https://www.googleapis.com/auth/calendar")).toBe(false);
});
