// The nurture jobs of the timed pass: answers first (a lead who replied is not emailed), then the monthly send.
import type { TimedJob } from "./timed";
import { runNurture } from "./nurture";
import { runNurtureReplies } from "./nurture-replies";

export const NURTURE_JOBS: TimedJob[] = [
  { name: "nurture answers", run: (ctx) => runNurtureReplies(ctx) },
  { name: "nurture", run: (ctx) => runNurture(ctx) },
];
