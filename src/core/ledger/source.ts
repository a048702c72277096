// The one rule for a lead's Source: what the extraction read (a referral, a trade show, the website), else
// what kind of input it came from.
import type { Lead } from "../lead";

export type InputKind = "email" | "card" | "manual";

/** The default Source of each kind of input, when nothing more specific was read. */
export const DEFAULT_SOURCE: Record<InputKind, string> = {
  email: "Inbound email",
  card: "Business card",
  manual: "Quick add",
};

/** The Source written for a lead from an input of `kind`. */
export function leadSource(kind: InputKind, lead: Lead): string {
  const read = (lead.source ?? "").trim();
  return read || DEFAULT_SOURCE[kind];
}
