// Offline OCR for the sandbox's Drive: image bytes to text (tesseract.js with npm-shipped trained data).
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareForOcr } from "./ocr-image";
import { recognizeImages, trainedDataFile } from "./ocr-worker.cjs";

/** Bumped whenever preparation or tesseract settings change, so cached texts of an older pipeline are not reused. */
const PIPELINE = "v3";
const SYNC_TIMEOUT_MS = 180000;

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Where OCR texts are cached by image hash: LEAD_LEDGER_OCR_CACHE, else node_modules/.cache, else the temp folder. */
export function ocrCacheDir(): string {
  if (process.env.LEAD_LEDGER_OCR_CACHE) return process.env.LEAD_LEDGER_OCR_CACHE;
  const nm = path.join(repoRoot(), "node_modules");
  return fs.existsSync(nm)
    ? path.join(nm, ".cache", "lead-ledger-ocr")
    : path.join(os.tmpdir(), "lead-ledger-ocr");
}

function cacheFile(bytes: Uint8Array, languages: string[]): string {
  const hash = crypto.createHash("sha256").update(bytes).digest("hex");
  return path.join(ocrCacheDir(), `${hash}-${languages.join("+")}-${PIPELINE}.txt`);
}

function readCache(file: string, useCache: boolean): string | undefined {
  if (!useCache) return undefined;
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function writeCache(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch {
    // a cache that cannot be written only costs time
  }
}

function workerScript(): string {
  const candidates = [
    path.join(__dirname, "ocr-worker.cjs"),
    path.join(repoRoot(), "sandbox", "ocr-worker.cjs"),
  ];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error("sandbox/ocr-worker.cjs is missing");
  return found;
}

export interface OcrOptions {
  /** false: always run tesseract (the benchmark); the result is still written to the cache. */
  useCache?: boolean;
}

/**
 * Reads the text of an image synchronously (the Drive fake is synchronous, like Apps Script).
 * `languages` are tesseract codes, e.g. ["eng", "fra"]. Throws a clear error for an unreadable image.
 */
export function ocrImageSync(bytes: Uint8Array, languages: string[], opts: OcrOptions = {}): string {
  const file = cacheFile(bytes, languages);
  const cached = readCache(file, opts.useCache !== false);
  if (cached !== undefined) return cached;
  languages.forEach(trainedDataFile); // a missing language fails here, at once, naming the package to install
  const prepared = prepareForOcr(bytes);
  const job = JSON.stringify({
    images: [Buffer.from(prepared).toString("base64")],
    languages,
    dataDir: ocrCacheDir(),
  });
  const r = spawnSync(process.execPath, [workerScript()], {
    input: job,
    encoding: "utf8",
    timeout: SYNC_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    cwd: os.tmpdir(),
  });
  if (r.error) throw new Error(`OCR failed: ${r.error.message}`);
  let answer: { texts?: string[]; error?: string };
  try {
    answer = JSON.parse(r.stdout);
  } catch {
    throw new Error(
      `OCR failed: the worker exited with ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 300)}`,
    );
  }
  if (answer.error || !answer.texts) throw new Error(`OCR failed: ${answer.error ?? "no text"}`);
  writeCache(file, answer.texts[0]);
  return answer.texts[0];
}

/** The same, in this process, for callers that can wait (the CLI). */
export async function ocrImage(
  bytes: Uint8Array,
  languages: string[],
  opts: OcrOptions = {},
): Promise<string> {
  const file = cacheFile(bytes, languages);
  const cached = readCache(file, opts.useCache !== false);
  if (cached !== undefined) return cached;
  languages.forEach(trainedDataFile);
  const [text] = await recognizeImages([prepareForOcr(bytes)], languages, ocrCacheDir());
  writeCache(file, text);
  return text;
}
