// The web app's one-click unsubscribe (good and bad token), the preview that sends nothing, and the test email.
import {
  nurtureSandbox,
  addLostLeads,
  nurturePass,
  answersPass,
  sentNurture,
  leadRows,
  setSettings,
} from "../../helpers/nurture-sandbox";
import { records, tab } from "../../helpers/ledger-sandbox";
import { execution } from "../../../sandbox/cli/run-jobs";
import { mailState } from "../../../sandbox/gmail/store";
import { doGet, doPost, previewNurture as previewMenu } from "../../../src/main";
import { previewNurture, sendTestNurture } from "../../../src/jobs/nurture-preview";
import { expectNurtureEml } from "../../helpers/nurture-eml";

const WEB = "https://script.google.com/macros/s/AKfycb-example/exec";

describe("unsubscribe web app", () => {
  const sentWithWebApp = () => {
    const sb = nurtureSandbox("2026-12-01T14:00:00Z", { "Unsubscribe web app URL": WEB });
    addLostLeads(
      sb,
      [1, 2].map((id) => ({ id, lostOn: "2026-06-15" })),
    );
    nurturePass(sb);
    return sb;
  };
  const linkOf = (raw: string) => new URL(/<(https:[^>]+)>/.exec(raw)![1]);

  test("the email carries the https link and List-Unsubscribe-Post; GET only shows a confirmation", async () => {
    const sb = sentWithWebApp();
    const raw = sentNurture(sb)[0].raw;
    await expectNurtureEml(raw, { businessAddress: "12 Example Street", oneClick: true });
    const link = linkOf(raw);
    expect(link.origin + link.pathname).toBe(WEB);
    const page = execution(sb, () =>
      doGet({ parameter: Object.fromEntries(link.searchParams) }).getContent(),
    );
    expect(page).toContain('<form method="post"');
    expect(page).toContain(`value="${link.searchParams.get("token")}"`);
    expect(Object.values(leadRows(sb)).every((r) => r.Tags === "")).toBe(true);
  });

  test("one-click POST with a good token: Do not email, logged; with a bad token: nothing changes", () => {
    const sb = sentWithWebApp();
    const [first, second] = sentNurture(sb).map((s) => linkOf(s.raw));
    const leadOf = (u: URL) => u.searchParams.get("lead")!;
    const bad = Object.fromEntries(second.searchParams);
    bad.token = bad.token.replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    const post = (parameter: Record<string, string>) =>
      execution(sb, () =>
        doPost({
          parameter,
          postData: { contents: "List-Unsubscribe=One-Click", type: "application/x-www-form-urlencoded" },
        }).getContent(),
      );
    const activityBefore = tab(sb, "Activity").length;
    expect(post(bad)).toBe("Invalid link.");
    expect(leadRows(sb)[leadOf(second)].Tags).toBe("");
    expect(tab(sb, "Activity").length).toBe(activityBefore);
    expect(post(Object.fromEntries(first.searchParams))).toBe("Unsubscribed.");
    expect(leadRows(sb)[leadOf(first)].Tags).toBe("Do not email");
    expect(
      records(sb, "Activity")
        .filter((a) => a.Event === "unsubscribed")
        .map((a) => a["Lead ID"]),
    ).toEqual([leadOf(first)]);
    // the confirmation page's button (a person's POST) gets a page
    const page = execution(sb, () =>
      doPost({ parameter: Object.fromEntries(second.searchParams) }).getContent(),
    );
    expect(page).toContain("You're unsubscribed");
    expect(leadRows(sb)[leadOf(second)].Tags).toBe("Do not email");
  });
});

describe("preview and test", () => {
  test("the preview lists who gets which step and who is skipped and why, and sends nothing", () => {
    const sb = nurtureSandbox("2026-12-01T14:00:00Z");
    addLostLeads(sb, [
      { id: 1, lostOn: "2026-06-15", lostReason: "went with a competitor" },
      { id: 2, lostOn: "2026-11-15" },
      { id: 3, lostOn: "2026-06-15", tags: "Do not email" },
    ]);
    const p = execution(sb, () => previewNurture(sb.kernel.now()));
    expect(p.sends).toEqual([
      expect.objectContaining({
        leadId: "L-0001",
        step: 1,
        segment: "competitor",
        subject: "How did it go, Pat?",
      }),
    ]);
    expect(p.skips).toEqual([
      expect.objectContaining({
        leadId: "L-0002",
        reason: "lost on 2026-11-15: nurture starts on 2027-02-15",
      }),
      expect.objectContaining({ leadId: "L-0003", reason: "tagged Do not email" }),
    ]);
    sb.sheets.withUi(() => execution(sb, () => previewMenu()));
    const dialog = (sb.kernel.state.dialogs as { title: string; html: string }[])[0];
    expect(dialog.html).toContain("L-0002 Pat Customer2: skipped, lost on 2026-11-15");
    expect(sentNurture(sb)).toEqual([]);
  });

  test("a template without the unsubscribe link is refused in the preview and never sent", () => {
    const sb = nurtureSandbox("2026-12-01T14:00:00Z");
    execution(sb, () => {
      const sheet = SpreadsheetApp.openById(sb.sheets.activeId()).getSheetByName("Templates")!;
      const rows = sheet.getDataRange().getValues();
      const r = rows.findIndex((x) => x[0] === 1 && x[3] === "any");
      sheet.getRange(r + 1, 3).setValue("Hi {{First name}}, any news?");
    });
    addLostLeads(sb, [{ id: 1, lostOn: "2026-06-15" }]);
    const p = execution(sb, () => previewNurture(sb.kernel.now()));
    expect(p.refused).toEqual([expect.objectContaining({ reason: "no {{Unsubscribe link}} in the body" })]);
    expect(p.skips[0].reason).toContain("refused: no {{Unsubscribe link}}");
    nurturePass(sb);
    expect(sentNurture(sb)).toEqual([]);
    const refused = records(sb, "Activity").filter((a) => a.Event === "nurture template refused");
    expect(refused).toHaveLength(1);
    expect(String(refused[0].Details)).toContain("no {{Unsubscribe link}} in the body");
    sb.kernel.setNow(new Date("2026-12-02T14:00:00Z"));
    nurturePass(sb);
    expect(records(sb, "Activity").filter((a) => a.Event === "nurture template refused")).toHaveLength(1);
  });

  test("no Business address: nothing is sent, and the preview says why", () => {
    const sb = nurtureSandbox("2026-12-01T14:00:00Z");
    setSettings(sb, { "Business address": "" });
    addLostLeads(sb, [{ id: 1, lostOn: "2026-06-15" }]);
    expect(execution(sb, () => previewNurture(sb.kernel.now())).skips[0].reason).toContain(
      "no Business address",
    );
    nurturePass(sb);
    expect(sentNurture(sb)).toEqual([]);
  });

  test("Send me a test: step N reaches the owner, as a lead would get it, and records nothing", async () => {
    const sb = nurtureSandbox("2026-12-01T14:00:00Z");
    expect(execution(sb, () => sendTestNurture(6, sb.kernel.now()))).toBe(
      'Sent step 6 to owner@ledger-owner.example: "Should I close your file?".',
    );
    const test = Object.values(mailState(sb.kernel).messages).find((m) => m.subject.startsWith("[Test]"))!;
    expect(test.to).toContain("owner@ledger-owner.example");
    expect(test.labelIds).toContain("INBOX");
    await expectNurtureEml(test.raw, { businessAddress: "12 Example Street", oneClick: false });
    expect(records(sb, "Activity")).toEqual([]);
    expect(execution(sb, () => sendTestNurture(9, sb.kernel.now()))).toBe(
      "There is no template for step 9 in the Templates tab.",
    );
  });
});

test("a one-click unsubscribe while the ledger is busy (a long capture holds the lock) is recorded and applied by the next pass", () => {
  const sb = nurtureSandbox("2026-12-01T14:00:00Z", { "Unsubscribe web app URL": WEB });
  addLostLeads(
    sb,
    [1, 2].map((id) => ({ id, lostOn: "2026-06-15" })),
  );
  nurturePass(sb);
  const link = new URL(/<(https:[^>]+)>/.exec(sentNurture(sb)[0].raw)![1]);
  const leadId = link.searchParams.get("lead")!;
  sb.script.holdLock({ lock: `document:${sb.sheets.activeId()}`, releaseAfterMs: 10 * 60 * 1000 });
  const answer = execution(sb, () =>
    doPost({
      parameter: Object.fromEntries(link.searchParams),
      postData: { contents: "List-Unsubscribe=One-Click" },
    }).getContent(),
  );
  expect(answer).toBe("Unsubscribed.");
  expect(leadRows(sb)[leadId].Tags).toBe("");
  sb.kernel.setNow(new Date("2026-12-01T15:00:00Z"));
  expect(answersPass(sb).status).toBe("ran");
  expect(leadRows(sb)[leadId].Tags).toBe("Do not email");
  sb.kernel.setNow(new Date("2027-01-01T15:00:00Z"));
  nurturePass(sb);
  expect(sentNurture(sb).filter((s) => s.to.includes(`${leadId.slice(-1)}@`))).toHaveLength(1);
});
