// The nurture jobs of the timed pass: answers first (a lead who replied is not emailed), then the monthly send.
import type { TimedJob } from "./timed";
import { runNurture } from "./nurture";

export const NURTURE_JOBS: TimedJob[] = [{ name: "nurture", run: (ctx) => runNurture(ctx) }];
