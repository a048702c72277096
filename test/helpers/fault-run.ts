// A small capture run (three emails, one card) to cut off at every call index, and what "accounted for" means.
import fs from "node:fs";
import path from "node:path";
import { ledgerSandbox, deliverInquiries, records } from "./ledger-sandbox";
import { runCaptureUntilDone, runSetup } from "../../sandbox/cli/run-jobs";
import { encodeState, decodeState } from "../../sandbox/kernel";
import { putDriveFile } from "../../sandbox/drive/store";
import { person } from "../../sandbox/testing/lead-mail";
import type { Sandbox } from "../../sandbox/index";

const CARD = fs.readFileSync(path.join(__dirname, "../../examples/cards/harborview-realty.jpg"));

/** Set up, with three emails (people 1, 2, and 1 again) and one card waiting. */
export function baseState(): string {
  const sb = ledgerSandbox();
  runSetup(sb);
  deliverInquiries(sb, [1, 2, 1]);
  putDriveFile(sb, "Lead cards", "harborview-realty.jpg", new Uint8Array(CARD), "image/jpeg");
  return encodeState(sb.kernel.state);
}

export function fromState(state: string): Sandbox {
  const sb = ledgerSandbox();
  sb.kernel.state = decodeState(state) as Record<string, unknown>;
  return sb;
}

export function expectAccountedFor(sb: Sandbox): void {
  const leads = records(sb, "Leads");
  expect(leads.map((r) => r.Email).sort()).toEqual(
    [person(1).email, person(2).email, "maya.castillo@harborview-realty.example"].sort(),
  );
  const activity = records(sb, "Activity");
  const inputs = new Set(
    leads.flatMap((r) => `${r["Message IDs"]} ${r["Photo IDs"]}`.split(/\s+/).filter(Boolean)),
  );
  expect(inputs.size).toBe(4);
  for (const id of inputs) {
    const about = activity.filter((a) => a.Input === id && /^(captured|merged)$/.test(String(a.Event)));
    expect(about).toHaveLength(1);
  }
}

/** The number of service calls of the clean run from `state`. */
export function cleanCalls(state: string): number {
  const clean = fromState(state);
  clean.kernel.resetCounts();
  runCaptureUntilDone(clean);
  return clean.kernel.totalCalls;
}

/** Runs capture with a fault at call `nth` (failing the execution), then again without: the end state. */
export function faultThenRerun(state: string, nth: number, fatal: boolean): Sandbox {
  const sb = fromState(state);
  sb.kernel.injectFault({
    nth,
    fatal,
    message: fatal ? "Exceeded maximum execution time" : "Service unavailable: Spreadsheets",
  });
  try {
    runCaptureUntilDone(sb, {}, 1);
  } catch {
    // the execution failed, as a trigger run would
  }
  sb.kernel.clearFaults();
  runCaptureUntilDone(sb);
  return sb;
}

/**
 * The fault-at-every-call suite: a clean reference run, then a fault at each call index of the same run
 * followed by a re-run. `cutOff`: the execution stops at the fault (else only that one call fails).
 */
export function describeFaultAtEveryCall(title: string, cutOff: boolean): void {
  describe(title, () => {
    const state = baseState();
    const calls = cleanCalls(state);

    test("the clean run is the reference: one row per person, each input logged once", () => {
      expect(calls).toBeGreaterThan(20);
      const clean = fromState(state);
      runCaptureUntilDone(clean);
      expectAccountedFor(clean);
    });

    test("at every call index, then a re-run: one row per person, every input in Activity once", () => {
      for (let nth = 1; nth <= calls; nth++) {
        const sb = faultThenRerun(state, nth, cutOff);
        try {
          expectAccountedFor(sb);
        } catch (err) {
          if (err instanceof Error) err.message = `fault at call ${nth}: ${err.message}`;
          throw err;
        }
      }
    });
  });
}
