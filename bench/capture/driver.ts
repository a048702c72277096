// The capture benchmark: 500 forwarded emails (50 of them from people already in the ledger) into a set-up
// ledger, captured by Lead Ledger and by a naive implementation from the same starting state.
import { Sandbox } from "../../sandbox/index";
import { encodeState, decodeState } from "../../sandbox/kernel";
import { deliverLeadMail, execution, runCaptureUntilDone, runSetup } from "../../sandbox/cli/run-jobs";
import { forwardedInquiry, person } from "../../sandbox/testing/lead-mail";
import { latencyOf, isLocal, ON_DEMAND, ON_DEMAND_MS } from "./latency";
import { naiveCapture } from "./naive";

export interface Side {
  calls: Record<string, number>;
  roundTrips: number;
  local: number;
  modelledMs: number;
  /** Modelled time if every body/attachment read were a round trip of ON_DEMAND_MS. */
  modelledOnDemandMs: number;
  executions: number;
  rows: number;
}

function leadRows(sb: Sandbox): number {
  return execution(
    sb,
    () => SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Leads")!.getLastRow() - 1,
  );
}

function measure(sb: Sandbox, run: () => number): Side {
  sb.kernel.resetCounts();
  const start = sb.kernel.now().getTime();
  sb.kernel.latency = latencyOf;
  const executions = run();
  sb.kernel.latency = null;
  const modelledMs = sb.kernel.now().getTime() - start;
  const calls = { ...sb.kernel.calls };
  let roundTrips = 0;
  let local = 0;
  let onDemand = 0;
  for (const [m, n] of Object.entries(calls)) {
    if (isLocal(m)) local += n;
    else roundTrips += n;
    if (ON_DEMAND.test(m)) onDemand += n;
  }
  const modelledOnDemandMs =
    modelledMs + onDemand * (ON_DEMAND_MS - latencyOf("GmailApp.GmailMessage.getPlainBody"));
  return { calls, roundTrips, local, modelledMs, modelledOnDemandMs, executions, rows: leadRows(sb) };
}

export function runBench(total = 500, repeats = 50): { ours: Side; naive: Side } {
  const base = new Sandbox({ now: new Date("2026-11-30T14:00:00Z"), clockFollowsRealTime: false });
  runSetup(base);
  // The ledger already holds the 50 people who will write again.
  for (let i = 0; i < repeats; i++) deliverLeadMail(base, forwardedInquiry(person(i), base.user, i));
  runCaptureUntilDone(base);
  for (let k = 0; k < total; k++) {
    const who = k < repeats ? k : repeats + k;
    deliverLeadMail(base, forwardedInquiry(person(who), base.user, 1000 + k));
  }
  const state = encodeState(base.kernel.state);
  const fresh = () => {
    const sb = new Sandbox({ now: new Date("2026-11-30T15:00:00Z"), clockFollowsRealTime: false });
    sb.kernel.state = decodeState(state) as Record<string, unknown>;
    return sb;
  };
  const a = fresh();
  const ours = measure(a, () => runCaptureUntilDone(a).executions);
  const b = fresh();
  const naive = measure(b, () => {
    execution(b, () => naiveCapture(b.user));
    return 1;
  });
  return { ours, naive };
}
