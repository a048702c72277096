// The test-facing handle on the script side (sandbox.script): locks held by another run, executions, and
// installable triggers fired at the virtual clock.
import type { Kernel } from "../kernel";
import { lockRuntime, releaseExecutionLocks } from "./lock";
import { scriptState, type TriggerState } from "./state";
import { nextFireTime } from "./schedule";

/** Functions of the script by name, as Apps Script would call them. */
export type Handlers = Record<string, (event: Record<string, unknown>) => unknown>;

export interface TriggerRun {
  handler: string;
  triggerId: string;
  at: Date;
  error?: string;
}

/** Google gives a Workspace add-on's card callback about 30 seconds before it stops it. */
export const CARD_CALLBACK_LIMIT_MS = 30_000;

export class ScriptControl {
  /** `install` puts the sandbox's services on globalThis (and returns the undo), as Apps Script does for a run. */
  constructor(
    private readonly kernel: Kernel,
    private readonly install: () => () => void = () => () => undefined,
  ) {}

  /** Another execution takes the lock (script lock by default); it lets go after `releaseAfterMs` if given. */
  holdLock(
    opts: { lock?: "script" | `user:${string}` | `document:${string}`; releaseAfterMs?: number } = {},
  ): void {
    const rt = lockRuntime(this.kernel);
    const releaseAt =
      opts.releaseAfterMs === undefined ? null : this.kernel.now().getTime() + opts.releaseAfterMs;
    rt.held.set(opts.lock ?? "script", { execution: rt.nextExecution++, releaseAt });
  }

  /** The other run that held the lock lets go. */
  releaseHeldLock(lock = "script"): void {
    lockRuntime(this.kernel).held.delete(lock);
  }

  isLockHeld(lock = "script"): boolean {
    return lockRuntime(this.kernel).held.has(lock);
  }

  /** Ends the current execution (its locks are released) and starts the next one: kernel.newExecution(). */
  endExecution(): void {
    lockRuntime(this.kernel);
    this.kernel.newExecution();
  }

  /** Runs `fn` as a separate, overlapping execution (e.g. from kernel.at(n, …)); its locks are released after. */
  asOtherExecution<T>(fn: () => T): T {
    const rt = lockRuntime(this.kernel);
    const outer = rt.execution;
    rt.execution = rt.nextExecution++;
    try {
      return fn();
    } finally {
      releaseExecutionLocks(this.kernel, rt.execution);
      rt.execution = outer;
    }
  }

  /**
   * Runs `fn` as a card callback (a button of an add-on card): its own execution, cut off with "Exceeded maximum
   * execution time" once the virtual clock passes `limitMs` — the modelled latency of its calls counts.
   */
  cardCallback<T>(fn: () => T, limitMs = CARD_CALLBACK_LIMIT_MS): T {
    this.endExecution();
    const restore = this.install();
    this.kernel.setDeadline(this.kernel.now().getTime() + limitMs);
    try {
      return fn();
    } finally {
      this.kernel.setDeadline(null);
      restore();
      this.endExecution();
    }
  }

  setTimeZone(tz: string): void {
    scriptState(this.kernel).timeZone = tz;
  }

  triggers(): TriggerState[] {
    return scriptState(this.kernel).triggers;
  }

  nextFireTime(t: TriggerState): Date | null {
    return nextFireTime(t, scriptState(this.kernel).timeZone);
  }

  /** Time-based triggers due at `now` (the sandbox clock by default), earliest first. */
  dueTriggers(now = this.kernel.now()): TriggerState[] {
    return this.triggers()
      .map((t) => ({ t, at: this.nextFireTime(t) }))
      .filter((x): x is { t: TriggerState; at: Date } => !!x.at && x.at.getTime() <= now.getTime())
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((x) => x.t);
  }

  /**
   * Runs every due time-based trigger once, each as its own execution; failures are recorded, as Google does.
   * Missed runs are not caught up: the next run is counted from now.
   */
  runDueTriggers(handlers: Handlers): TriggerRun[] {
    const runs: TriggerRun[] = [];
    for (const t of this.dueTriggers()) {
      const at = this.kernel.now();
      t.lastRun = at;
      runs.push(this.runHandler(t, handlers, { triggerUid: t.id, ...clockEvent(at) }));
      if (t.schedule.afterMs !== undefined || t.schedule.at) this.remove(t);
    }
    return runs;
  }

  /** Advances the clock to `until`, firing time-based triggers at each of their times on the way. */
  runUntil(until: Date, handlers: Handlers): TriggerRun[] {
    const runs: TriggerRun[] = [];
    for (;;) {
      const next = this.triggers()
        .map((t) => this.nextFireTime(t))
        .filter((d): d is Date => !!d && d.getTime() <= until.getTime())
        .sort((a, b) => a.getTime() - b.getTime())[0];
      if (!next) break;
      if (next.getTime() > this.kernel.now().getTime()) this.kernel.setNow(next);
      runs.push(...this.runDueTriggers(handlers));
    }
    if (until.getTime() > this.kernel.now().getTime()) this.kernel.setNow(until);
    return runs;
  }

  /**
   * Runs one trigger's handler as a new execution, with the services installed as globals and `event` as its
   * argument; the error, if any, is recorded.
   */
  runHandler(t: TriggerState, handlers: Handlers, event: Record<string, unknown>): TriggerRun {
    return this.runFunction(t.handler, t.id, handlers, { authMode: "FULL", ...event });
  }

  /** Runs the script function `name` as one execution (a trigger's, or a simple trigger's with id "simple"). */
  runFunction(
    name: string,
    triggerId: string,
    handlers: Handlers,
    event: Record<string, unknown>,
  ): TriggerRun {
    const run: TriggerRun = { handler: name, triggerId, at: this.kernel.now() };
    this.endExecution();
    const restore = this.install();
    try {
      const fn = handlers[name];
      if (!fn) throw new Error(`Script function not found: ${name}`);
      fn(event);
    } catch (e) {
      run.error = e instanceof Error ? e.message : String(e);
    } finally {
      restore();
      this.endExecution();
    }
    return run;
  }

  private remove(t: TriggerState): void {
    const state = scriptState(this.kernel);
    state.triggers = state.triggers.filter((x) => x !== t);
  }
}

function clockEvent(at: Date): Record<string, unknown> {
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    "day-of-month": at.getUTCDate(),
    "day-of-week": at.getUTCDay() || 7,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    timezone: "UTC",
  };
}
