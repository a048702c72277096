// Files in and out of a sandbox run: card photos into the Lead cards folder; the ledger out as xlsx and csv.
import fs from "node:fs";
import path from "node:path";
import type { Sandbox } from "../index";
import { putDriveFile } from "../drive/store";
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

/** Photos dropped into the Lead cards folder, as the Drive app on a phone uploads them. */
export function putCardPhotos(sandbox: Sandbox, files: string[], folder = "Lead cards"): void {
  for (const file of files) {
    const mime = MIME[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    putDriveFile(sandbox, folder, path.basename(file), new Uint8Array(fs.readFileSync(file)), mime);
  }
}

/** Writes `Lead Ledger.xlsx` and one CSV per tab into `dir`; returns the paths written. */
export async function exportLedger(sandbox: Sandbox, dir: string): Promise<string[]> {
  const ss = execution(sandbox, () => SpreadsheetApp.openById(sandbox.sheets.activeId()));
  const files = await exportWorkbook(ss, dir, "Lead Ledger");
  return [files.xlsx, ...files.csv];
}
