// The human report `lead-ledger run` prints: totals, then one line per input.
import type { Outcome } from "../../src/core/ledger/plan";
import type { Advance } from "./workspace";

export function formatReport(
  outcomes: readonly Outcome[],
  already: number,
  ms: number,
  setupChanges: string[],
): string {
  const n = (pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;
  const lines: string[] = [];
  if (setupChanges.length) lines.push(`Setup: ${setupChanges.join("; ")}`);
  lines.push(
    `Captured ${n((o) => o.kind === "captured")}, merged ${n((o) => o.kind === "merged")}, ` +
      `needing review ${n((o) => !!o.needsReview)}, skipped or failed ${n((o) => o.kind === "skipped")}` +
      `${already ? `, already captured ${already}` : ""} — ${(ms / 1000).toFixed(1)} s`,
  );
  for (const o of outcomes) {
    const what =
      o.kind === "captured"
        ? `captured ${o.leadId} ${o.name ?? ""}`.trim()
        : o.kind === "merged"
          ? `merged into ${o.leadId} ${o.name ?? ""}`.trim()
          : `skipped: ${o.why ?? ""}`;
    const review = o.needsReview ? ` — needs review: ${o.why || "extraction was unsure"}` : "";
    lines.push(`  ${o.label}: ${what}${review}`);
  }
  if (!outcomes.length) lines.push("  Nothing new to capture.");
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
