// A phone-sized photo of the example business card (a PNG over Drive's 2 MB OCR limit), made once per test run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

let cached: Uint8Array | null = null;

export function bigCardPhoto(): Uint8Array {
  if (cached) return cached;
  const file = path.join(os.tmpdir(), `lead-ledger-big-card-${process.pid}.png`);
  const r = spawnSync(process.execPath, [path.join(__dirname, "make-big-photo.cjs"), file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not make the big photo: ${r.stderr}`);
  cached = new Uint8Array(fs.readFileSync(file));
  fs.rmSync(file, { force: true });
  return cached;
}
