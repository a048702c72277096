// The human report `lead-ledger run` prints: totals, then one line per input.
import type { Outcome } from "../../src/core/ledger/capture-outcome";
import type { Advance } from "./workspace";
import type { TimedReport } from "../../src/jobs/timed";
import type { FollowUpReport } from "../../src/jobs/followups-run";

/** What the CLI knows of its inbox: the file each delivered message came from, and the files it did not deliver. */
export interface InboxFiles {
  fileOf: ReadonlyMap<string, string>;
  skipped: readonly { file: string; why: string }[];
}

export function formatReport(
  outcomes: readonly Outcome[],
  already: number,
  ms: number,
  setupChanges: string[],
  inbox: InboxFiles = { fileOf: new Map(), skipped: [] },
): string {
  const n = (pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;
  const lines: string[] = [];
  if (setupChanges.length) lines.push(`Setup: ${setupChanges.join("; ")}`);
  lines.push(
    `Captured ${n((o) => o.kind === "captured")}, merged ${n((o) => o.kind === "merged")}, ` +
      `needing review ${n((o) => !!o.needsReview)}, skipped ${n((o) => o.kind === "skipped") + inbox.skipped.length}` +
      `${already ? `, already captured ${already}` : ""} — ${(ms / 1000).toFixed(1)} s`,
  );
  for (const o of outcomes) {
    const what =
      o.kind === "captured"
        ? `captured ${o.leadId} ${o.name ?? ""}`.trim()
        : o.kind === "merged"
          ? `merged into ${o.leadId} ${o.name ?? ""}`.trim()
          : `skipped — ${o.why ?? "nothing could be read"}`;
    const review = o.needsReview ? ` — needs review: ${o.why || "extraction was unsure"}` : "";
    const file = inbox.fileOf.get(o.ref.split("#")[0]);
    lines.push(`  ${file ? `${file} “${o.label}”` : o.label}: ${what}${review}`);
  }
  for (const s of inbox.skipped) lines.push(`  ${s.file}: skipped — ${s.why}`);
  if (!outcomes.length && !inbox.skipped.length) lines.push("  Nothing new to capture.");
  return lines.join("\n");
}

/** What happened while the clock moved forward: how many trigger runs, their captures and failures. */
export function formatAdvance(a: Advance): string {
  const captured = a.passes.flatMap((p) => p.report.capture.outcomes);
  const failed = a.runs.filter((r) => r.error);
  const lines = [
    `Clock ${a.from.toISOString()} → ${a.to.toISOString()}: ${a.runs.length} trigger run(s)` +
      (captured.length ? `, ${captured.length} input(s) captured on the way` : "") +
      (failed.length ? `, ${failed.length} failed` : ""),
  ];
  for (const r of failed) lines.push(`  ${r.at.toISOString()} ${r.handler}: ${r.error}`);
  return lines.join("\n");
}

/** What the scheduled jobs did in these passes: follow-up events created (each listed), moved, removed; digests. */
export function formatJobs(reports: readonly TimedReport[]): string {
  const followUps = reports.flatMap((r) => [
    r.capture.followUps,
    ...r.jobs.filter((j) => j.name === "follow-ups").map((j) => j.result),
  ]);
  const done = followUps.filter((f): f is FollowUpReport => !!f && typeof f === "object" && "created" in f);
  const lines: string[] = [];
  const created = done.flatMap((f) => f.created);
  const sum = (k: "moved" | "updated" | "deleted") => done.reduce((n, f) => n + f[k], 0);
  const waiting = done.length ? done[done.length - 1].waiting : 0;
  if (created.length || sum("moved") || sum("updated") || sum("deleted") || waiting) {
    lines.push(
      `Follow-up events: ${created.length} created, ${sum("moved")} moved, ${sum("updated")} updated, ${sum("deleted")} removed` +
        (waiting ? `, ${waiting} waiting (Calendar's daily limit or time)` : ""),
    );
    for (const c of created) lines.push(`  ${c.leadId} ${c.ymd} ${c.time}  ${c.title}`);
  }
  for (const r of reports) {
    const f = r.capture.followUps;
    if (f && "error" in f)
      lines.push(`Follow-up events of the captured leads failed (${f.error}); the next pass makes them`);
  }
  for (const r of reports)
    for (const j of r.jobs) {
      const res = j.result as { sent?: string; to?: string } | undefined;
      if (j.name === "daily digest" && res?.sent) lines.push(`Daily digest sent to ${res.to}: ${res.sent}`);
      if (j.error) lines.push(`${j.name} failed: ${j.error}`);
    }
  return lines.join("\n");
}
