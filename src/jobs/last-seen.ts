// Add-on mode has no on-edit trigger, so the timed pass fills the "… on" stage dates instead: one read of Leads,
// compared with the Stage and Next follow-up the last pass saw (a compact snapshot in properties), one write.
import { ACTIVITY_COLUMNS, LEAD_COLUMNS, TAB_NAMES, type LeadKey } from "../core/ledger/columns";
import { mapHeaders } from "../core/ledger/headers";
import { readRecord, type LeadRecord } from "../core/ledger/record";
import { stageChange } from "../core/ledger/stage";
import { activityRows, type ActivityEntry } from "../core/ledger/activity";
import { diffLastSeen, type LeadChange } from "../core/ledger/last-seen";
import { midnightInZone, ymdInZone } from "../core/ledger/dates";
import { planWrites } from "../core/ledger/writes";
import { PropsStore } from "../workspace/props";
import { markSummaryDirty } from "./summary";
import { openLedger, readAll, writeBlocks, appendRows, PLAIN_TEXT_KEYS } from "../workspace/spreadsheet";
import { withLock } from "../workspace/lock";
import { ownerEmail } from "../workspace/session";
import { refreshSettings } from "./settings";
import { MODE_KEY } from "./setup";
import type { TimedContext, TimedJob } from "./timed";

export const LAST_SEEN_KEY = "ledger.lastSeen";

export interface LastSeenReport {
  /** Leads whose Stage or Next follow-up changed since the last pass (for Calendar follow-ups, the digest …). */
  changes: LeadChange[];
  /** "… on" dates filled and Activity rows written for stage changes. */
  datesFilled: number;
  status: "done" | "busy" | "not set up" | "bound mode";
}

/**
 * Rows whose Stage or Next follow-up changed since the last call: one read of Leads, the snapshot in `props`
 * under `key` replaced (queued: the caller flushes). Other jobs may keep their own snapshot under their own key.
 */
export function leadsChangedSince(
  props: PropsStore,
  values: readonly (readonly unknown[])[],
  timeZone: string,
  key = LAST_SEEN_KEY,
): LeadChange[] {
  const map = mapHeaders<LeadKey>(values[0] ?? [], LEAD_COLUMNS);
  const previous = props.getJson<string | null>(key, null);
  const diff = diffLastSeen(values, map, previous ?? undefined, timeZone);
  props.setJson(key, diff.snapshot);
  return diff.changes;
}

/** The timed pass's stage-dates step: add-on mode only (a bound sheet has its on-edit trigger). */
export function fillStageDatesFromLastSeen(ctx: Pick<TimedContext, "now">): LastSeenReport {
  const props = new PropsStore();
  if ((props.get(MODE_KEY) || "bound") !== "addon") return { changes: [], datesFilled: 0, status: "bound mode" };
  const ss = openLedger(props);
  const leads = ss?.getSheetByName(TAB_NAMES.leads);
  const activity = ss?.getSheetByName(TAB_NAMES.activity);
  if (!ss || !leads || !activity) return { changes: [], datesFilled: 0, status: "not set up" };
  const run = withLock(10000, () => {
    // No on-edit trigger sees a Settings edit in add-on mode either: the hourly pass reads Settings again.
    const settings = refreshSettings(props, ss);
    const values = readAll(leads);
    const map = mapHeaders<LeadKey>(values[0] ?? [], LEAD_COLUMNS);
    const changes = leadsChangedSince(props, values, settings.timeZone);
    const at = ctx.now();
    const today = midnightInZone(ymdInZone(at, settings.timeZone), settings.timeZone);
    const cells = new Map<number, LeadRecord>();
    const entries: ActivityEntry[] = [];
    const by = changes.length ? ownerEmail() : "";
    for (const c of changes) {
      // A lead first seen at New (captured, or typed in) is not a stage change.
      if (!c.stage || (c.isNew && (c.stage.to === "" || c.stage.to === "New"))) continue;
      const rec = readRecord(values[c.row - 1], map);
      const change = stageChange(c.stage.from, c.stage.to, rec, today);
      if (!change) continue;
      if (Object.keys(change.changes).length) cells.set(c.row - 1, change.changes as LeadRecord);
      entries.push({ time: at, leadId: c.leadId, event: change.event, details: change.details, by, ref: `row ${c.row}` });
    }
    if (cells.size)
      writeBlocks(leads, planWrites(map, values, cells, [], new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.leads, []))));
    if (entries.length)
      appendRows(
        activity,
        activityRows(
          ACTIVITY_COLUMNS.map((col) => col.header),
          entries,
          new Set(props.getJson<string[]>(PLAIN_TEXT_KEYS.activity, [])),
        ),
      );
    if (changes.length) markSummaryDirty(props);
    props.flush();
    return { changes, datesFilled: cells.size, status: "done" as const };
  });
  return run.locked ? run.value : { changes: [], datesFilled: 0, status: "busy" };
}

export const LAST_SEEN_JOB: TimedJob = { name: "stage dates (add-on)", run: fillStageDatesFromLastSeen };
