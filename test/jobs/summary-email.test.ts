// The Monday email: on the summary day from the send hour, once a week, three charts inline, logged in Activity.
import { deliverInquiries, ledgerSandbox, records, tab } from "../helpers/ledger-sandbox";
import { putLeads, generatedLeads } from "../helpers/summary-ledger";
import { execution, runSetup, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { runTimedPass } from "../../src/jobs/timed";
import { parseEmlSync } from "../../sandbox/eml";
import { setEmailQuota } from "../../sandbox/mail/email-quota";
import type { Sandbox } from "../../sandbox/index";

function pass(sb: Sandbox, at: string) {
  sb.kernel.setNow(new Date(at));
  return execution(sb, () => runTimedPass({ now: () => sb.kernel.now() })).jobs.find(
    (j) => j.name === "summary",
  );
}

function sent(sb: Sandbox) {
  return execution(sb, () =>
    GmailApp.search('in:sent subject:"Lead Ledger: week of"').flatMap((t) =>
      t.getMessages().map((m) => m.getRawContent()),
    ),
  );
}

function setUp(): Sandbox {
  const sb = ledgerSandbox();
  runSetup(sb);
  putLeads(sb, generatedLeads(80, sb.kernel.now()));
  return sb;
}

test("Monday from 9:00 in the ledger's zone: one email with a text part, an HTML part and three inline charts", () => {
  const sb = setUp();
  expect(pass(sb, "2026-11-30T13:30:00Z")?.result).toBe("rebuilt"); // 8:30 in Toronto: the tab, not the email
  expect(sent(sb)).toHaveLength(0);
  expect(pass(sb, "2026-11-30T14:05:00Z")?.result).toBe("rebuilt and sent");
  const raws = sent(sb);
  expect(raws).toHaveLength(1);
  const mail = parseEmlSync(raws[0]);
  expect(mail.subject).toMatch(/^Lead Ledger: week of 23 Nov 2026 — \d+ in, \d+ won$/);
  expect(mail.plainBody).toContain("Last week (23 Nov 2026 – 29 Nov 2026)");
  expect(mail.plainBody).toMatch(/Not accounted for: \d+/);
  const images = mail.attachments.filter((a) => a.inline && a.contentType === "image/png");
  expect(images.map((a) => a.name).sort()).toEqual([
    "Funnel, last 90 days.png",
    "Leads in by source, per week.png",
    "Leads in vs won, 12 weeks.png",
  ]);
  for (const img of images) {
    expect(Array.from(img.bytes.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(mail.htmlBody).toContain(`cid:${img.contentId!.replace(/[<>]/g, "")}`);
  }
  expect(mail.htmlBody).toMatch(
    /<a href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"]+#gid=\d+&amp;range=A\d+">/,
  );
  expect(records(sb, "Activity").filter((a) => a.Event === "summary sent")).toHaveLength(1);
});

test("never two in a week: later passes that Monday and that week send nothing; the next Monday sends again", () => {
  const sb = setUp();
  pass(sb, "2026-11-30T15:00:00Z");
  expect(pass(sb, "2026-11-30T16:00:00Z")?.result).toBe("not due");
  expect(pass(sb, "2026-12-02T16:00:00Z")?.result).toBe("not due");
  expect(sent(sb)).toHaveLength(1);
  expect(pass(sb, "2026-12-07T15:00:00Z")?.result).toBe("rebuilt and sent");
  expect(sent(sb)).toHaveLength(2);
});

test("a pass that is not due costs no spreadsheet call and no mail", () => {
  const sb = setUp();
  pass(sb, "2026-11-30T15:00:00Z");
  sb.kernel.setNow(new Date("2026-11-30T17:00:00Z"));
  const before = { sheets: sb.kernel.countOf("SpreadsheetApp"), mail: sb.kernel.countOf("MailApp") };
  execution(sb, () => runTimedPass({ now: () => sb.kernel.now() }));
  // capture itself reads the ledger; the summary job adds nothing when nothing changed
  const captureOnly = sb.kernel.countOf("SpreadsheetApp") - before.sheets;
  sb.kernel.setNow(new Date("2026-11-30T18:00:00Z"));
  const mid = sb.kernel.countOf("SpreadsheetApp");
  execution(sb, () => runTimedPass({ now: () => sb.kernel.now() }));
  expect(sb.kernel.countOf("SpreadsheetApp") - mid).toBe(captureOnly);
  expect(sb.kernel.countOf("MailApp")).toBe(before.mail);
});

test("a run cut off between marking and sending never sends a second copy", () => {
  const sb = setUp();
  sb.kernel.setNow(new Date("2026-11-30T15:00:00Z"));
  execution(sb, () =>
    PropertiesService.getUserProperties().setProperty("summary.sentWeek", "2026-11-30:sending"),
  );
  expect(pass(sb, "2026-11-30T16:00:00Z")?.result).not.toBe("rebuilt and sent");
  expect(sent(sb)).toHaveLength(0);
});

test("a capture or a Stage edit marks the ledger changed: the next pass rebuilds the tab, the one after does not", async () => {
  const sb = setUp();
  expect(pass(sb, "2026-12-01T15:00:00Z")?.result).toBe("rebuilt"); // a new week: rebuilt once
  expect(pass(sb, "2026-12-01T15:10:00Z")?.result).toBe("not due");
  deliverInquiries(sb, [5]);
  expect(pass(sb, "2026-12-01T15:20:00Z")?.result).toBe("rebuilt"); // captured in this very pass
  expect(pass(sb, "2026-12-01T15:30:00Z")?.result).toBe("not due");
  const header = tab(sb, "Leads")[0].map(String);
  const stage = String.fromCharCode(65 + header.indexOf("Stage"));
  const fired = sb.sheets.edit({ sheet: "Leads", a1: `${stage}3` }, "Won", scriptHandlers(sb));
  expect(fired.filter((f) => f.error)).toEqual([]);
  expect(pass(sb, "2026-12-01T15:40:00Z")?.result).toBe("rebuilt");
});

test("a Summary recipients address MailApp refuses: logged once in Activity, no exception, no retry that week", () => {
  const sb = setUp();
  const [head, ...rows] = sb.sheets.read("Settings");
  const r = rows.findIndex((row) => row[head.indexOf("Setting")] === "Summary recipients");
  sb.sheets.edit({ sheet: "Settings", a1: `B${r + 2}` }, "the boss", scriptHandlers(sb));
  expect(pass(sb, "2026-11-30T15:00:00Z")?.result).toBe("not sent: bad recipients");
  expect(pass(sb, "2026-11-30T16:00:00Z")?.result).toBe("not due");
  const logged = records(sb, "Activity").filter((a) => a.Event === "summary not sent");
  expect(logged).toHaveLength(1);
  expect(String(logged[0].Details)).toMatch(/Invalid email: the boss/);
  expect(sent(sb)).toHaveLength(0);
});

test("MailApp's daily quota used up: logged once, sent on a later pass when it is back", () => {
  const sb = setUp();
  setEmailQuota(sb.kernel, 0);
  expect(pass(sb, "2026-11-30T15:00:00Z")?.result).toBe("no quota left");
  expect(pass(sb, "2026-11-30T16:00:00Z")?.result).toBe("no quota left");
  expect(records(sb, "Activity").filter((a) => a.Event === "summary not sent")).toHaveLength(1);
  expect(sent(sb)).toHaveLength(0);
  setEmailQuota(sb.kernel, 100);
  expect(pass(sb, "2026-11-30T17:00:00Z")?.result).toBe("rebuilt and sent");
  expect(sent(sb)).toHaveLength(1);
});
