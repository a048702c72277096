// Prepares a phone photo of a card for OCR: decode, grey, dark cards inverted, card cropped, levels, deskew, upscale.
import { decode, exifOrientation, imageKind, shrink, upright, type Grey } from "./image-decode";

export { exifOrientation, imageKind, type ImageKind } from "./image-decode";

function otsu(px: Float32Array): number {
  const hist = new Array<number>(256).fill(0);
  for (let i = 0; i < px.length; i++) hist[Math.min(255, Math.max(0, px[i] | 0))]++;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i];
  let sB = 0,
    wB = 0,
    best = 0,
    t = 128;
  for (let i = 0; i < 256; i++) {
    wB += hist[i];
    const wF = px.length - wB;
    if (!wB || !wF) continue;
    sB += i * hist[i];
    const between = wB * wF * (sB / wB - (sum - sB) / wF) ** 2;
    if (between > best) {
      best = between;
      t = i;
    }
  }
  return t;
}

/**
 * A dark card is inverted, so the card is always light with dark text: the card is dark when the middle
 * of the photo (mostly card) is darker than the table around it, or dark in itself (a dark card on a dark table).
 */
function lightCard(g: Grey): void {
  const { w, h, px } = g;
  let edge = 0;
  let edgeN = 0;
  const hist = new Float64Array(256);
  let midN = 0;
  let mid = 0;
  for (let y = 0; y < h; y += 2)
    for (let x = 0; x < w; x += 2) {
      const v = px[y * w + x];
      if (x < w * 0.04 || x > w * 0.96 || y < h * 0.04 || y > h * 0.96) {
        edge += v;
        edgeN++;
      } else if (x > w * 0.25 && x < w * 0.75 && y > h * 0.25 && y < h * 0.75) {
        hist[Math.min(255, Math.max(0, v | 0))]++;
        mid += v;
        midN++;
      }
    }
  let seen = 0;
  let median = 255;
  for (let v = 0; v < 256; v++)
    if ((seen += hist[v]) >= midN / 2) {
      median = v;
      break;
    }
  if (mid / midN < edge / edgeN - 25 || median < 100) for (let i = 0; i < px.length; i++) px[i] = 255 - px[i];
}

/** Paints what lies outside the card white and returns the card's bounding box. */
function isolateCard(g: Grey): [number, number, number, number] {
  const { w, h, px } = g;
  const t = otsu(px);
  const rowL = new Int32Array(h).fill(w),
    rowR = new Int32Array(h).fill(-1);
  const colT = new Int32Array(w).fill(h),
    colB = new Int32Array(w).fill(-1);
  const rowN = new Int32Array(h),
    colN = new Int32Array(w);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (px[y * w + x] > t) {
        rowN[y]++;
        colN[x]++;
        if (x < rowL[y]) rowL[y] = x;
        rowR[y] = x;
        if (y < colT[x]) colT[x] = y;
        colB[x] = y;
      }
  // The card's own edge and shadow read as "|" and "-": a thin margin inside the edge is painted white too.
  const m = Math.round(Math.min(w, h) * 0.015);
  let x0 = w,
    x1 = 0,
    y0 = h,
    y1 = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const inside =
        rowN[y] >= w * 0.1 &&
        colN[x] >= h * 0.1 &&
        x >= rowL[y] + m &&
        x <= rowR[y] - m &&
        y >= colT[x] + m &&
        y <= colB[x] - m;
      if (!inside) px[y * w + x] = 255;
      else {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  return x1 > x0 && y1 > y0 ? [x0, y0, x1, y1] : [0, 0, w - 1, h - 1];
}

/** Stretches the card's levels: the darkest ink to black, the paper (its median) to white. */
function levels(g: Grey, [x0, y0, x1, y1]: number[]): void {
  const hist = new Float64Array(256);
  let n = 0;
  for (let y = y0; y <= y1; y += 2)
    for (let x = x0; x <= x1; x += 2) {
      hist[Math.min(255, Math.max(0, g.px[y * g.w + x] | 0))]++;
      n++;
    }
  const at = (q: number) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) if ((seen += hist[v]) > n * q) return v;
    return 255;
  };
  const lo = at(0.002);
  const hi = at(0.5);
  if (hi - lo < 30) return;
  for (let i = 0; i < g.px.length; i++)
    g.px[i] = Math.max(0, Math.min(255, ((g.px[i] - lo) / (hi - lo)) * 255));
}

/** The rotation (degrees) that lines the text up best: the angle whose row profile of ink is sharpest. */
function skewAngle(g: Grey, [x0, y0, x1, y1]: number[]): number {
  const step = Math.max(1, Math.round(Math.sqrt(((x1 - x0) * (y1 - y0)) / 250000)));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = y0; y <= y1; y += step)
    for (let x = x0; x <= x1; x += step)
      if (g.px[y * g.w + x] < 128) {
        xs.push(x);
        ys.push(y);
      }
  const offset = g.w + g.h;
  const bins = new Float64Array(Math.ceil((2 * offset) / step) + 2);
  let best = 0;
  let bestScore = -1;
  // A coarse pass every degree, then a fine one around the best.
  const tryAngle = (a: number) => {
    const r = (a * Math.PI) / 180;
    const s = Math.sin(r);
    const c = Math.cos(r);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) bins[Math.round((-xs[i] * s + ys[i] * c + offset) / step)]++;
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i] * bins[i];
    if (score > bestScore) {
      bestScore = score;
      best = a;
    }
  };
  for (let a = -20; a <= 20; a += 1) tryAngle(a);
  const coarse = best;
  for (let a = coarse - 1; a <= coarse + 1.0001; a += 0.1) tryAngle(Math.round(a * 10) / 10);
  return best;
}

/** Rotated by `angle`, cropped to the box and scaled, with bilinear sampling; written as a grey PGM (which tesseract reads). */
function render(g: Grey, [x0, y0, x1, y1]: number[], angle: number, scale: number): Uint8Array {
  const W = Math.round((x1 - x0 + 1) * scale);
  const H = Math.round((y1 - y0 + 1) * scale);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const r = (angle * Math.PI) / 180;
  const s = Math.sin(r);
  const c = Math.cos(r);
  const header = Buffer.from(`P5\n${W} ${H}\n255\n`, "ascii");
  const out = new Uint8Array(header.length + W * H);
  out.set(header);
  let o = header.length;
  for (let Y = 0; Y < H; Y++)
    for (let X = 0; X < W; X++) {
      const u = (X - W / 2) / scale;
      const v = (Y - H / 2) / scale;
      const sx = cx + u * c - v * s;
      const sy = cy + u * s + v * c;
      let val = 255;
      if (sx >= 0 && sy >= 0 && sx < g.w - 1 && sy < g.h - 1) {
        const xi = sx | 0;
        const yi = sy | 0;
        const fx = sx - xi;
        const fy = sy - yi;
        const i = yi * g.w + xi;
        val =
          g.px[i] * (1 - fx) * (1 - fy) +
          g.px[i + 1] * fx * (1 - fy) +
          g.px[i + g.w] * (1 - fx) * fy +
          g.px[i + g.w + 1] * fx * fy;
      }
      out[o++] = val;
    }
  return out;
}

/**
 * A PNG or JPEG photo, made ready for tesseract as a grey PGM (the card upright, cropped, high contrast, text ~2x);
 * other image formats are passed through; bytes that are no image, or corrupt, throw a clear error.
 */
export function prepareForOcr(bytes: Uint8Array): Uint8Array {
  const kind = imageKind(bytes);
  if (!kind) throw new Error("the file is not an image (unknown format)");
  if (kind === "heic")
    throw new Error("HEIC photos are not supported by the sandbox OCR; Drive converts them in Google");
  if (kind !== "png" && kind !== "jpeg") return bytes;
  const g = upright(shrink(decode(bytes, kind)), kind === "jpeg" ? exifOrientation(bytes) : 1);
  lightCard(g);
  const box = isolateCard(g);
  levels(g, box);
  const angle = skewAngle(g, box);
  const longest = Math.max(box[2] - box[0], box[3] - box[1]);
  const scale = Math.max(0.5, Math.min(3, 1800 / longest));
  return render(g, box, angle, scale);
}
