// The Activity journal: entries saved before the Leads write and cleared after the Activity write, so a run
// cut off in between still has every input logged — once — by the next run.
import { TAB_NAMES } from "../core/ledger/columns";
import type { ActivityEntry } from "../core/ledger/activity";
import type { PropsStore } from "../workspace/props";
import { PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { appendActivity, lastInputs } from "../workspace/activity-tab";

export const JOURNAL_KEY = "capture.journal";

export interface JournalEntry extends Omit<ActivityEntry, "time"> {
  time: string;
  /** The id recorded in the ledger for this input: present there means the Leads write happened. */
  recordId: string;
  /** A photo skipped for good: its state is saved with the journal, so the entry stands without a row. */
  stateOnly?: boolean;
}

/**
 * A journal left by a run that was cut off. When its Leads write happened (its ids are in the ledger) and its
 * Activity write did not (its inputs are not in the last Activity rows), the entries are logged now.
 */
export function recoverJournal(
  props: PropsStore,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  captured: Set<string>,
): void {
  const journal = props.getJson<JournalEntry[]>(JOURNAL_KEY, []);
  if (!journal.length) return;
  const written = journal.filter((e) => captured.has(e.recordId) || e.stateOnly);
  if (written.length) {
    const activity = ss.getSheetByName(TAB_NAMES.activity);
    if (activity) {
      const logged = lastInputs(activity, journal.length + 50);
      if (!written.some((e) => logged.has(e.ref)))
        appendActivity(
          activity,
          written.map((e) => ({ ...e, time: new Date(e.time) })),
          new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
        );
    }
  }
  props.setJson(JOURNAL_KEY, []);
  props.flush();
}
