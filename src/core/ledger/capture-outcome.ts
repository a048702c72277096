// What a capture run did with one input: captured as a new lead, merged, skipped, or already in the ledger.

export type OutcomeKind = "captured" | "merged" | "skipped" | "already";

export interface Outcome {
  ref: string;
  label: string;
  kind: OutcomeKind;
  leadId?: string;
  needsReview?: boolean;
  why?: string;
  name?: string;
}
