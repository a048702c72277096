// Writes the example business card scaled up 2x, with a camera's faint sensor noise, as a PNG over 2 MB (like a
// phone photo) to the path given.
// Run as its own Node process: pixel loops and PNG encoding are far slower inside Jest's module sandbox.
const fs = require("node:fs");
const path = require("node:path");
const jpeg = require("jpeg-js");
const { PNG } = require("pngjs");

const src = jpeg.decode(fs.readFileSync(path.join(__dirname, "../../examples/cards/harborview-realty.jpg")), { useTArray: true });
const k = 2;
let seed = 42;
const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 3) - 1;
const png = new PNG({ width: src.width * k, height: src.height * k });
for (let y = 0; y < png.height; y++)
  for (let x = 0; x < png.width; x++) {
    const s = 4 * (Math.floor(y / k) * src.width + Math.floor(x / k));
    const d = 4 * (y * png.width + x);
    for (let c = 0; c < 3; c++) png.data[d + c] = Math.max(0, Math.min(255, src.data[s + c] + noise()));
    png.data[d + 3] = 255;
  }
fs.writeFileSync(process.argv[2], PNG.sync.write(png));
