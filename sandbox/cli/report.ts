// The human report `lead-ledger run` prints: totals, then one line per input.
import type { Outcome } from "../../src/core/ledger/plan";

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
