// The daily email-recipient quota shared by MailApp and GmailApp sends (100 a day for a consumer account).
import { GOOGLE_ERRORS, type Kernel } from "../kernel";
import { recipientAddresses } from "../gmail/compose";

export const CONSUMER_RECIPIENTS_PER_DAY = 100;

interface QuotaState {
  limit: number;
  /** The day (UTC) `used` counts for; a new day starts fresh. */
  day: string;
  used: number;
}

function quota(kernel: Kernel): QuotaState {
  const q = kernel.slice<QuotaState>("emailQuota", () => ({ limit: CONSUMER_RECIPIENTS_PER_DAY, day: "", used: 0 }));
  const today = kernel.now().toISOString().slice(0, 10);
  if (q.day !== today) {
    q.day = today;
    q.used = 0;
  }
  return q;
}

/** Sets the account's daily recipient limit (Workspace accounts have 1,500). */
export function setEmailQuota(kernel: Kernel, limit: number): void {
  quota(kernel).limit = limit;
}

export function remainingRecipients(kernel: Kernel): number {
  const q = quota(kernel);
  return Math.max(0, q.limit - q.used);
}

/** Counts each recipient address of the lists; throws Google's error when the day's quota would be passed. */
export function useRecipients(kernel: Kernel, lists: string[]): void {
  const n = lists.reduce((sum, list) => sum + recipientAddresses(list).length, 0);
  if (n === 0) throw new Error("Invalid argument: recipient");
  const q = quota(kernel);
  if (q.used + n > q.limit) throw new Error(GOOGLE_ERRORS.quota("email"));
  q.used += n;
}
