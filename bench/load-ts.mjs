// Shared by the benchmarks: bundles TypeScript under test (packages external) into build/ and requires it.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** `source` is either a file to bundle or the text of an entry module (resolved from the repo root). */
export async function loadTs(name, source) {
  const outfile = path.join(root, "build", `${name}-bench-${process.pid}.cjs`);
  const input = source.endsWith(".ts")
    ? { entryPoints: [path.join(root, source)] }
    : { stdin: { contents: source, resolveDir: root, loader: "ts" } };
  await build({
    ...input,
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
  try {
    return createRequire(path.join(root, "package.json"))(outfile);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}
