// The inputs of a capture run skipped for good: never read again, since no row of the ledger records them.
import type { CaptureInput } from "../core/ledger/capture-input";
import type { Outcome } from "../core/ledger/capture-outcome";

/**
 * A skipped input whose message or photo gets no row from another input of it (an e-mail whose attached card made
 * the lead is recorded by that row, and read again if the row is not written).
 */
export function skippedForGood(
  outcomes: readonly Outcome[],
  inputOf: ReadonlyMap<string, CaptureInput>,
): Set<string> {
  const recordedByRow = new Set(
    outcomes
      .filter((o) => o.kind === "captured" || o.kind === "merged")
      .map((o) => inputOf.get(o.ref)?.recordId),
  );
  return new Set(
    outcomes
      .filter((o) => o.kind === "skipped" && !recordedByRow.has(inputOf.get(o.ref)?.recordId))
      .map((o) => o.ref),
  );
}
