// Activity entries: the append-only story of every input and every change the automation or the user made.
import { ACTIVITY_COLUMNS, type ActivityKey } from "./columns";
import { mapHeaders } from "./headers";
import { recordToRow } from "./record";
import { toCell, type CellValue } from "./literal";

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

/** Activity rows laid out by the Activity tab's own header row (which a user may have reordered). */
export function activityRows(
  headerRow: readonly unknown[],
  entries: readonly ActivityEntry[],
): CellValue[][] {
  const map = mapHeaders<ActivityKey>(
    headerRow.length ? headerRow : ACTIVITY_COLUMNS.map((c) => c.header),
    ACTIVITY_COLUMNS,
  );
  return entries.map((e) =>
    recordToRow<ActivityKey>({ ...e }, map).map((v) => (v instanceof Date ? v : toCell(v))),
  );
}
