// `lead-ledger parse CARD.txt|.png|.jpg`: a business card's OCR text (or photo, OCR'd) to a lead.
import fs from "node:fs";
import path from "node:path";
import { extractLeadFromCardText } from "../../src/core/card/extract";
import type { Extraction } from "../../src/core/lead";

/** The region numbers without a country code are read in when the card itself does not say (LEAD_LEDGER_REGION). */
const DEFAULT_REGION = process.env.LEAD_LEDGER_REGION || "US";
const IMAGE_EXT = new Set([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"]);

/** `asPhoto`: read the file as a photo whatever its name (its bytes said so); default: by its extension. */
export async function parseCardFile(file: string, asPhoto?: boolean): Promise<Extraction> {
  const ext = path.extname(file).toLowerCase();
  let text: string;
  if (asPhoto ?? IMAGE_EXT.has(ext)) {
    const { ocrImage } = await import("../ocr");
    try {
      text = await ocrImage(new Uint8Array(fs.readFileSync(file)), ["eng", "fra"]);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return { lead: {}, needsReview: true, warnings: [`the photo could not be read: ${why}`] };
    }
  } else {
    text = fs.readFileSync(file, "utf8");
  }
  return extractLeadFromCardText(text, { defaultRegion: DEFAULT_REGION });
}
