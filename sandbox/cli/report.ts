// The human report `lead-ledger run` prints: totals, then one line per input.
import type { Outcome } from "../../src/core/ledger/plan";

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
