// A timer pass with nothing new costs one Gmail search and one Drive search; the bound default is every 15 minutes.
import { ledgerSandbox, deliverInquiries, records } from "../helpers/ledger-sandbox";
import { runSetup, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { putDriveFile } from "../../sandbox/drive/store";

const MIN = 60_000;

function ledger() {
  const sb = ledgerSandbox();
  runSetup(sb);
  deliverInquiries(sb, [1, 2]);
  const handlers = scriptHandlers(sb);
  const start = sb.kernel.now().getTime();
  let t = 0;
  const nextPass = (error?: string) => {
    t += 15 * MIN + 1;
    sb.kernel.resetCounts();
    const runs = sb.script.runUntil(new Date(start + t), handlers);
    expect(runs.map((r) => r.error)).toEqual([error]);
  };
  return { sb, nextPass };
}

describe("the idle timer pass", () => {
  test("a new bound ledger captures every 15 minutes (96 runs a day, not 144)", () => {
    const { sb } = ledger();
    const clock = sb.script.triggers().find((t) => t.handler === "captureTrigger")!;
    expect(clock.schedule.everyMinutes).toBe(15);
    expect(records(sb, "Settings").find((r) => r.Setting === "Capture every (minutes)")?.Value).toBe("15");
  });

  test("with nothing new: one Gmail list call, one Drive search, no lock and no spreadsheet call", () => {
    const { sb, nextPass } = ledger();
    nextPass(); // captures the two inquiries
    expect(records(sb, "Leads")).toHaveLength(2);
    nextPass();
    expect(sb.kernel.countOf("GmailApp")).toBe(0);
    expect(sb.kernel.countOf("Gmail.Users")).toBe(1);
    expect(sb.kernel.calls["Gmail.Users.Messages.list"]).toBe(1);
    expect(sb.kernel.countOf("DriveApp.searchFiles")).toBe(1);
    expect(sb.kernel.countOf("SpreadsheetApp")).toBe(0);
    expect(sb.kernel.countOf("LockService")).toBe(0);
    expect(sb.kernel.countOf("Session")).toBe(0);
  });

  test("mail or a photo arriving after idle passes is still captured at the next pass", () => {
    const { sb, nextPass } = ledger();
    nextPass();
    nextPass();
    deliverInquiries(sb, [3], 10);
    nextPass();
    expect(records(sb, "Leads")).toHaveLength(3);
    putDriveFile(sb, "Lead cards", "notes.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46]), "application/pdf");
    nextPass();
    expect(records(sb, "Activity").some((r) => /not an image/.test(String(r.Details)))).toBe(true);
    // The PDF stays in the folder, logged once: it does not make every later pass a full capture (which would
    // list Gmail's labels and its first page). This pass is also the hourly follow-up reconcile, which reads Leads.
    nextPass();
    expect(sb.kernel.countOf("Gmail.Users")).toBe(1);
    expect(records(sb, "Activity").filter((r) => /not an image/.test(String(r.Details)))).toHaveLength(1);
  });

  test("a run cut off before its Activity write is finished by the next pass, even with nothing new", () => {
    const { sb, nextPass } = ledger();
    sb.kernel.injectFault({ method: "SpreadsheetApp.Range.setValues", nth: 2, message: "Exceeded maximum execution time", fatal: true });
    nextPass("Exceeded maximum execution time");
    expect(records(sb, "Leads")).toHaveLength(2);
    const logged = () =>
      records(sb, "Activity").filter((r) => r.Event === "captured" && /L-000[12]/.test(String(r["Lead ID"])));
    expect(logged()).toHaveLength(0);
    nextPass();
    expect(logged()).toHaveLength(2);
  });
});
