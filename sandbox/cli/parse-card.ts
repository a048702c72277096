// `lead-ledger parse CARD.txt|.png|.jpg`: a business card's OCR text (or photo, OCR'd) to a lead.
import type { Extraction } from "../../src/core/lead";

export async function parseCardFile(_file: string): Promise<Extraction> {
  throw new Error("card parsing is not built yet");
}
