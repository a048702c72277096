// The capture run's own follow-up events, cut off at every call from the moment they start: after a re-run and
// the timer's next full pass, every captured lead has exactly one event (never two, never an orphan).
import { baseState, fromState } from "../helpers/fault-run";
import { runCaptureUntilDone, execution } from "../../sandbox/cli/run-jobs";
import { calendarEvents } from "../../sandbox/calendar/user";
import { reconcileFollowUps } from "../../src/jobs/followups";
import { records } from "../helpers/ledger-sandbox";
import type { Sandbox } from "../../sandbox/index";

function expectOneEventPerLead(sb: Sandbox): void {
  const leads = records(sb, "Leads").map((r) => String(r["Lead ID"]));
  const events = calendarEvents(sb, "Lead follow-ups").map((e) => e.tags.leadId);
  expect(events.sort()).toEqual(leads.sort());
}

describe("capture's follow-up events, cut off at every call", () => {
  const { state } = baseState();
  const clean = fromState(state);
  const log: string[] = [];
  const call = clean.kernel.call.bind(clean.kernel);
  clean.kernel.call = (m: string) => (log.push(m), call(m));
  runCaptureUntilDone(clean);
  // From the first call of the follow-up reconcile (its properties read before the Calendar list) to the end.
  const list = log.indexOf("Calendar.Events.list");
  const first = log.lastIndexOf("PropertiesService.getUserProperties", list) + 1;

  test("the clean run: one event per captured lead, made in the capture run itself", () => {
    expect(list).toBeGreaterThan(0);
    expectOneEventPerLead(clean);
  });

  test("each call index from the follow-ups on, then a re-run and the timer's full pass", () => {
    for (let nth = first; nth <= log.length; nth++) {
      const sb = fromState(state);
      sb.kernel.injectFault({ nth, fatal: true, message: "Exceeded maximum execution time" });
      try {
        runCaptureUntilDone(sb, {}, 1);
      } catch {
        // the execution was cut off
      }
      sb.kernel.clearFaults();
      runCaptureUntilDone(sb);
      execution(sb, () => reconcileFollowUps({ now: () => sb.kernel.now() }));
      try {
        expectOneEventPerLead(sb);
      } catch (err) {
        if (err instanceof Error) err.message = `fault at call ${nth} (${log[nth - 1]}): ${err.message}`;
        throw err;
      }
    }
  });
});
