import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Sandbox } from "../../../sandbox/index";
import { deliverEml } from "../../../sandbox/gmail/mailbox";
import { CORPUS_EMAILS, eml } from "../../helpers/eml";
import { testWithCorpus } from "../../helpers/shared-corpus";

const NOW = new Date("2025-02-10T15:00:00Z");

function setup() {
  const sb = new Sandbox({ now: NOW, clockFollowsRealTime: false });
  const GmailApp = sb.globals.GmailApp as GoogleAppsScript.Gmail.GmailApp;
  return { sb, GmailApp };
}

const corpus = (name: string) => fs.readFileSync(path.join(CORPUS_EMAILS, name));
const corpusTest = testWithCorpus({ dir: CORPUS_EMAILS, present: fs.existsSync(CORPUS_EMAILS) });

describe("delivering .eml files into the sandbox mailbox", () => {
  corpusTest("a windows-1252 Outlook forward shows its encoded-word subject and body decoded, as Gmail does", () => {
    const { sb, GmailApp } = setup();
    const id = deliverEml(sb, corpus("p02-intro-outlook.eml"));
    const m = GmailApp.getMessageById(id);
    expect(m.getSubject()).toBe("FW: Introduction: José Núñez (Núñez Construction)");
    expect(m.getPlainBody()).toContain("Cc: Núñez, José <jnunez@nunez-construction.com>");
    expect(m.getFrom()).toBe("Ruth Abernathy <ruth@abernathylaw.com>");
    expect(m.getHeader("Date")).toBe("Mon, 5 May 2025 16:02:00 -0400");
    expect(m.getHeader("X-Not-There")).toBe("");
  });

  corpusTest("an HTML-only message still has a tag-free plain body (the extractor reads getPlainBody)", () => {
    const { sb, GmailApp } = setup();
    const m = GmailApp.getMessageById(deliverEml(sb, corpus("p07-inbound-outlook-web.eml")));
    expect(m.getPlainBody()).not.toMatch(/<\/?(div|p|br|span|html|body|table)\b/i);
    expect(m.getPlainBody()).toContain("Marketing Manager");
    expect(m.getBody()).toMatch(/<(div|p|html)/i);
  });

  corpusTest("a message forwarded as an attachment is a message/rfc822 attachment holding the ISO-2022-JP original", () => {
    const { sb, GmailApp } = setup();
    const m = GmailApp.getMessageById(deliverEml(sb, corpus("p08-inbound-attachment.eml")));
    expect(m.getSubject()).toBe("Fw: 契約書のご相談");
    const [att] = m.getAttachments({ includeInlineImages: false });
    expect(att.getContentType()).toBe("message/rfc822");
    expect(att.getName()).toBe("inquiry.eml");
    expect(att.getDataAsString()).toContain("y.takahashi@aozora-foods.example.jp");
    expect(att.getSize()).toBe(att.getBytes().length);
    expect(GmailApp.search("has:attachment")).toHaveLength(1);
  });

  corpusTest("every corpus message is delivered and readable through GmailApp", () => {
    const { sb, GmailApp } = setup();
    const files = fs.readdirSync(CORPUS_EMAILS).filter((f) => f.endsWith(".eml"));
    for (const f of files) deliverEml(sb, corpus(f), { labels: ["Leads"] });
    const threads = GmailApp.search("label:leads", 0, 500);
    const messages = threads.flatMap((t) => t.getMessages());
    expect(messages.length).toBe(files.length);
    for (const m of messages) expect(typeof m.getPlainBody()).toBe("string");
  });

  test("the same Message-ID delivered twice is kept once (Gmail dedupes), the second delivery's label added", () => {
    const { sb, GmailApp } = setup();
    const raw = eml({ messageId: "dup-1@example.com" });
    const a = deliverEml(sb, raw);
    const b = deliverEml(sb, raw, { labels: ["Leads"] });
    expect(b).toBe(a);
    expect(GmailApp.getInboxThreads()).toHaveLength(1);
    expect(GmailApp.search("label:Leads")).toHaveLength(1);
  });

  test("a reply that references a message and keeps its subject joins its thread; a new subject starts a new one", () => {
    const { sb, GmailApp } = setup();
    const first = deliverEml(sb, eml({ subject: "Quote for decks", messageId: "q1@example.com" }));
    sb.kernel.advance(60000);
    const reply = deliverEml(sb, eml({ subject: "Re: Quote for decks", inReplyTo: "q1@example.com" }));
    const other = deliverEml(sb, eml({ subject: "Something else", inReplyTo: "q1@example.com" }));
    const thread = GmailApp.getMessageById(first).getThread();
    expect(thread.getMessageCount()).toBe(2);
    expect(thread.getMessages().map((m) => m.getId())).toEqual([first, reply]);
    expect(thread.getFirstMessageSubject()).toBe("Quote for decks");
    expect(GmailApp.getMessageById(other).getThread().getId()).toBe(other);
    expect(thread.getLastMessageDate().getTime()).toBe(NOW.getTime() + 60000);
  });

  test("a lead's reply to a nurture email sent with MailApp joins the sent thread, as in Gmail", () => {
    const { sb, GmailApp } = setup();
    const MailApp = sb.globals.MailApp as GoogleAppsScript.Mail.MailApp;
    MailApp.sendEmail("Ann Lee <ann@example.com>", "Checking in", "Any news?");
    const [sentThread] = GmailApp.search("in:sent to:ann@example.com");
    const sentId = sentThread.getMessages()[0].getHeader("Message-ID").replace(/^<|>$/g, "");
    sb.kernel.advance(3600000);
    deliverEml(sb, eml({ from: "Ann Lee <ann@example.com>", subject: "Re: Checking in", inReplyTo: sentId, body: "Yes, call me." }));
    expect(sentThread.getMessageCount()).toBe(2);
    expect(GmailApp.search("from:ann@example.com in:inbox newer_than:1d").map((t) => t.getId())).toEqual([sentThread.getId()]);
  });

  test("internalDate is the time of arrival by default, or the Date header when asked", () => {
    const { sb, GmailApp } = setup();
    const a = deliverEml(sb, eml({ date: "Mon, 3 Feb 2025 10:00:00 -0500" }));
    const b = deliverEml(sb, eml({ date: "Mon, 3 Feb 2025 10:00:00 -0500" }), { receivedAt: "header" });
    expect(GmailApp.getMessageById(a).getDate()).toEqual(NOW);
    expect(GmailApp.getMessageById(b).getDate()).toEqual(new Date("2025-02-03T15:00:00Z"));
  });

  test("Gmail adds the mailbox's Delivered-To; a plus-address delivery is findable by deliveredto:", () => {
    const { sb, GmailApp } = setup();
    const id = deliverEml(sb, eml({ to: "owner+leads@ledger-owner.example" }), { deliveredTo: "owner+leads@ledger-owner.example" });
    expect(GmailApp.getMessageById(id).getRawContent()).toMatch(/^Delivered-To: owner\+leads@ledger-owner\.example\r\n/);
    expect(GmailApp.search("deliveredto:owner+leads@ledger-owner.example")).toHaveLength(1);
    expect(GmailApp.search("deliveredto:owner@ledger-owner.example")).toHaveLength(0);
  });

  test("the mailbox survives save and load: messages, labels, attachments and dates", () => {
    const { sb, GmailApp } = setup();
    deliverEml(sb, eml({ subject: "Kept", attachment: "quote.pdf" }), { labels: ["Lead Ledger/Captured"] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mailbox-"));
    sb.save(dir);
    const again = Sandbox.load(dir, { clockFollowsRealTime: false, now: NOW });
    const G2 = again.globals.GmailApp as GoogleAppsScript.Gmail.GmailApp;
    const [t] = G2.search("label:lead-ledger-captured");
    const m = t.getMessages()[0];
    expect(m.getSubject()).toBe("Kept");
    expect(m.getDate()).toEqual(NOW);
    expect(m.getAttachments()[0].getDataAsString()).toBe("%PDF-1.4 fictional");
    expect(G2.getUserLabels().map((l) => l.getName())).toEqual(["Lead Ledger/Captured"]);
    expect(GmailApp.getUserLabels()).toHaveLength(1);
  });
});
