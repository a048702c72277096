// Follow-up events in Calendar: the timer's full reconcile (hourly, or sooner when a pass left work), the
// capture job's leads in the same run, and the rows a person just edited — each under the ledger lock.
import { TAB_NAMES } from "../core/ledger/columns";
import { PropsStore } from "../workspace/props";
import { openLedger } from "../workspace/spreadsheet";
import { withLock } from "../workspace/lock";
import { loadSettings } from "./settings";
import { reconcileLocked, type FollowUpReport, type RunContext } from "./followups-run";
import type { TimedJob } from "./timed";

export const LAST_FULL_KEY = "followups.lastFull";
export const MORE_KEY = "followups.more";
/** The full reconcile runs at most this often (an edit or a capture reconciles its own rows at once). */
export const FULL_EVERY_MS = 60 * 60 * 1000;

interface Options {
  now?: () => Date;
  msLeft?: () => number;
  leadIds?: ReadonlySet<string>;
  lockWaitMs?: number;
}

type Result = FollowUpReport | { skipped: "busy" | "not set up" };

/** Builds the run's context (props, settings, ledger) and reconciles; assumes the lock is held. */
export function reconcileWithContext(
  props: PropsStore,
  opts: Options,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = openLedger(props),
): Result {
  const now = opts.now ?? (() => new Date());
  const leads = ss?.getSheetByName(TAB_NAMES.leads) ?? null;
  if (!ss || !leads) return { skipped: "not set up" };
  const settings = loadSettings(props, () => ss);
  const lastFull = props.get(LAST_FULL_KEY);
  const ctx: RunContext = {
    now,
    msLeft: opts.msLeft ?? (() => Infinity),
    props,
    settings,
    ss,
    leads,
    // A targeted run follows a change made just now; the timer's pass only knows the sheet changed since the last.
    sheetChangedAt: opts.leadIds ? now().toISOString() : (lastFull ?? new Date(0).toISOString()),
  };
  const report = reconcileLocked(ctx, { leadIds: opts.leadIds });
  if (!opts.leadIds) props.set(LAST_FULL_KEY, now().toISOString());
  // Work left (time ran out, a call failed): the timer's next pass runs the full reconcile, due or not.
  if (!opts.leadIds || report.stopped)
    props.set(MORE_KEY, report.stopped && report.stopped !== "quota" ? "1" : "");
  props.flush();
  return report;
}

/** A reconcile of every lead (or of `leadIds`), taking the ledger lock. */
export function reconcileFollowUps(opts: Options = {}): Result {
  const run = withLock(opts.lockWaitMs ?? 10000, () => reconcileWithContext(new PropsStore(), opts));
  return run.locked ? run.value : { skipped: "busy" };
}

/** The timer's job: one property read when not due. */
export const FOLLOW_UPS_JOB: TimedJob = {
  name: "follow-ups",
  run(ctx) {
    const props = new PropsStore();
    const last = Date.parse(props.get(LAST_FULL_KEY) ?? "");
    const due =
      !!props.get(MORE_KEY) || !Number.isFinite(last) || ctx.now().getTime() - last >= FULL_EVERY_MS;
    if (!due) return { skipped: "not due" };
    return reconcileFollowUps({ now: ctx.now, msLeft: ctx.msLeft });
  },
};

/**
 * The capture job's leads, in the same run and under its lock: their events are created now. A failure here
 * never fails the capture (the timer's next full pass catches up).
 */
export function followUpsForCapture(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  leadIds: readonly (string | undefined)[],
  now: () => Date,
  msLeft: () => number,
): Result | { error: string } {
  const ids = new Set(leadIds.filter((id): id is string => !!id));
  if (!ids.size) return { skipped: "not set up" };
  try {
    return reconcileWithContext(new PropsStore(), { now, msLeft, leadIds: ids }, ss);
  } catch (e) {
    try {
      // The timer's next pass runs the full reconcile, due or not, and makes what this run could not.
      const props = new PropsStore();
      props.set(MORE_KEY, "1");
      props.flush();
    } catch {
      // the execution is being cut off: the hourly full pass catches up
    }
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
