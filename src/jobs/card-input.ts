// One card photo to a capture input: Drive's OCR, then the card extraction — shared by the timed capture
// (folder photos, attached photos) and the add-on's Drive card. Transient service errors are thrown.
import type { CaptureInput } from "../core/ledger/capture-input";
import { extractLeadFromCardText } from "../core/card/extract";
import { ocrImageWithDrive } from "../workspace/drive-ocr";
import { errorText, isTransient } from "./transient";

export function ocrLanguage(region: string): string {
  return (
    (
      { FR: "fr", BE: "fr", CH: "fr", DE: "de", AT: "de", ES: "es", MX: "es", IT: "it", NL: "nl" } as Record<
        string,
        string
      >
    )[region] ?? "en"
  );
}

/**
 * The capture input of one card photo whose bytes are in `image`. Drive refusing the image for good (not an
 * image it can convert) is a skipped input with Google's reason; a passing outage is thrown to the job.
 */
export function cardInput(
  base: Omit<CaptureInput, "extraction" | "skipped">,
  image: GoogleAppsScript.Base.Blob,
  region: string,
): CaptureInput {
  let text: string;
  try {
    text = ocrImageWithDrive(image, ocrLanguage(region));
  } catch (err) {
    if (isTransient(err)) throw err;
    return { ...base, skipped: `the photo could not be read (${errorText(err)})` };
  }
  return { ...base, extraction: extractLeadFromCardText(text, { defaultRegion: region }) };
}
