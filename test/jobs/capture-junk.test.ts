// Capture of what is not a lead and of what fails on the way: nothing lost to a transient error, junk is logged
// once as skipped (never a row), and a message without a Message-ID is captured once however often it arrives.
import { ledgerSandbox, records } from "../helpers/ledger-sandbox";
import { deliverLeadMail, execution, runCaptureUntilDone, runSetup } from "../../sandbox/cli/run-jobs";

const OWNER_DOMAIN = "ledger-owner.example";

/** A plain inbound inquiry, straight from the person (not a forward). */
function inbound(messageId = "<inbound-1@harbor-supply.example>"): string {
  return [
    "From: Talia Brook <talia.brook@harbor-supply.example>",
    `To: owner@${OWNER_DOMAIN}`,
    "Subject: Quote for 40 office chairs",
    "Date: Mon, 30 Nov 2026 09:12:00 -0500",
    ...(messageId ? [`Message-ID: ${messageId}`] : []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Hello, could you send a quote for 40 office chairs?",
    "",
    "Talia Brook",
    "Purchasing, Harbor Supply Co.",
    "Phone: 416-555-0142",
    "",
  ].join("\r\n");
}

/** Bytes that are no e-mail at all (a fixed pseudo-random sequence). */
function binary(n = 600): Uint8Array {
  const out = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  return out;
}

function labelsOfThreads(sb: ReturnType<typeof ledgerSandbox>, label: string): number {
  return execution(sb, () => GmailApp.search(`label:${label}`).length);
}

describe("capture keeps every lead through a transient error", () => {
  test("one 'Service unavailable' while the message is read: no row, thread not marked; the re-run captures the person", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverLeadMail(sb, inbound());
    sb.kernel.injectFault({ method: "Gmail.Users.Messages.get", nth: 1, message: "Service unavailable: Gmail" });
    runCaptureUntilDone(sb, {}, 1);
    expect(records(sb, "Leads")).toHaveLength(0);
    expect(labelsOfThreads(sb, "leads-captured")).toBe(0);
    expect(labelsOfThreads(sb, "leads")).toBe(1);
    sb.kernel.clearFaults();
    runCaptureUntilDone(sb);
    const leads = records(sb, "Leads");
    expect(leads.map((r) => r.Email)).toEqual(["talia.brook@harbor-supply.example"]);
    expect(String(leads[0].Tags)).not.toMatch(/Needs review/);
    expect(labelsOfThreads(sb, "leads-captured")).toBe(1);
  });

  test("one 'Service unavailable' while the labelled mail is listed: it all waits for the next run", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverLeadMail(sb, inbound());
    // The first list is the timer's idle check (is anything waiting?); the second lists the labelled mail.
    sb.kernel.injectFault({ method: "Gmail.Users.Messages.list", nth: 2, message: "Service unavailable: Gmail" });
    runCaptureUntilDone(sb, {}, 1);
    expect(records(sb, "Leads")).toHaveLength(0);
    sb.kernel.clearFaults();
    runCaptureUntilDone(sb);
    expect(records(sb, "Leads").map((r) => r.Email)).toEqual(["talia.brook@harbor-supply.example"]);
  });
});

describe("junk is accounted for, not a row", () => {
  test("an empty and a random-binary message: no row, one 'skipped' Activity entry each, naming them; never again", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverLeadMail(sb, "");
    deliverLeadMail(sb, binary());
    const first = runCaptureUntilDone(sb);
    expect(first.outcomes.map((o) => o.kind)).toEqual(["skipped", "skipped"]);
    expect(records(sb, "Leads")).toHaveLength(0);
    const activity = records(sb, "Activity");
    expect(activity.map((a) => a.Event)).toEqual(["skipped", "skipped"]);
    for (const a of activity) expect(String(a.Details)).toMatch(/no person or company/);
    expect(String(activity[0].Details)).toMatch(/from /);
    // The CLI delivers its inbox again on every run: the same bytes are the same message.
    deliverLeadMail(sb, "");
    deliverLeadMail(sb, binary());
    const again = runCaptureUntilDone(sb);
    expect(again.outcomes).toEqual([]);
    expect(records(sb, "Activity")).toHaveLength(2);
    expect(records(sb, "Leads")).toHaveLength(0);
  });

  test("a message without a Message-ID, delivered again: captured once, never merged into itself", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverLeadMail(sb, inbound(""));
    runCaptureUntilDone(sb);
    deliverLeadMail(sb, inbound(""));
    const again = runCaptureUntilDone(sb);
    expect(again.outcomes).toEqual([]);
    const leads = records(sb, "Leads");
    expect(leads).toHaveLength(1);
    expect(String(leads[0].Notes).split("\n")).toHaveLength(1);
    // (The lead's follow-up reminder is logged too; what matters here is that nothing was merged.)
    expect(records(sb, "Activity").map((a) => a.Event).filter((e) => e !== "reminder set")).toEqual(["captured"]);
  });
});

describe("the Activity tab belongs to the user", () => {
  test("columns reordered (and one of the user's own added): capture's rows follow the header", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    execution(sb, () => {
      const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Activity")!;
      sheet.getRange(1, 1, 1, 7).setValues([["Details", "My notes", "Event", "Time", "By", "Lead ID", "Input"]]);
    });
    deliverLeadMail(sb, inbound());
    runCaptureUntilDone(sb);
    const [entry] = records(sb, "Activity");
    expect(entry.Event).toBe("captured");
    expect(entry["Lead ID"]).toBe("L-0001");
    expect(String(entry.Details)).toMatch(/Talia Brook/);
    expect(entry.By).toBe("automation");
    expect(entry["My notes"]).toBe("");
    expect(entry.Time).toBeInstanceOf(Date);
  });
});
