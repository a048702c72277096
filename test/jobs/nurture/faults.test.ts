// A fault or a cut-off at every call of a nurture run, then the next passes: nobody emailed twice, nobody skipped.
import {
  nurtureSandbox,
  addLostLeads,
  nurturePass,
  passesUntil,
  sentNurture,
  leadRows,
  leadEmail,
} from "../../helpers/nurture-sandbox";
import { ledgerSandbox, records } from "../../helpers/ledger-sandbox";
import { encodeState, decodeState } from "../../../sandbox/kernel";
import type { Sandbox } from "../../../sandbox/index";

const LEADS = [1, 2, 3, 4, 5];

function baseState(): string {
  const sb = nurtureSandbox("2026-12-01T14:00:00Z");
  addLostLeads(
    sb,
    LEADS.map((id) => ({ id, lostOn: "2026-06-15", lostReason: id % 2 ? "budget" : "" })),
  );
  return encodeState(sb.kernel.state);
}

function fromState(state: string): Sandbox {
  const sb = ledgerSandbox();
  sb.kernel.state = decodeState(state) as Record<string, unknown>;
  sb.kernel.setNow(new Date("2026-12-01T14:00:00Z"));
  return sb;
}

function expectEachOnce(sb: Sandbox): void {
  const sent = sentNurture(sb).map((s) => /<([^>]+)>/.exec(s.to)?.[1] ?? s.to);
  expect(sent.sort()).toEqual(LEADS.map(leadEmail).sort());
  const rows = leadRows(sb);
  for (const id of LEADS) {
    const row = rows[`L-000${id}`];
    expect(row["Nurture step"]).toBe(1);
    expect(String(row["Nurture thread ID"])).toMatch(/^[0-9a-f]{16}$/);
  }
  const logged = records(sb, "Activity")
    .filter((a) => a.Event === "nurture sent")
    .map((a) => a["Lead ID"]);
  expect(logged.sort()).toEqual(LEADS.map((id) => `L-000${id}`));
}

describe.each([
  ["cut off (the execution ends at that call)", true],
  ["a single failing call", false],
])("nurture with a fault at every call: %s", (_title, fatal) => {
  const state = baseState();
  const clean = fromState(state);
  clean.kernel.resetCounts();
  nurturePass(clean);
  const calls = clean.kernel.totalCalls;

  test("the clean pass is the reference", () => {
    expect(calls).toBeGreaterThan(LEADS.length * 2);
    expect(calls).toBeLessThan(80);
    expectEachOnce(clean);
  });

  test("at every call index, then the following passes: each lead emailed once, in the sheet once, logged once", () => {
    for (let nth = 1; nth <= calls; nth++) {
      const sb = fromState(state);
      sb.kernel.injectFault({
        nth,
        fatal,
        message: fatal ? "Exceeded maximum execution time" : "Service unavailable: Gmail",
      });
      try {
        nurturePass(sb);
      } catch {
        // the execution failed, as a trigger run would
      }
      sb.kernel.clearFaults();
      passesUntil(sb, "2026-12-01T14:30:00Z");
      try {
        expectEachOnce(sb);
      } catch (err) {
        if (err instanceof Error) err.message = `fault at call ${nth}: ${err.message}`;
        throw err;
      }
    }
  });
});

test("cut off right after a send (its result never stored): the next pass finds it in Sent and does not send it again", () => {
  const sb = fromState(baseState());
  sb.kernel.injectFault({
    method: "Utilities.sleep",
    nth: 1,
    fatal: true,
    message: "Exceeded maximum execution time",
  });
  expect(() => nurturePass(sb)).toThrow("Exceeded maximum execution time");
  sb.kernel.clearFaults();
  expect(sentNurture(sb)).toHaveLength(1);
  expect(nurturePass(sb)).toMatchObject({ status: "ran", recovered: 1, sent: LEADS.length - 1 });
  expectEachOnce(sb);
});
