// Drive's thumbnails: an image file gets a `thumbnailLink` (Drive renders PNG and JPEG here); fetched at `=sN`
// with the user's token, it is the picture scaled down to N pixels on its longest side, as a JPEG.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { imageKind } from "../image-decode";
import type { StoredFile } from "./store";

const HOST = "https://lh3.googleusercontent.com/drive-storage/";
/** The size Drive puts on a thumbnailLink (its default preview). */
const DEFAULT_SIZE = 220;

/** The file's thumbnailLink, or undefined when Drive has no preview of it (not an image, or a format not rendered). */
export function thumbnailLink(f: StoredFile): string | undefined {
  if (!f.bytes || f.trashed) return undefined;
  const kind = imageKind(f.bytes);
  return kind === "png" || kind === "jpeg" ? `${HOST}sandbox-thumb-${f.id}=s${DEFAULT_SIZE}` : undefined;
}

/** The file id and size of a thumbnail URL; undefined for any other URL. */
export function parseThumbnailUrl(url: string): { id: string; size: number } | undefined {
  const m = /^https:\/\/lh3\.googleusercontent\.com\/drive-storage\/sandbox-thumb-([^=/?#]+)=s(\d+)$/.exec(url);
  return m ? { id: m[1], size: Math.max(1, Math.min(Number(m[2]), 4096)) } : undefined;
}

/** The picture with its longest side at most `size` (box-averaged), as a JPEG of quality 85 (thumbnail-render.cjs). */
export function renderThumbnail(bytes: Uint8Array, size: number): Uint8Array {
  // Beside this file in the repository; the CLI bundle (build/cli.cjs) finds it under sandbox/drive/.
  const script = [path.join(__dirname, "thumbnail-render.cjs"), path.resolve(__dirname, "..", "sandbox", "drive", "thumbnail-render.cjs")].find((f) => fs.existsSync(f));
  if (!script) throw new Error("sandbox/drive/thumbnail-render.cjs is missing");
  const r = spawnSync(process.execPath, [script, String(size)], {
    input: Buffer.from(bytes),
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`the sandbox could not render the preview: ${String(r.stderr).trim()}`);
  return new Uint8Array(r.stdout);
}
