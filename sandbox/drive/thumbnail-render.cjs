// Drive's preview of a PNG or JPEG: the picture box-averaged down to at most N px on its longest side, as a JPEG of
// quality 85. Reads the image on stdin, N as argv[2], writes the JPEG to stdout. Its own process: pixel loops run
// far slower inside Jest's module sandbox.
const jpeg = require("jpeg-js");
const { PNG } = require("pngjs");

const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const bytes = Buffer.concat(chunks);
  const size = Number(process.argv[2]);
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50;
  const src = isPng ? PNG.sync.read(bytes) : jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 1024 });
  const sw = src.width;
  const sh = src.height;
  const scale = Math.min(1, size / Math.max(sw, sh));
  const w = Math.max(1, Math.round(sw * scale));
  const h = Math.max(1, Math.round(sh * scale));
  const out = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor((y * sh) / h);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sh) / h));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor((x * sw) / w);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * sw) / w));
      let r = 0, g = 0, b = 0;
      for (let yy = y0; yy < y1; yy++)
        for (let xx = x0; xx < x1; xx++) {
          const i = 4 * (yy * sw + xx);
          r += src.data[i];
          g += src.data[i + 1];
          b += src.data[i + 2];
        }
      const n = (y1 - y0) * (x1 - x0);
      const o = 4 * (y * w + x);
      out[o] = Math.round(r / n);
      out[o + 1] = Math.round(g / n);
      out[o + 2] = Math.round(b / n);
      out[o + 3] = 255;
    }
  }
  process.stdout.write(jpeg.encode({ width: w, height: h, data: out }, 85).data);
});
