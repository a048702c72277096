// The nurture send journal in the owner's properties: an intent is written before each send, its result after,
// so a run cut off mid-send never sends twice; the sheet is brought up to date from it in one batch.
import type { PropsStore } from "../workspace/props";

const PREFIX = "nurture.j.";
export const STATE_KEY = "nurture.state";
export const SUPPRESSED_KEY = "nurture.suppressed";
export const ACTIVE_KEY = "nurture.active";

export interface JournalEntry {
  leadId: string;
  /** Calendar month of the send (YYYY-MM, ledger time zone). */
  month: string;
  step: number;
  segment: string;
  messageId: string;
  email: string;
  /** When the intent was written (ISO). */
  at: string;
  /** Gmail's ids once the send is known to have gone out. */
  sent?: { id: string; threadId: string; at: string };
  /** The Leads row and Activity have it; the nurture label is on it. */
  applied?: boolean;
  /** Being written to the sheet (a run cut off here is finished by the next). */
  applying?: boolean;
}

export interface NurtureState {
  month: string;
  /** Every eligible lead of `month` was handled. */
  done: boolean;
  /** Day (YYYY-MM-DD) the budget ran out: nothing more is sent that day. */
  waitDay?: string;
  /** The day `dayQuota` (the most MailApp quota seen remaining that day) is for. */
  day?: string;
  dayQuota?: number;
  /** Templates refused (and logged) this month. */
  refused?: string[];
}

/** Every journal entry, from the properties the run read once. */
export function journalEntries(props: PropsStore): JournalEntry[] {
  const out: JournalEntry[] = [];
  for (const k of props.keys(PREFIX)) {
    const raw = props.get(k);
    if (!raw) continue;
    try {
      out.push(JSON.parse(raw) as JournalEntry);
    } catch {
      // a damaged entry is dropped: the sheet and Sent still say what happened
    }
  }
  return out;
}

export function putEntry(props: PropsStore, e: JournalEntry): void {
  props.set(PREFIX + e.leadId, JSON.stringify(e));
}

export function dropEntry(props: PropsStore, leadId: string): void {
  props.set(PREFIX + leadId, "");
}

/** The suppression list (addresses that unsubscribed), kept apart from the sheet so no edit undoes it. */
export function suppressed(props: PropsStore): Set<string> {
  return new Set(props.getJson<string[]>(SUPPRESSED_KEY, []));
}

export function suppress(props: PropsStore, emails: readonly string[]): void {
  const set = suppressed(props);
  for (const e of emails) if (e) set.add(e.toLowerCase());
  props.setJson(SUPPRESSED_KEY, [...set].sort());
}
