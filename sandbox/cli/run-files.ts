// Files in and out of a sandbox run: card photos into the Lead cards folder; the ledger out as xlsx and csv.
import fs from "node:fs";
import path from "node:path";
import type { Sandbox } from "../index";
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

/** Photos dropped into the Lead cards folder (as the Drive app would upload them). */
export async function putCardPhotos(sandbox: Sandbox, files: string[]): Promise<void> {
  if (!files.length) return;
  if (!("DriveApp" in sandbox.globals))
    throw new Error("the sandbox has no DriveApp yet: card photos cannot be delivered");
  execution(sandbox, () => {
    const folders = DriveApp.getFoldersByName("Lead cards");
    const folder = folders.hasNext() ? folders.next() : DriveApp.createFolder("Lead cards");
    for (const file of files) {
      const ext = path.extname(file).toLowerCase();
      const bytes = Array.from(fs.readFileSync(file)).map((b) => (b > 127 ? b - 256 : b));
      folder.createFile(
        Utilities.newBlob(bytes, MIME[ext] ?? "application/octet-stream", path.basename(file)),
      );
    }
  });
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes `Lead Ledger.xlsx` (when the sandbox export exists) and one CSV per tab; returns the paths. */
export async function exportLedger(sandbox: Sandbox, dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const id = sandbox.sheets.activeId();
  const exportPath = path.join(__dirname, "..", "export");
  let exported = false;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(exportPath) as {
      exportWorkbook?: (sb: Sandbox, id: string, dir: string) => Promise<string[]>;
    };
    if (mod.exportWorkbook) {
      written.push(...(await mod.exportWorkbook(sandbox, id, dir)));
      exported = true;
    }
  } catch {
    exported = false;
  }
  if (!exported) {
    const book = sandbox.sheets.book(id) as unknown as { sheets: { name: string }[] };
    const tables = execution(sandbox, () => {
      const ss = SpreadsheetApp.openById(id);
      return book.sheets.map((s) => ({
        name: s.name,
        rows: ss.getSheetByName(s.name)!.getDataRange().getDisplayValues(),
      }));
    });
    for (const t of tables) {
      const file = path.join(dir, `${t.name}.csv`);
      fs.writeFileSync(file, t.rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n");
      written.push(file);
    }
  }
  return written;
}
