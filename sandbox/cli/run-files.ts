// Files in and out of a sandbox run: card photos into the Lead cards folder; the ledger out as xlsx and csv.
import fs from "node:fs";
import path from "node:path";
import type { Sandbox } from "../index";
import { driveState, putDriveFile } from "../drive/store";
import { exportWorkbook } from "../export";
import { execution } from "./run-jobs";

const MIME: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".heic": "image/heic",
  ".pdf": "application/pdf",
  ".txt": "text/plain",
};

function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Photos dropped into the Lead cards folder, as the Drive app on a phone uploads them. A photo already in
 * the sandbox's Drive (same name and bytes, e.g. a second `npm start`) is not uploaded again: a person does
 * not upload the same photo twice.
 */
export function putCardPhotos(sandbox: Sandbox, files: string[], folder = "Lead cards"): void {
  const existing = Object.values(driveState(sandbox.kernel).files).filter((f) => !f.trashed);
  for (const file of files) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    if (existing.some((f) => f.name === path.basename(file) && sameBytes(f.bytes, bytes))) continue;
    const mime = MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    putDriveFile(sandbox, folder, path.basename(file), bytes, mime);
  }
}

/** Writes `Lead Ledger.xlsx` and one CSV per tab into `dir`; returns the paths written. */
export async function exportLedger(sandbox: Sandbox, dir: string): Promise<string[]> {
  const ss = execution(sandbox, () => SpreadsheetApp.openById(sandbox.sheets.activeId()));
  const files = await exportWorkbook(ss, dir, "Lead Ledger");
  return [files.xlsx, ...files.csv];
}
