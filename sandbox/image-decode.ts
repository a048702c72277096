// Reading a photo for OCR: its format from its first bytes, PNG/JPEG decoded to grey, EXIF orientation, size.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";

export interface Grey {
  w: number;
  h: number;
  px: Float32Array;
}

export type ImageKind = "png" | "jpeg" | "gif" | "bmp" | "tiff" | "webp" | "heic";

/** The image format from its first bytes, or undefined for bytes that are no image. */
export function imageKind(b: Uint8Array): ImageKind | undefined {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return "png";
  if (at(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return "gif";
  if (at(0, 0x42, 0x4d)) return "bmp";
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return "tiff";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "webp";
  if (
    at(4, 0x66, 0x74, 0x79, 0x70) &&
    /^(heic|heix|mif1|msf1|hevc)$/.test(String.fromCharCode(...b.slice(8, 12)))
  )
    return "heic";
  return undefined;
}

export function decode(bytes: Uint8Array, kind: "png" | "jpeg"): Grey {
  let w: number, h: number, d: Uint8Array;
  try {
    if (kind === "png") {
      const p = PNG.sync.read(Buffer.from(bytes));
      [w, h, d] = [p.width, p.height, p.data];
    } else {
      const j = jpeg.decode(Buffer.from(bytes), { useTArray: true, maxMemoryUsageInMB: 512 });
      [w, h, d] = [j.width, j.height, j.data];
    }
  } catch (err) {
    // eslint-disable-next-line preserve-caught-error -- the decoder's message is kept in ours (ES2021 lib has no cause)
    throw new Error(
      `the image is corrupt or truncated (${kind}: ${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (!w || !h) throw new Error("the image is empty");
  const px = new Float32Array(w * h);
  for (let i = 0; i < px.length; i++) px[i] = 0.299 * d[4 * i] + 0.587 * d[4 * i + 1] + 0.114 * d[4 * i + 2];
  return { w, h, px };
}

/** A photo larger than needed (a phone's 12 MP) is averaged down by a whole factor: text stays sharp, work shrinks. */
export function shrink(g: Grey, maxSide = 2400): Grey {
  const f = Math.ceil(Math.max(g.w, g.h) / maxSide);
  if (f <= 1) return g;
  const w = Math.floor(g.w / f);
  const h = Math.floor(g.h / f);
  const px = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = 0; dy < f; dy++)
        for (let dx = 0; dx < f; dx++) sum += g.px[(y * f + dy) * g.w + x * f + dx];
      px[y * w + x] = sum / (f * f);
    }
  return { w, h, px };
}

/** A JPEG's EXIF orientation (1 = as stored, 3 = upside down, 6 / 8 = turned a quarter), 1 when absent. */
export function exifOrientation(b: Uint8Array): number {
  let at = 2;
  while (at + 4 < b.length && b[at] === 0xff) {
    const marker = b[at + 1];
    const len = (b[at + 2] << 8) | b[at + 3];
    if (marker === 0xe1 && String.fromCharCode(...b.slice(at + 4, at + 8)) === "Exif") {
      const tiff = at + 10;
      const le = b[tiff] === 0x49;
      const u16 = (o: number) => (le ? b[o] | (b[o + 1] << 8) : (b[o] << 8) | b[o + 1]);
      const u32 = (o: number) => (le ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
      const ifd = tiff + u32(tiff + 4);
      for (let k = 0, n = u16(ifd); k < n && ifd + 2 + k * 12 + 10 <= b.length; k++) {
        const entry = ifd + 2 + k * 12;
        if (u16(entry) === 0x0112) return u16(entry + 8);
      }
      return 1;
    }
    if (marker === 0xda) break; // image data: no EXIF before it
    at += 2 + len;
  }
  return 1;
}

/** The image turned as its EXIF orientation says a viewer shows it (phones store portrait shots turned). */
export function upright(g: Grey, orientation: number): Grey {
  if (orientation !== 3 && orientation !== 6 && orientation !== 8) return g;
  const { w, h, px } = g;
  if (orientation === 3) return { w, h, px: px.slice().reverse() };
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      // 6: turn a quarter clockwise; 8: a quarter counter-clockwise.
      const nx = orientation === 6 ? h - 1 - y : y;
      const ny = orientation === 6 ? x : w - 1 - x;
      out[ny * h + nx] = px[y * w + x];
    }
  return { w: h, h: w, px: out };
}
