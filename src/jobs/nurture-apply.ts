// Brings the Leads tab and Activity up to date with the journal's sent emails, in one batch per run.
import type { LeadKey } from "../core/ledger/columns";
import { ACTIVITY_COLUMNS } from "../core/ledger/columns";
import { activityRows, type ActivityEntry } from "../core/ledger/activity";
import { midnightInZone, ymdInZone } from "../core/ledger/dates";
import { joinIds, splitIds, type LeadRecord } from "../core/ledger/record";
import { planWrites } from "../core/ledger/writes";
import { appendRows, writeBlocks, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { labelSent, nurtureLabelId } from "../workspace/nurture-mail";
import type { PropsStore } from "../workspace/props";
import { putEntry, dropEntry, type JournalEntry } from "./nurture-journal";
import type { NurtureLedger } from "./nurture-ledger";

const ACTIVITY_HEADER = ACTIVITY_COLUMNS.map((c) => c.header);
/** Activity rows read back when a run was cut off while writing: enough to cover one run's entries. */
const TAIL_ROWS = 600;

/** The sheet values a sent entry gives its row (the step only moves forward; thread ids accumulate). */
export function sentChanges(l: NurtureLedger, row: readonly unknown[], e: JournalEntry): LeadRecord {
  const at = (k: LeadKey) => (l.map.index[k] === undefined ? "" : row[l.map.index[k]!]);
  const tz = l.settings.timeZone;
  return {
    nurtureStep: Math.max(Number(at("nurtureStep")) || 0, e.step),
    lastNurture: midnightInZone(ymdInZone(new Date(e.sent!.at), tz), tz),
    nurtureThreadId: joinIds([...splitIds(at("nurtureThreadId")), e.sent!.threadId]),
  };
}

/**
 * Writes every sent-but-unapplied entry: the Leads cells (one block write), Activity (one append) and the
 * nurture label (one batch call). Entries are marked "applying" first, so a run cut off while writing is
 * finished by the next one without a second Activity row.
 */
export function applySent(
  l: NurtureLedger,
  props: PropsStore,
  entries: JournalEntry[],
  now: Date,
  /** Other Activity entries of this run (refused templates), appended in the same write. */
  extra: ActivityEntry[] = [],
): number {
  const pending = entries.filter((e) => e.sent && !e.applied);
  if (!pending.length && !extra.length) return 0;
  const interrupted = pending.some((e) => e.applying);
  for (const e of pending) putEntry(props, { ...e, applying: true });
  props.flush();

  const rowOf = new Map<string, number>();
  const idCol = l.map.index.leadId;
  for (let r = 1; r < l.values.length; r++)
    if (idCol !== undefined) rowOf.set(String(l.values[r][idCol]).trim(), r);
  const changes = new Map<number, LeadRecord>();
  for (const e of pending) {
    const r = rowOf.get(e.leadId);
    if (r !== undefined) changes.set(r, sentChanges(l, l.values[r], e));
  }
  writeBlocks(
    l.leads,
    planWrites(l.map, l.values, changes, [], new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.leads, []))),
  );
  const logged = interrupted ? loggedRefs(l.activity) : new Set<string>();
  const activity: ActivityEntry[] = [...extra];
  activity.push(
    ...pending
      .filter((e) => !logged.has(e.messageId))
      .map((e) => ({
        time: new Date(e.sent!.at),
        leadId: e.leadId,
        event: "nurture sent",
        details: `step ${e.step} (${e.segment}) to ${e.email}${rowOf.has(e.leadId) ? "" : " — the row is gone from Leads"}`,
        by: "automation",
        ref: e.messageId,
      })),
  );
  if (activity.length)
    appendRows(
      l.activity,
      activityRows(ACTIVITY_HEADER, activity, new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, []))),
    );
  labelSent(
    nurtureLabelId(props),
    pending.map((e) => e.sent!.id),
  );
  const month = ymdInZone(now, l.settings.timeZone).slice(0, 7);
  for (const e of pending) {
    // Last month's entries are no longer needed once applied: the sheet has them.
    if (e.month < month) dropEntry(props, e.leadId);
    else putEntry(props, { ...e, applied: true });
  }
  props.flush();
  return pending.length;
}

/** The Input refs of the last Activity rows (only after an interrupted write). */
export function loggedRefs(activity: GoogleAppsScript.Spreadsheet.Sheet): Set<string> {
  const last = activity.getLastRow();
  if (last < 2) return new Set();
  const width = activity.getLastColumn();
  const top = Math.max(1, last - TAIL_ROWS);
  const rows = activity.getRange(top, 1, last - top + 1, width).getValues();
  const header = top === 1 ? rows[0] : activity.getRange(1, 1, 1, width).getValues()[0];
  const col = header.findIndex((h) => String(h).trim().toLowerCase() === "input");
  return new Set(col < 0 ? [] : rows.map((r) => String(r[col])));
}
