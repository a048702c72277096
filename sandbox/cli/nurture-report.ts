// The nurture lines of `lead-ledger run`: emails sent and answers read by the timer passes of this run.
import type { TimedReport } from "../../src/jobs/timed";
import type { NurtureReport } from "../../src/jobs/nurture";
import type { RepliesReport } from "../../src/jobs/nurture-replies";

export function formatNurture(jobs: TimedReport["jobs"]): string {
  let sent = 0;
  const answers: string[] = [];
  for (const j of jobs) {
    if (j.name === "nurture") sent += (j.result as NurtureReport | undefined)?.sent ?? 0;
    if (j.name === "nurture answers")
      for (const a of (j.result as RepliesReport | undefined)?.answers ?? [])
        answers.push(`${a.leadId || "?"} ${a.kind}`);
  }
  // (A job's failure is printed once, with every job's, by formatJobs.)
  if (!sent && !answers.length) return "";
  const lines = [`Nurture: ${sent} email(s) sent${answers.length ? `, answers: ${answers.join(", ")}` : ""}`];
  return lines.join("\n");
}
