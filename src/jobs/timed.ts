// The one timer: every pass captures, then runs each scheduled job that is due (follow-ups, digest, summary,
// nurture). Add-on timers may only run hourly, so every job decides for itself whether it is due now.
import { runCapture, type CaptureReport } from "./capture";
import { DEFAULT_BUDGET_MS } from "./budget";
import { LAST_SEEN_JOB } from "./last-seen";
import { FINISH_SETUP_JOB } from "./setup-finish";
import { FOLLOW_UPS_JOB } from "./followups";
import { DAILY_DIGEST_JOB } from "./digest";
import { NURTURE_JOBS } from "./nurture-jobs";
import { SUMMARY_JOB } from "./summary-weekly";

/** What a scheduled job is handed by the timed pass. */
export interface TimedContext {
  now: () => Date;
  /** Milliseconds this pass may still spend (the execution stops at 6 minutes). */
  msLeft: () => number;
}

/** A job that runs after capture on the timer; it must be cheap (one property read) when it is not due. */
export interface TimedJob {
  name: string;
  run(ctx: TimedContext): unknown;
}

/** The jobs of the timer, in the order they run. Each new job adds itself here, nowhere else. */
// Nurture's answers come before the follow-ups, so a lead that replied gets its reminder in the same pass; the
// Summary is rebuilt last, from the ledger as the other jobs left it.
export const TIMED_JOBS: TimedJob[] = [FINISH_SETUP_JOB, LAST_SEEN_JOB];
TIMED_JOBS.push(...NURTURE_JOBS, FOLLOW_UPS_JOB, DAILY_DIGEST_JOB, SUMMARY_JOB);

/** An execution may run 6 minutes; a pass stops starting jobs after 5, leaving room to write and log. */
export const PASS_MS = 5 * 60 * 1000;

export interface TimedReport {
  capture: CaptureReport;
  jobs: { name: string; result?: unknown; skipped?: "no time left"; error?: string }[];
}

export function runTimedPass(opts: { now?: () => Date; passMs?: number } = {}): TimedReport {
  const now = opts.now ?? (() => new Date());
  const started = now().getTime();
  const msLeft = () => (opts.passMs ?? PASS_MS) - (now().getTime() - started);
  const capture = runCapture({ now, budgetMs: Math.min(DEFAULT_BUDGET_MS, msLeft()) });
  const jobs: TimedReport["jobs"] = [];
  for (const job of TIMED_JOBS) {
    if (msLeft() <= 0) jobs.push({ name: job.name, skipped: "no time left" });
    else
      try {
        jobs.push({ name: job.name, result: job.run({ now, msLeft }) });
      } catch (e) {
        // One job's failure (a service outage, a quota) must not stop the others; it runs again next pass.
        jobs.push({ name: job.name, error: e instanceof Error ? e.message : String(e) });
      }
  }
  return { capture, jobs };
}
