import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ocrImageSync, ocrCacheDir } from "../../sandbox/ocr";
import jpeg from "jpeg-js";
import { exifOrientation, imageKind, prepareForOcr } from "../../sandbox/ocr-image";
import { extractLeadFromCardText } from "../../src/core/card/extract";

const examples = path.resolve(__dirname, "../../examples/cards");
const photo = new Uint8Array(fs.readFileSync(path.join(examples, "harborview-realty.jpg")));

describe("sandbox OCR (real tesseract, offline)", () => {
  let cacheBefore: string | undefined;
  beforeAll(() => {
    cacheBefore = process.env.LEAD_LEDGER_OCR_CACHE;
  });
  afterAll(() => {
    if (cacheBefore === undefined) delete process.env.LEAD_LEDGER_OCR_CACHE;
    else process.env.LEAD_LEDGER_OCR_CACHE = cacheBefore;
  });

  test("a phone photo of a card reads well enough to give the whole lead", () => {
    const text = ocrImageSync(photo, ["eng", "fra"]);
    expect(text).toContain("Maya Castillo");
    const { lead } = extractLeadFromCardText(text, { defaultRegion: "US" });
    expect(lead).toMatchObject({
      name: "Maya Castillo",
      email: "maya.castillo@harborview-realty.example",
      phone: "+16175550148",
    });
  });

  test("the text is cached by image hash, outside the working directory, and no traineddata is left behind", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocr-cache-"));
    process.env.LEAD_LEDGER_OCR_CACHE = dir;
    const first = ocrImageSync(photo, ["eng"]);
    const cached = fs.readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(cached).toHaveLength(1);
    fs.writeFileSync(path.join(dir, cached[0]), "from the cache");
    expect(ocrImageSync(photo, ["eng"])).toBe("from the cache");
    expect(ocrImageSync(photo, ["eng"], { useCache: false })).toBe(first);
    expect(fs.readdirSync(process.cwd()).filter((f) => f.includes("traineddata"))).toEqual([]);
    delete process.env.LEAD_LEDGER_OCR_CACHE;
    expect(ocrCacheDir()).not.toBe(dir);
  });

  test("a portrait shot stored turned, with EXIF saying so (as phones save them), is read upright", () => {
    const { width, height, data } = jpeg.decode(Buffer.from(photo));
    // Stored a quarter turn counter-clockwise; EXIF orientation 6 tells viewers to turn it clockwise.
    const turned = Buffer.alloc(data.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        data.copy(turned, ((width - 1 - x) * height + y) * 4, (y * width + x) * 4, (y * width + x) * 4 + 4);
    const stored = jpeg.encode({ width: height, height: width, data: turned }, 85).data;
    const exif = Buffer.from([
      0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0,
    ]);
    const payload = Buffer.concat([Buffer.from("Exif\0\0", "binary"), exif]);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, payload.length + 2]), payload]);
    const withExif = new Uint8Array(Buffer.concat([stored.subarray(0, 2), app1, stored.subarray(2)]));
    expect(exifOrientation(withExif)).toBe(6);
    expect(exifOrientation(photo)).toBe(1);
    expect(ocrImageSync(withExif, ["eng"])).toContain("maya.castillo@harborview-realty.example");
  });

  test("a truncated photo is a clear error, before tesseract is started", () => {
    expect(() => ocrImageSync(photo.slice(0, 2000), ["eng"], { useCache: false })).toThrow(
      /corrupt or truncated/,
    );
  });

  test("bytes that are no image are refused", () => {
    expect(() => ocrImageSync(new TextEncoder().encode("%PDF-1.4 not a photo"), ["eng"])).toThrow(
      /not an image/,
    );
  });

  test("a language without trained data fails fast with the package to install, instead of hanging", () => {
    expect(() => ocrImageSync(photo, ["deu"], { useCache: false })).toThrow(/@tesseract\.js-data\/deu/);
  });

  test.each([
    ["png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ["jpeg", [0xff, 0xd8, 0xff, 0xe0]],
    ["gif", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ])("the format is told by its first bytes (%s)", (kind, bytes) => {
    expect(imageKind(new Uint8Array([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(kind);
  });

  test("a prepared photo is a grey image cropped to the card", () => {
    const out = prepareForOcr(photo);
    expect(String.fromCharCode(out[0], out[1])).toBe("P5");
  });
});
