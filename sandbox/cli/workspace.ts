// A CLI workspace over time: the sandbox reopened at the clock it was saved with, moved forward to `--now`
// with every time-driven trigger fired on the way (each firing its own execution), then saved with its clock.
import { Sandbox } from "../index";
import type { TriggerRun } from "../script/control";
import { scriptHandlers } from "./run-jobs";
import { HANDLERS } from "../../src/handlers";
import type { TimedReport } from "../../src/jobs/timed";

interface ClockState {
  now: Date;
}

/**
 * Opens `dir` at its saved clock (a new workspace starts at `start`, else the real time). The clock is virtual:
 * it moves only as the sandbox's calls, sleeps and lock waits move it, so a run is the same every time.
 */
export function openWorkspace(dir: string, start?: Date): Sandbox {
  const sb = Sandbox.load(dir, { now: start ?? new Date(), clockFollowsRealTime: false });
  const saved = (sb.kernel.state.clock as ClockState | undefined)?.now;
  if (saved instanceof Date) sb.kernel.setNow(saved);
  return sb;
}

/** Saves the workspace with its clock, so the next command continues from this moment. */
export function saveWorkspace(sb: Sandbox, dir: string): void {
  sb.kernel.state.clock = { now: sb.kernel.now() } satisfies ClockState;
  sb.save(dir);
}

export interface Advance {
  from: Date;
  to: Date;
  runs: TriggerRun[];
  /** What each timer pass reported (capture outcomes, scheduled jobs), in time order. */
  passes: { at: Date; report: TimedReport }[];
}

/**
 * Moves the clock to `to`, firing each installed time-driven trigger at each time it would have fired, in
 * time order; each firing is a new execution. A time before the workspace's clock is refused: time only
 * moves forward.
 */
export function advanceTo(sb: Sandbox, to: Date): Advance {
  const from = sb.kernel.now();
  if (to.getTime() < from.getTime() - 1000)
    throw new Error(
      `--now ${to.toISOString()} is before this workspace's clock (${from.toISOString()}); time only moves forward`,
    );
  const passes: Advance["passes"] = [];
  const handlers = scriptHandlers(sb);
  const timer = handlers[HANDLERS.captureTrigger];
  handlers[HANDLERS.captureTrigger] = (e) => {
    const report = timer(e) as TimedReport;
    passes.push({ at: sb.kernel.now(), report });
    return report;
  };
  const runs = sb.script.runUntil(to, handlers);
  return { from, to: sb.kernel.now(), runs, passes };
}
