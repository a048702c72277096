// The card's phone, company, title and web site where the lead has none.
import type { Lead } from "../lead";

/** The card's phone, company, title and web site where the lead has none. */
export function fillGaps(lead: Lead, card: Partial<Lead>): void {
  for (const k of ["phone", "company", "title", "website"] as const) if (card[k]) lead[k] ??= card[k];
}
