// Drive's conversion of an uploaded file to a Google Doc: images through OCR (sandbox/ocr.ts), text as is.
import { ocrImageSync } from "../ocr";
import { decodeBytes } from "../base/blob";
import { notImplemented } from "../kernel";

/** Drive reads images up to this size for OCR. */
export const OCR_MAX_BYTES = 2 * 1024 * 1024;

/** Google's failures, as the advanced service reports them (after "API call to drive.files.create failed with error: "). */
export const CONVERT_ERRORS = {
  unsupported: "Conversion of the uploaded content to the requested output type is not supported.",
  failed: "Internal Error",
  tooLarge: "The file is too large for OCR: Drive converts images of up to 2 MB.",
} as const;

export class ConversionError extends Error {}

/**
 * ocrLanguage (ISO 639-1, Drive's hint) to tesseract's codes. Drive takes the hint as the main language but
 * still reads accented Latin letters ("Élise" on an English-hinted card), so the other shipped language is
 * read too, after the hinted one; no hint reads English then French.
 */
const OCR_LANGUAGES: Record<string, string[]> = { en: ["eng", "fra"], fr: ["fra", "eng"] };

export function tesseractLanguages(hint: string | undefined): string[] {
  return (hint && OCR_LANGUAGES[hint.toLowerCase().slice(0, 2)]) || ["eng", "fra"];
}

/** Image formats Drive's OCR reads, by their first bytes. */
const SIGNATURES: [type: string, bytes: number[]][] = [
  ["image/png", [0x89, 0x50, 0x4e, 0x47]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/gif", [0x47, 0x49, 0x46, 0x38]],
  ["image/bmp", [0x42, 0x4d]],
];
/** What Drive imports into a Google Doc by OCR (its importFormats); HEIC, TIFF, WebP are not among them. */
const OCR_TYPES = ["image/png", "image/x-png", "image/jpeg", "image/jpg", "image/pjpeg", "image/gif", "image/bmp", "image/x-bmp"];

function looksLike(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
}

/** The text of the Google Doc Drive makes from this upload; throws ConversionError with Google's message. */
export function convertToDocText(bytes: Uint8Array, contentType: string, ocrLanguage?: string): string {
  const type = contentType.toLowerCase().split(";")[0].trim();
  if (type === "text/plain" || type === "text/csv") return decodeBytes(bytes, /charset=([^;]+)/i.exec(contentType)?.[1] ?? "UTF-8");
  if (type === "application/pdf") return notImplemented("OCR of a PDF (Drive reads them; the sandbox's OCR reads images only)");
  if (!OCR_TYPES.includes(type)) throw new ConversionError(CONVERT_ERRORS.unsupported);
  if (bytes.length > OCR_MAX_BYTES) throw new ConversionError(CONVERT_ERRORS.tooLarge);
  if (!looksLike(bytes)) throw new ConversionError(CONVERT_ERRORS.failed);
  try {
    return ocrImageSync(bytes, tesseractLanguages(ocrLanguage));
  } catch (e) {
    if (e instanceof Error && e.name === "NotImplementedError") throw e;
    throw new ConversionError(CONVERT_ERRORS.failed);
  }
}
