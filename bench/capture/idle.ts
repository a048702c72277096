// The idle pass: what one timer run costs when nothing new arrived, in calls and modelled time, and that cost per
// day as a share of a consumer account's 90 minutes of trigger runtime.
import { Sandbox } from "../../sandbox/index";
import { deliverLeadMail, runCaptureUntilDone, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { forwardedInquiry, person } from "../../sandbox/testing/lead-mail";
import { setupLedger } from "../../src/jobs/setup";
import { execution } from "../../sandbox/cli/run-jobs";
import { latencyOf } from "./latency";

/** Apps Script's daily total trigger runtime for a consumer (gmail.com) account. */
export const CONSUMER_TRIGGER_MS_PER_DAY = 90 * 60 * 1000;

export interface IdleCost {
  deployment: "bound" | "addon";
  minutes: number;
  runsPerDay: number;
  calls: Record<string, number>;
  modelledMs: number;
  perDayMs: number;
  shareOfDailyQuota: number;
}

export function idleCost(deployment: "bound" | "addon", leads = 200): IdleCost {
  const sb = new Sandbox({ now: new Date("2026-11-30T14:00:00Z"), clockFollowsRealTime: false, deployment });
  execution(sb, () => setupLedger({ now: () => sb.kernel.now(), mode: deployment }));
  for (let i = 0; i < leads; i++) deliverLeadMail(sb, forwardedInquiry(person(i), sb.user, i));
  runCaptureUntilDone(sb);
  const handlers = scriptHandlers(sb);
  const clock = sb.script.triggers().find((t) => t.handler === "captureTrigger")!;
  const minutes = clock.schedule.everyMinutes ?? (clock.schedule.everyHours ?? 1) * 60;
  // Two passes with nothing new: the first may still settle state; the second is the steady idle pass.
  sb.script.runUntil(new Date(sb.kernel.now().getTime() + minutes * 60_000 + 1), handlers);
  sb.kernel.resetCounts();
  const runs = sb.script.runUntil(new Date(sb.kernel.now().getTime() + minutes * 60_000 + 1), handlers);
  if (runs.length !== 1 || runs[0].error) throw new Error(`expected one clean idle pass, got ${JSON.stringify(runs)}`);
  const runsPerDay = (24 * 60) / minutes;
  // The modelled time of the pass: the sum of each call's modelled latency (bench/capture/latency.ts).
  const cost = Object.entries(sb.kernel.calls).reduce((ms, [m, n]) => ms + latencyOf(m) * n, 0);
  return {
    deployment,
    minutes,
    runsPerDay,
    calls: { ...sb.kernel.calls },
    modelledMs: cost,
    perDayMs: cost * runsPerDay,
    shareOfDailyQuota: (cost * runsPerDay) / CONSUMER_TRIGGER_MS_PER_DAY,
  };
}
