// The sheet is the user's: reordered and added columns, sorted rows, formulas and typed values survive capture.
import { ledgerSandbox, deliverInquiries, records, tab } from "../helpers/ledger-sandbox";
import { deliverLeadMail, runCaptureUntilDone, runSetup, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { person } from "../../sandbox/testing/lead-mail";
import { encodeState } from "../../sandbox/kernel";

const FORMULA_NAME = [
  "From: Ledger Owner <owner@ledger-owner.example>",
  "To: owner+leads@ledger-owner.example",
  "Subject: Fwd: partnership",
  "Date: Mon, 30 Nov 2026 09:00:00 -0500",
  "Message-ID: <formula-name@ledger-owner.example>",
  "Content-Type: text/plain; charset=UTF-8",
  "",
  "---------- Forwarded message ---------",
  'From: "=HYPERLINK(\\"http://x.example\\",\\"y\\")" <partner@odd-sender.example>',
  "Date: Mon, 30 Nov 2026 08:00:00 -0500",
  "Subject: partnership",
  "To: <info@ledger-owner.example>",
  "",
  "We would like to discuss a partnership.",
  "",
].join("\r\n");

function column(sb: ReturnType<typeof ledgerSandbox>, header: string): number {
  return (tab(sb, "Leads")[0] as string[]).indexOf(header) + 1;
}

describe("the sheet is the user's", () => {
  test("reordered columns, a user column with a formula, sorted rows and a formula-like name", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [3, 1, 2]);
    runCaptureUntilDone(sb);
    sb.sheets.moveColumn("Leads", column(sb, "Email"), 1);
    sb.sheets.moveColumn("Leads", column(sb, "Notes"), 2);
    sb.sheets.insertColumn("Leads", 2, "My score");
    const mine = column(sb, "My score");
    sb.sheets.sortByColumn("Leads", column(sb, "Name"));
    const letter = String.fromCharCode(64 + mine);
    sb.sheets.edit({ sheet: "Leads", a1: `${letter}2` }, "hot");
    sb.sheets.edit({ sheet: "Leads", a1: `${letter}3` }, "=LEN(A3)");
    const before = tab(sb, "Leads").map((r) => r[mine - 1]);
    const formulasBefore = tab(sb, "Leads", "formulas").map((r) => r[mine - 1]);

    deliverInquiries(sb, [1], 10); // person 1 again: a merge into a sorted, reordered row
    deliverLeadMail(sb, FORMULA_NAME);
    runCaptureUntilDone(sb);

    const after = tab(sb, "Leads");
    expect(after.slice(0, before.length).map((r) => r[mine - 1])).toEqual(before);
    expect(
      tab(sb, "Leads", "formulas")
        .slice(0, before.length)
        .map((r) => r[mine - 1]),
    ).toEqual(formulasBefore);
    expect(after.slice(before.length).map((r) => r[mine - 1])).toEqual([""]);
    const leads = records(sb, "Leads");
    expect(leads).toHaveLength(4);
    const odd = leads.find((r) => r.Email === "partner@odd-sender.example")!;
    expect(String(odd.Name)).toMatch(/^=HYPERLINK\(/);
    expect(String(odd.Tags)).toMatch(/Needs review/);
    const nameCol = column(sb, "Name");
    expect(
      tab(sb, "Leads", "formulas")
        .map((r) => r[nameCol - 1])
        .filter(Boolean),
    ).toEqual([]);
    const merged = leads.find((r) => r.Email === person(1).email)!;
    expect(String(merged.Notes)).toMatch(/merged from email/);
    expect(String(merged["Message IDs"]).split(" ")).toHaveLength(2);
  });

  test("setup run again on a ledger in use changes nothing at all", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [1, 2]);
    runCaptureUntilDone(sb);
    sb.sheets.insertColumn("Leads", 3, "My column");
    const snapshot = encodeState(sb.kernel.state);
    const report = runSetup(sb);
    expect(report.changed).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(encodeState(sb.kernel.state)).toBe(snapshot);
  });

  test("setup repairs a deleted column at the right of the user's columns, never reordering", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    sb.sheets.insertColumn("Leads", 1, "Mine");
    const header = tab(sb, "Leads")[0] as string[];
    const owner = header.indexOf("Owner");
    sb.sheets.edit({ sheet: "Leads", a1: `${String.fromCharCode(65 + owner)}1` }, "");
    const report = runSetup(sb);
    expect(report.changed).toEqual(["Leads columns: owner"]);
    const repaired = tab(sb, "Leads")[0] as string[];
    expect(repaired.slice(0, header.length).map((h, i) => (i === owner ? header[owner] : h))).toEqual(header);
    expect(repaired[repaired.length - 1]).toBe("Owner");
  });
});

describe("stage changes (installable on-edit trigger)", () => {
  test("a new stage fills its date, a stage set back keeps history in Activity, other edits are ignored", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    deliverInquiries(sb, [1]);
    runCaptureUntilDone(sb);
    const handlers = scriptHandlers(sb);
    const at = (h: string) => `${String.fromCharCode(64 + column(sb, h))}2`;
    const row = () => records(sb, "Leads")[0];
    const stageEvents = () =>
      records(sb, "Activity")
        .filter((a) => a.Event === "stage change")
        .map((a) => a.Details);

    expect(
      sb.sheets.edit({ sheet: "Leads", a1: at("Stage") }, "Contacted", handlers).map((r) => r.error),
    ).toEqual([undefined]);
    const contactedOn = row()["Contacted on"];
    expect(contactedOn).toBeInstanceOf(Date);
    sb.sheets.edit({ sheet: "Leads", a1: at("Stage") }, "Proposal", handlers);
    expect(row()["Proposal on"]).toBeInstanceOf(Date);
    sb.kernel.advance(3 * 86400000);
    sb.sheets.edit({ sheet: "Leads", a1: at("Stage") }, "Contacted", handlers);
    expect(row()["Contacted on"]).toEqual(contactedOn);
    expect(row()["Proposal on"]).toBeInstanceOf(Date);
    expect(stageEvents()).toEqual([
      "Stage New → Contacted",
      "Stage Contacted → Proposal",
      expect.stringMatching(/^Stage Proposal → Contacted \(set back/),
    ]);

    const calls = sb.kernel.totalCalls;
    sb.sheets.edit({ sheet: "Leads", a1: at("Notes") }, "called, no answer", handlers);
    expect(stageEvents()).toHaveLength(3);
    expect(sb.kernel.totalCalls - calls).toBeLessThanOrEqual(6);
  });

  test("an edit of the Settings tab is used by the next capture (default follow-up delay)", () => {
    const sb = ledgerSandbox();
    runSetup(sb);
    const settings = tab(sb, "Settings").map((r) => String(r[0]));
    const row = settings.indexOf("Default follow-up (business days)") + 1;
    sb.sheets.edit({ sheet: "Settings", a1: `B${row}` }, "5", scriptHandlers(sb));
    deliverInquiries(sb, [1]);
    runCaptureUntilDone(sb);
    // Monday 30 November 2026 + 5 business days = Monday 7 December (in the ledger's time zone).
    expect((records(sb, "Leads")[0]["Next follow-up"] as Date).toISOString()).toBe(
      "2026-12-07T05:00:00.000Z",
    );
  });
});
