// A capture run over every kind of input (plain inbound, forward, intro, attached message, attached photo,
// card photo) to fail at every call index, and what "accounted for" means after the fault and after a re-run.
import { ledgerSandbox, records } from "./ledger-sandbox";
import { execution, runCaptureUntilDone, runSetup } from "../../sandbox/cli/run-jobs";
import { encodeState, decodeState } from "../../sandbox/kernel";
import { deliverEveryKind } from "./mixed-mailbox";
import type { Sandbox } from "../../sandbox/index";

export interface FaultBase {
  state: string;
  /** The e-mail of every person who must end in exactly one row. */
  people: string[];
}

/** Set up, with one of each kind of input waiting. */
export function baseState(): FaultBase {
  const sb = ledgerSandbox();
  runSetup(sb);
  // Each tab trimmed to 20 rows (copying a 1,000-row grid per call index is most of the suite's time; a grid
  // that runs out of rows also grows through capture's own path).
  execution(sb, () => {
    for (const sheet of SpreadsheetApp.openById(sb.sheets.activeId()).getSheets())
      if (sheet.getMaxRows() > 20) sheet.deleteRows(21, sheet.getMaxRows() - 20);
  });
  const people = deliverEveryKind(sb);
  return { state: encodeState(sb.kernel.state), people };
}

const decoded = new Map<string, Record<string, unknown>>();

/** A sandbox in `state`: decoded once, then copied with structuredClone (about 10x faster than JSON per run). */
export function fromState(state: string): Sandbox {
  const sb = ledgerSandbox();
  let template = decoded.get(state);
  if (!template) decoded.set(state, (template = decodeState(state) as Record<string, unknown>));
  sb.kernel.state = structuredClone(template);
  return sb;
}

/** What the script could see as done: message ids of threads labelled captured, file ids moved to Processed. */
function markedDone(sb: Sandbox): { messages: string[]; photos: string[] } {
  const calls = { ...sb.kernel.calls };
  const total = sb.kernel.totalCalls;
  const done = execution(sb, () => {
    const messages = GmailApp.search("label:leads-captured").flatMap((t) => t.getMessages().map((m) => m.getId()));
    const photos: string[] = [];
    const folders = DriveApp.getFoldersByName("Processed");
    while (folders.hasNext())
      for (const files = folders.next().getFiles(); files.hasNext(); ) photos.push(files.next().getId());
    return { messages, photos };
  });
  for (const k of Object.keys(sb.kernel.calls)) delete sb.kernel.calls[k];
  Object.assign(sb.kernel.calls, calls);
  sb.kernel.totalCalls = total;
  return done;
}

const idsOf = (rows: Record<string, unknown>[], column: string) =>
  new Set(rows.flatMap((r) => String(r[column] ?? "").split(/\s+/).filter(Boolean)));

/** No message or photo is marked done (labelled captured, moved to Processed) that the ledger does not record. */
export function expectNothingMarkedUnrecorded(sb: Sandbox): void {
  const leads = records(sb, "Leads");
  const logged = new Set(records(sb, "Activity").map((a) => String(a.Input).split("#")[0]));
  const messageIds = idsOf(leads, "Message IDs");
  const photoIds = idsOf(leads, "Photo IDs");
  const done = markedDone(sb);
  for (const id of done.messages) expect({ message: id, recorded: messageIds.has(id) || logged.has(id) }).toEqual({ message: id, recorded: true });
  for (const id of done.photos) expect({ photo: id, recorded: photoIds.has(id) }).toEqual({ photo: id, recorded: true });
}

/** Every person in exactly one row, each input logged once as captured/merged, no row flagged by a fault. */
export function expectAccountedFor(sb: Sandbox, base: FaultBase, skippedInClean: string[]): void {
  const leads = records(sb, "Leads");
  expect(leads.map((r) => r.Email).sort()).toEqual([...base.people].sort());
  expect(leads.filter((r) => /Needs review/.test(String(r.Tags))).map((r) => r.Email)).toEqual([]);
  const activity = records(sb, "Activity");
  const inputs = new Set([...idsOf(leads, "Message IDs"), ...idsOf(leads, "Photo IDs")]);
  for (const id of inputs) {
    const about = activity.filter(
      (a) => String(a.Input).split("#")[0] === id && /^(captured|merged)$/.test(String(a.Event)),
    );
    expect({ input: id, logged: about.length }).toEqual({ input: id, logged: 1 });
  }
  const skipped = activity.filter((a) => a.Event === "skipped").map((a) => String(a.Input));
  expect(skipped.sort()).toEqual([...skippedInClean].sort());
}

/** The clean run from `state`: its service call count and the inputs it skipped (an e-mail whose card made the lead). */
export function cleanRun(base: FaultBase): { calls: number; skipped: string[]; sb: Sandbox } {
  const sb = fromState(base.state);
  sb.kernel.resetCounts();
  runCaptureUntilDone(sb);
  const calls = sb.kernel.totalCalls;
  const skipped = records(sb, "Activity")
    .filter((a) => a.Event === "skipped")
    .map((a) => String(a.Input));
  return { calls, skipped, sb };
}

/** Runs capture with a fault at call `nth`; checks what it marked done; clears the fault and runs again. */
export function faultThenRerun(state: string, nth: number, fatal: boolean): Sandbox {
  const sb = fromState(state);
  sb.kernel.injectFault({
    nth,
    fatal,
    message: fatal ? "Exceeded maximum execution time" : "Service unavailable: Gmail",
  });
  try {
    runCaptureUntilDone(sb, {}, 1);
  } catch {
    // the execution failed, as a trigger run would
  }
  sb.kernel.clearFaults();
  expectNothingMarkedUnrecorded(sb);
  runCaptureUntilDone(sb);
  return sb;
}

/**
 * The fault-at-every-call suite: a clean reference run, then a fault at each call index of the same run
 * followed by a re-run. `cutOff`: the execution stops at the fault (else only that one call fails).
 */
export function describeFaultAtEveryCall(title: string, cutOff: boolean): void {
  describe(title, () => {
    const base = baseState();
    const clean = cleanRun(base);

    test("the clean run is the reference: one row per person, each input logged once, nothing to review", () => {
      expect(clean.calls).toBeGreaterThan(60);
      expectAccountedFor(clean.sb, base, clean.skipped);
      expect(clean.skipped).toHaveLength(1);
      expectNothingMarkedUnrecorded(clean.sb);
    });

    test("at every call index: nothing marked done unrecorded; after a re-run every person in one row, no review row", () => {
      for (let nth = 1; nth <= clean.calls; nth++) {
        try {
          const sb = faultThenRerun(base.state, nth, cutOff);
          expectAccountedFor(sb, base, clean.skipped);
        } catch (err) {
          if (err instanceof Error) err.message = `fault at call ${nth} of ${clean.calls}: ${err.message}`;
          throw err;
        }
      }
    });
  });
}
