// A business card's OCR text (in the order the engine read it) to the lead it names.
import type { Extraction } from "../lead";

export interface CardContext {
  /** Region for numbers written without a country code, e.g. "CA", "US", "DE". */
  defaultRegion: string;
}

/** Placeholder until the card extractor lands: every card is flagged for review, nothing invented. */
export function extractLeadFromCardText(_text: string, _ctx: CardContext): Extraction {
  return { lead: {}, needsReview: true, warnings: ["card extraction is not built yet"] };
}
