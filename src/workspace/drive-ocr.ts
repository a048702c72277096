// Drive's own OCR: an image blob becomes a temporary Google Doc, whose text is read and which is removed.

/** Placeholder until Drive OCR lands: throws, so capture logs the photo in Activity and leaves it for a retry. */
export function ocrImageWithDrive(_image: GoogleAppsScript.Base.Blob, _languageHint: string): string {
  throw new Error("Drive OCR is not built yet");
}
