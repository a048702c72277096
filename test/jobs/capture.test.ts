// The capture job through the sandbox: idempotent, batched, and every input accounted for.
import { ledgerSandbox, deliverInquiries, records, tab } from "../helpers/ledger-sandbox";
import { runCaptureUntilDone, runSetup, execution } from "../../sandbox/cli/run-jobs";
import { runCapture } from "../../src/jobs/capture";
import { person } from "../../sandbox/testing/lead-mail";
import { Sandbox } from "../../sandbox/index";
import { setupLedger } from "../../src/jobs/setup";

/** Activity rows of the capture itself (the follow-up events of captured leads log "reminder …" rows too). */
const captureLog = (sb: Sandbox) =>
  records(sb, "Activity").filter((a) => !/^reminder /.test(String(a.Event)));

describe("capture", () => {
  test("a forwarded inquiry becomes one row, and capturing again adds no row and no Activity", () => {
    const sb = ledgerSandbox();
    deliverInquiries(sb, [1, 2, 3]);
    runSetup(sb);
    const first = runCaptureUntilDone(sb);
    expect(first.outcomes.map((o) => o.kind)).toEqual(["captured", "captured", "captured"]);
    const leads = records(sb, "Leads");
    expect(leads.map((r) => r.Email).sort()).toEqual([1, 2, 3].map((i) => person(i).email).sort());
    expect(leads.every((r) => r.Stage === "New" && /^L-\d{4}$/.test(String(r["Lead ID"])))).toBe(true);
    const activity = tab(sb, "Activity").length;
    const again = runCaptureUntilDone(sb);
    expect(again.outcomes).toEqual([]);
    expect(records(sb, "Leads")).toHaveLength(3);
    expect(tab(sb, "Activity").length).toBe(activity);
  });

  test("a message whose label was put back (or whose labelling failed) is still never captured twice", () => {
    const sb = ledgerSandbox();
    deliverInquiries(sb, [1]);
    runSetup(sb);
    runCaptureUntilDone(sb);
    execution(sb, () => {
      const thread = GmailApp.search("label:leads-captured")[0];
      GmailApp.getUserLabelByName("Leads")!.addToThreads([thread]);
    });
    const again = runCaptureUntilDone(sb);
    expect(again.outcomes).toEqual([]);
    expect(again.alreadyCaptured).toBe(1);
    expect(records(sb, "Leads")).toHaveLength(1);
  });

  test("the same person in a later email merges into the first row, with the merge in Activity", () => {
    const sb = ledgerSandbox();
    deliverInquiries(sb, [5]);
    runSetup(sb);
    runCaptureUntilDone(sb);
    deliverInquiries(sb, [5], 100);
    const second = runCaptureUntilDone(sb);
    expect(second.outcomes).toMatchObject([{ kind: "merged", leadId: "L-0001" }]);
    expect(records(sb, "Leads")).toHaveLength(1);
    expect(captureLog(sb).map((a) => a.Event)).toEqual(["captured", "merged"]);
  });

  test("500 emails, 50 from people already in the ledger: at most 13 spreadsheet calls, Gmail calls by pages", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(
      sb,
      Array.from({ length: 50 }, (_x, i) => i),
    );
    runCaptureUntilDone(sb);
    deliverInquiries(
      sb,
      Array.from({ length: 500 }, (_x, k) => (k < 50 ? k : 50 + k)),
      1000,
    );
    sb.kernel.resetCounts();
    const runs = runCaptureUntilDone(sb);
    expect(runs.executions).toBe(1);
    // 13 for the capture (the Activity header is read before appending, so rows follow the user's column
    // order, and the new rows' Origin cells become links in one rich-text write); the follow-up events of its
    // 500 leads add one read of Leads, one block of event ids and one Activity append (with the grid grown).
    expect(sb.kernel.countOf("SpreadsheetApp")).toBeLessThanOrEqual(25);
    expect(sb.kernel.calls["Calendar.Events.list"]).toBe(1);
    expect(sb.kernel.calls["Calendar.Events.insert"]).toBe(450);
    // The Gmail advanced service: the idle check (one message waiting?), 5 pages of 100 labelled messages, each
    // message's raw MIME in one call (no per-field calls), and every message relabelled in one call (1,000 a call).
    expect(sb.kernel.calls["Gmail.Users.Messages.list"]).toBe(6);
    expect(sb.kernel.calls["Gmail.Users.Messages.get"]).toBe(500);
    expect(sb.kernel.calls["Gmail.Users.Messages.batchModify"]).toBe(1);
    expect(sb.kernel.countOf("GmailApp")).toBe(0);
    expect(records(sb, "Leads")).toHaveLength(500);
    expect(runs.outcomes.filter((o) => o.kind === "merged")).toHaveLength(50);
  });

  test("a run out of time stops cleanly and the next execution continues where it stopped", () => {
    const sb = ledgerSandbox();
    deliverInquiries(
      sb,
      Array.from({ length: 120 }, (_x, i) => i),
    );
    runSetup(sb);
    sb.kernel.latency = () => 50;
    const runs = runCaptureUntilDone(sb, { budgetMs: 5000 });
    expect(runs.executions).toBeGreaterThan(1);
    expect(records(sb, "Leads")).toHaveLength(120);
    expect(new Set(records(sb, "Leads").map((r) => r.Email)).size).toBe(120);
  });

  test("a second run while the first holds the lock does nothing, and the first ends as if alone", () => {
    const sb = ledgerSandbox();
    deliverInquiries(sb, [1, 2, 3, 4]);
    runSetup(sb);
    let second: ReturnType<typeof runCapture> | undefined;
    sb.kernel.at(10, () => {
      second = sb.script.asOtherExecution(() => runCapture({ now: () => sb.kernel.now(), lockWaitMs: 0 }));
    });
    const first = runCaptureUntilDone(sb);
    expect(second?.status).toBe("busy");
    expect(first.outcomes.filter((o) => o.kind === "captured")).toHaveLength(4);
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads")).toHaveLength(4);
    expect(captureLog(sb)).toHaveLength(4);
  });

  test("the Leads and Activity grids grow when their 1,000 rows run out", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(
      sb,
      Array.from({ length: 700 }, (_x, i) => i),
    );
    runCaptureUntilDone(sb);
    deliverInquiries(
      sb,
      Array.from({ length: 500 }, (_x, i) => 700 + i),
      700,
    );
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads")).toHaveLength(1200);
    expect(captureLog(sb)).toHaveLength(1200);
  });

  test("set up as an add-on, capture is scheduled hourly (Google's limit for add-ons), installed once", () => {
    const sb = new Sandbox({
      deployment: "addon",
      now: new Date("2026-11-30T15:00:00Z"),
      clockFollowsRealTime: false,
    });
    execution(sb, () => setupLedger({ mode: "addon" }));
    execution(sb, () => setupLedger({ mode: "addon" }));
    const triggers = sb.script.triggers();
    // No on-edit trigger: an add-on may not install one on a sheet it opened by id (stage dates: timed pass).
    expect(triggers.map((t) => t.handler).sort()).toEqual(["captureTrigger"]);
    expect(JSON.stringify(triggers.find((t) => t.handler === "captureTrigger")!.schedule)).toMatch(
      /3600000|"hours":1|everyHours/,
    );
  });

  test("a Lead ID freed by deleting the last row is never given to another person", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [1, 2]);
    runCaptureUntilDone(sb);
    execution(sb, () => SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Leads")!.deleteRow(3));
    deliverInquiries(sb, [3], 10);
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads").map((r) => r["Lead ID"])).toEqual(["L-0001", "L-0003"]);
  });

  test("a deleted Activity tab is put back by the next capture before anything is written", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    execution(sb, () => {
      const ss = SpreadsheetApp.openById(sb.sheets.activeId());
      ss.deleteSheet(ss.getSheetByName("Activity")!);
    });
    deliverInquiries(sb, [1]);
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads")).toHaveLength(1);
    expect(captureLog(sb).map((a) => a.Event)).toEqual(["captured"]);
  });
});
