// The lead model shared by every extractor, the ledger and the jobs.

/** The contact fields of one lead; a field is absent when the input does not contain it. */
export interface Lead {
  name?: string;
  email?: string;
  /** E.164, e.g. +14165550142 */
  phone?: string;
  company?: string;
  title?: string;
  /** Bare host, e.g. northwind-dental.ca */
  website?: string;
  /** YYYY-MM-DD */
  followUp?: string;
  /** e.g. "Referral: Sam Whitlock", "Trade show: Toronto", "Business card" */
  source?: string;
}

export const LEAD_FIELDS = [
  "name",
  "email",
  "phone",
  "company",
  "title",
  "website",
  "followUp",
  "source",
] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** What an extractor returns: the lead, whether a person must look at it, and why. */
export interface Extraction {
  lead: Lead;
  needsReview: boolean;
  warnings: string[];
}

/** An e-mail as the workspace layer hands it to core: what Gmail shows of one message. */
export interface EmailInput {
  /** Gmail message id, or the Message-ID header outside Gmail. */
  id?: string;
  from: string;
  to: string;
  cc: string;
  replyTo?: string;
  subject: string;
  /** The message's Date header as written (keeps the sender's time zone); falls back to `date`. */
  dateHeader?: string;
  date: Date;
  plainBody: string;
  htmlBody: string;
  attachments: AttachmentInput[];
}

export interface AttachmentInput {
  name: string;
  contentType: string;
  size: number;
  /** An attached message's or contact card's bytes, one character per byte (read by the adapter for message/rfc822 and vCard parts). */
  raw?: string;
}

/** What extraction knows about the ledger's owner and their account. */
export interface ExtractContext {
  /** The owner's addresses (account + aliases); never the lead. */
  ownerEmails: string[];
  /** Region for numbers written without a country code, e.g. "CA", "US", "DE". */
  defaultRegion: string;
  /** Time zone for resolving follow-up dates when a Date header has none. */
  timeZone?: string;
  /**
   * Decodes bytes in a charset core cannot read itself (core reads UTF-8, Latin-1 and windows-1252);
   * the Apps Script adapter fills it with Utilities.newBlob(bytes).getDataAsString(charset).
   */
  decode?: (bytes: number[], charset: string) => string | undefined;
}

/** Text a spreadsheet would run as a formula. */
export function looksLikeFormula(value: string | undefined): boolean {
  return !!value && /^[=+\-@]/.test(value);
}
