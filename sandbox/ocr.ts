// Offline OCR for the sandbox's Drive: image bytes to text (tesseract.js with npm-shipped trained data).
import { notImplemented } from "./kernel";

/**
 * Reads the text of an image synchronously (the Drive fake is synchronous, like Apps Script).
 * `languages` are tesseract codes, e.g. ["eng", "fra"]. Throws a clear error for an unreadable image.
 */
export function ocrImageSync(_bytes: Uint8Array, _languages: string[]): string {
  return notImplemented("OCR (sandbox/ocr.ts)");
}

/** The same, for callers that can wait (the CLI). */
export async function ocrImage(bytes: Uint8Array, languages: string[]): Promise<string> {
  return ocrImageSync(bytes, languages);
}
