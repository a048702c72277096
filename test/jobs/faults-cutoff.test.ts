// A capture run cut off (execution time exceeded) at any call, then run again, ends as if nothing had gone wrong.
import { baseState, cleanCalls, expectAccountedFor, faultThenRerun, fromState } from "../helpers/fault-run";
import { runCaptureUntilDone } from "../../sandbox/cli/run-jobs";

describe("a capture run cut off (execution time exceeded)", () => {
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
      const sb = faultThenRerun(state, nth, true);
      try {
        expectAccountedFor(sb);
      } catch (err) {
        if (err instanceof Error) err.message = `fault at call ${nth}: ${err.message}`;
        throw err;
      }
    }
  });
});
