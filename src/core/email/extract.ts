// One e-mail (as Gmail shows it) to the one lead the owner should follow up with.
import type { EmailInput, ExtractContext, Extraction } from "../lead";

/** Placeholder until the e-mail extractor lands: every message is flagged for review, nothing invented. */
export function extractLeadFromEmail(_input: EmailInput, _ctx: ExtractContext): Extraction {
  return { lead: {}, needsReview: true, warnings: ["e-mail extraction is not built yet"] };
}
