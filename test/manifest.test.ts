// appsscript.json asks for exactly the scopes the README explains to the user, and no other.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");

test("every OAuth scope in the manifest is explained in the README, and the README lists no other", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "appsscript.json"), "utf8")) as {
    oauthScopes: string[];
  };
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("### Permissions"));
  const explained = [...table.matchAll(/^\|\s*`(https:\/\/[^`]+)`\s*\|/gm)].map((m) => m[1]);
  expect([...explained].sort()).toEqual([...manifest.oauthScopes].sort());
});
