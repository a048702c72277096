// Daily sending limits: MailApp and GmailApp share Apps Script's recipient quota (100 a day for a consumer
// account); the Gmail API's raw send counts against Gmail's own sending limit (500 recipients a day).
import { GOOGLE_ERRORS, type Kernel } from "../kernel";
import { recipientAddresses } from "../gmail/compose";
import { apiError } from "../api-error";

export const CONSUMER_RECIPIENTS_PER_DAY = 100;
export const GMAIL_SENDING_LIMIT_PER_DAY = 500;

type Bucket = "email" | "gmailApi";

interface QuotaState {
  limit: number;
  /** The day (UTC) `used` counts for; a new day starts fresh. */
  day: string;
  used: number;
}

const DEFAULTS: Record<Bucket, number> = { email: CONSUMER_RECIPIENTS_PER_DAY, gmailApi: GMAIL_SENDING_LIMIT_PER_DAY };

function quota(kernel: Kernel, bucket: Bucket = "email"): QuotaState {
  const key = bucket === "email" ? "emailQuota" : "gmailSendQuota";
  const q = kernel.slice<QuotaState>(key, () => ({ limit: DEFAULTS[bucket], day: "", used: 0 }));
  const today = kernel.now().toISOString().slice(0, 10);
  if (q.day !== today) {
    q.day = today;
    q.used = 0;
  }
  return q;
}

/** Sets the account's daily recipient limit for MailApp/GmailApp (Workspace accounts have 1,500). */
export function setEmailQuota(kernel: Kernel, limit: number): void {
  quota(kernel).limit = limit;
}

/** Sets Gmail's daily sending limit for Gmail API sends (Workspace accounts have 2,000). */
export function setGmailSendingLimit(kernel: Kernel, limit: number): void {
  quota(kernel, "gmailApi").limit = limit;
}

export function remainingRecipients(kernel: Kernel): number {
  const q = quota(kernel);
  return Math.max(0, q.limit - q.used);
}

function countRecipients(lists: string[]): number {
  const n = lists.reduce((sum, list) => sum + recipientAddresses(list).length, 0);
  if (n === 0) throw new Error("Invalid argument: recipient");
  return n;
}

/** Counts each recipient address of the lists; throws Google's error when the day's quota would be passed. */
export function useRecipients(kernel: Kernel, lists: string[]): void {
  const n = countRecipients(lists);
  const q = quota(kernel);
  if (q.used + n > q.limit) throw new Error(GOOGLE_ERRORS.quota("email"));
  q.used += n;
}

/** The same for a Gmail API send, with Gmail's wording. */
export function useGmailSending(kernel: Kernel, lists: string[]): void {
  const n = countRecipients(lists);
  const q = quota(kernel, "gmailApi");
  if (q.used + n > q.limit) throw apiError("gmail.users.messages.send", "Daily user sending quota exceeded.");
  q.used += n;
}
