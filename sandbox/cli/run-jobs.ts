// Runs Lead Ledger on a sandbox the way Apps Script would: mail delivered, setup, then capture executions
// (each a new execution of the time trigger) until nothing is left. Shared by the CLI, tests and benchmarks.
import type { Sandbox } from "../index";
import { deliverEml } from "../gmail/mailbox";
import { setupLedger, type SetupReport } from "../../src/jobs/setup";
import { runTimedPass, type TimedReport } from "../../src/jobs/timed";
import { runCapture, type CaptureReport, type CaptureOptions } from "../../src/jobs/capture";
import type { Outcome } from "../../src/core/ledger/capture-outcome";
import { onLedgerEdit, type EditEvent } from "../../src/jobs/stage-edit";
import { HANDLERS } from "../../src/handlers";

/** Runs `fn` with the sandbox's services as the Apps Script globals, as one execution. */
export function execution<T>(sandbox: Sandbox, fn: () => T): T {
  sandbox.script.endExecution();
  const restore = sandbox.install();
  try {
    return fn();
  } finally {
    restore();
    sandbox.script.endExecution();
  }
}

/** Puts one raw message into the mailbox as mail that reached the capture label (sent to the plus-address). */
export function deliverLeadMail(sandbox: Sandbox, raw: string | Uint8Array, label = "Leads"): string {
  const [local, domain] = sandbox.user.split("@");
  return deliverEml(sandbox, raw, { labels: [label], deliveredTo: `${local}+leads@${domain}` });
}

export function runSetup(sandbox: Sandbox): SetupReport {
  return execution(sandbox, () => setupLedger({ now: () => sandbox.kernel.now(), mode: "bound" }));
}

export interface CaptureRuns {
  executions: number;
  outcomes: Outcome[];
  alreadyCaptured: number;
  last: CaptureReport;
}

/** Capture executions as the timer would start them, until one reports that nothing is left (or `max`). */
export function runCaptureUntilDone(sandbox: Sandbox, opts: CaptureOptions = {}, max = 50): CaptureRuns {
  const runs: CaptureRuns = {
    executions: 0,
    outcomes: [],
    alreadyCaptured: 0,
    last: { status: "done", outcomes: [], alreadyCaptured: 0, elapsedMs: 0 },
  };
  do {
    runs.last = execution(sandbox, () => runCapture({ now: () => sandbox.kernel.now(), ...opts }));
    runs.executions++;
    runs.outcomes.push(...runs.last.outcomes);
    runs.alreadyCaptured += runs.last.alreadyCaptured;
  } while (runs.last.status === "more" && runs.executions < max);
  return runs;
}

/** The script's functions by handler name, as Apps Script calls them from triggers (globals installed). */
export function scriptHandlers(sandbox: Sandbox): Record<string, (e: Record<string, unknown>) => unknown> {
  const withGlobals =
    <T>(fn: (e: Record<string, unknown>) => T) =>
    (e: Record<string, unknown>): T => {
      const restore = sandbox.install();
      try {
        return fn(e);
      } finally {
        restore();
      }
    };
  const now = () => sandbox.kernel.now();
  return {
    [HANDLERS.setup]: withGlobals(() => setupLedger({ now, mode: sandbox.deployment })),
    [HANDLERS.captureTrigger]: withGlobals(() => runTimedPass({ now })),
    [HANDLERS.captureNow]: withGlobals(() => runCapture({ now })),
    [HANDLERS.onStageEdit]: withGlobals((e) => onLedgerEdit(e as unknown as EditEvent, now)),
  };
}

export interface TimedRuns extends CaptureRuns {
  /** Each scheduled job's result, pass by pass. */
  jobs: TimedReport["jobs"];
  /** Each pass's whole report. */
  reports: TimedReport[];
}

/** Timer passes (capture, then the scheduled jobs) as executions, until capture reports nothing left. */
export function runTimedUntilDone(sandbox: Sandbox, max = 50): TimedRuns {
  const runs: TimedRuns = {
    executions: 0,
    outcomes: [],
    alreadyCaptured: 0,
    last: { status: "done", outcomes: [], alreadyCaptured: 0, elapsedMs: 0 },
    jobs: [],
    reports: [],
  };
  do {
    const pass = execution(sandbox, () => runTimedPass({ now: () => sandbox.kernel.now() }));
    runs.last = pass.capture;
    runs.executions++;
    runs.outcomes.push(...pass.capture.outcomes);
    runs.alreadyCaptured += pass.capture.alreadyCaptured;
    runs.jobs.push(...pass.jobs);
    runs.reports.push(pass);
  } while (runs.last.status === "more" && runs.executions < max);
  return runs;
}
