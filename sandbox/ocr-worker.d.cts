// Types of sandbox/ocr-worker.cjs (tesseract.js OCR run in-process or as a child process).
export function recognizeImages(images: Uint8Array[], languages: string[], dataDir: string): Promise<string[]>;
export function timeRecognition(images: Uint8Array[], languages: string[], dataDir: string): Promise<number[]>;
export function trainedDataFile(lang: string): string;
