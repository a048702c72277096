// Activity entries: the append-only story of every input and every change the automation or the user made.
import { ACTIVITY_COLUMNS, type ActivityKey } from "./columns";
import { mapHeaders } from "./headers";
import { recordToRow } from "./record";
import { cellFor, type CellValue } from "./literal";

export interface ActivityEntry {
  time: Date;
  leadId: string;
  /** captured, merged, skipped, review flagged, stage change, … */
  event: string;
  details: string;
  by: string;
  /** The input this entry is about (message or file id); lets a recovery run tell what was logged. */
  ref: string;
}

/** Activity rows laid out by the Activity tab's own header row; plain-text columns get strings as written. */
export function activityRows(
  headerRow: readonly unknown[],
  entries: readonly ActivityEntry[],
  plainText: ReadonlySet<string> = new Set(),
): CellValue[][] {
  const map = mapHeaders<ActivityKey>(
    headerRow.length ? headerRow : ACTIVITY_COLUMNS.map((c) => c.header),
    ACTIVITY_COLUMNS,
  );
  const keyAt = new Map(Object.entries(map.index as Record<string, number>).map(([k, i]) => [i, k]));
  return entries.map((e) =>
    recordToRow<ActivityKey>({ ...e }, map).map((v, i) => cellFor(v, plainText.has(keyAt.get(i) ?? ""))),
  );
}
