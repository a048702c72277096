import { Sandbox } from "../../../sandbox/index";
import { deliverEml } from "../../../sandbox/gmail/mailbox";
import { eml } from "../../helpers/eml";

function setup() {
  const sb = new Sandbox({ now: new Date("2025-02-10T15:00:00Z"), clockFollowsRealTime: false });
  return { sb, GmailApp: sb.globals.GmailApp as GoogleAppsScript.Gmail.GmailApp };
}

describe("Gmail labels", () => {
  test("a label that does not exist is null, as getUserLabelByName gives; createLabel makes it", () => {
    const { GmailApp } = setup();
    expect(GmailApp.getUserLabelByName("Lead Ledger/Captured")).toBeNull();
    const label = GmailApp.createLabel("Lead Ledger/Captured");
    expect(label.getName()).toBe("Lead Ledger/Captured");
    expect(GmailApp.getUserLabelByName("Lead Ledger/Captured")?.getName()).toBe("Lead Ledger/Captured");
    expect(GmailApp.createLabel("Lead Ledger/Captured").getName()).toBe("Lead Ledger/Captured");
    expect(GmailApp.getUserLabels()).toHaveLength(1);
    // Gmail keeps one label per name whatever the case
    expect(GmailApp.createLabel("lead ledger/captured").getName()).toBe("Lead Ledger/Captured");
    expect(GmailApp.getUserLabels()).toHaveLength(1);
  });

  test("a system name cannot be a user label", () => {
    expect(() => setup().GmailApp.createLabel("Inbox")).toThrow("Invalid label name");
  });

  test("addToThreads takes at most 100 threads in one call, as Gmail does; batches of 100 work", () => {
    const { sb, GmailApp } = setup();
    for (let i = 0; i < 101; i++) deliverEml(sb, eml({ subject: `lead ${i}` }));
    const label = GmailApp.createLabel("Captured");
    const threads = GmailApp.search("in:inbox");
    expect(threads).toHaveLength(101);
    expect(() => label.addToThreads(threads)).toThrow(/100/);
    expect(GmailApp.search("label:captured")).toHaveLength(0);
    label.addToThreads(threads.slice(0, 100));
    label.addToThreads(threads.slice(100));
    expect(GmailApp.search("label:captured")).toHaveLength(101);
    expect(label.getThreads(0, 10)).toHaveLength(10);
    label.removeFromThreads(threads.slice(0, 50));
    expect(label.getThreads()).toHaveLength(51);
  });

  test("a thread's labels are its messages' user labels; addLabel and removeLabel change every message", () => {
    const { sb, GmailApp } = setup();
    deliverEml(sb, eml({ subject: "Deck", messageId: "d1@example.com" }), { labels: ["Leads"] });
    deliverEml(sb, eml({ subject: "Re: Deck", inReplyTo: "d1@example.com" }));
    const [thread] = GmailApp.search("subject:deck");
    expect(thread.getMessageCount()).toBe(2);
    expect(thread.getLabels().map((l) => l.getName())).toEqual(["Leads"]);
    const done = GmailApp.createLabel("Done");
    thread.addLabel(done);
    expect(GmailApp.search("label:done -label:leads")).toHaveLength(1); // the reply carries Done but not Leads
    thread.removeLabel(done);
    expect(GmailApp.search("label:done")).toHaveLength(0);
    expect(thread.getPermalink()).toBe(`https://mail.google.com/mail/u/0/#all/${thread.getId()}`);
  });

  test("archive, trash, read: thread state as Gmail's search then sees it", () => {
    const { sb, GmailApp } = setup();
    deliverEml(sb, eml({ subject: "one" }));
    deliverEml(sb, eml({ subject: "two" }));
    const [a, b] = GmailApp.getInboxThreads();
    GmailApp.moveThreadsToArchive([a]);
    b.markRead();
    expect(GmailApp.getInboxThreads().map((t) => t.getId())).toEqual([b.getId()]);
    expect(GmailApp.search("is:unread").map((t) => t.getId())).toEqual([a.getId()]);
    b.moveToTrash();
    expect(b.isInTrash()).toBe(true);
    expect(GmailApp.getInboxThreads()).toHaveLength(0);
    expect(GmailApp.getTrashThreads().map((t) => t.getId())).toEqual([b.getId()]);
    expect(GmailApp.getInboxUnreadCount()).toBe(0);
  });

  test("a deleted label is gone from its threads, and the old label object fails", () => {
    const { sb, GmailApp } = setup();
    deliverEml(sb, eml(), { labels: ["Leads"] });
    const label = GmailApp.getUserLabelByName("Leads");
    GmailApp.deleteLabel(label);
    expect(GmailApp.search("label:leads")).toHaveLength(0);
    expect(() => label.getName()).toThrow();
  });

  test("anything not built fails loudly instead of returning undefined", () => {
    const { GmailApp } = setup();
    expect(() => GmailApp.getDrafts()).toThrow("GmailApp.getDrafts is not implemented in the sandbox");
  });
});

describe("Gmail quotas and faults", () => {
  test("a day's Gmail calls can run out, with Google's wording", () => {
    const { sb, GmailApp } = setup();
    sb.kernel.setQuota("GmailApp", 3, "gmail");
    GmailApp.search("label:leads");
    GmailApp.getUserLabels();
    GmailApp.getInboxThreads();
    expect(() => GmailApp.search("label:leads")).toThrow("Service invoked too many times for one day: gmail.");
  });

  test("a fault at the N-th getFrom call stops there, and every call was counted", () => {
    const { sb, GmailApp } = setup();
    for (let i = 0; i < 3; i++) deliverEml(sb, eml({ subject: `m${i}` }));
    sb.kernel.injectFault({ method: "GmailApp.GmailMessage.getFrom", nth: 2, message: "Service unavailable: Gmail" });
    const froms: string[] = [];
    const run = () => {
      for (const t of GmailApp.search("in:inbox")) froms.push(t.getMessages()[0].getFrom());
    };
    expect(run).toThrow("Service unavailable: Gmail");
    expect(froms).toHaveLength(1);
    expect(sb.kernel.calls["GmailApp.GmailMessage.getFrom"]).toBe(2);
    expect(sb.kernel.countOf("GmailApp")).toBeGreaterThanOrEqual(5);
  });

  test("sendEmail counts recipients against the daily email quota and files the copy in Sent", () => {
    const { sb, GmailApp } = setup();
    GmailApp.sendEmail("ann@example.com, bob@example.org", "Hello", "Body text");
    expect(GmailApp.search("in:sent")).toHaveLength(1);
    expect(GmailApp.getInboxThreads()).toHaveLength(0);
    const m = GmailApp.search("in:sent")[0].getMessages()[0];
    expect(m.getFrom()).toBe("owner@ledger-owner.example");
    expect(m.getPlainBody()).toBe("Body text");
    const MailApp = sb.globals.MailApp as GoogleAppsScript.Mail.MailApp | undefined;
    if (MailApp) expect(MailApp.getRemainingDailyQuota()).toBe(98);
  });
});
