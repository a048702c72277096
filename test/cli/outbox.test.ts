// WORKSPACE/outbox/: every message sent through MailApp, GmailApp or the Gmail advanced service, as real MIME.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Sandbox } from "../../sandbox/index";
import { parseEml } from "../../sandbox/eml";
import { execution } from "../../sandbox/cli/run-jobs";
import { writeOutbox } from "../../sandbox/cli/outbox";

function sendAll(sb: Sandbox): void {
  execution(sb, () => {
    MailApp.sendEmail({
      to: "owner@ledger-owner.example",
      subject: "Follow-ups for Monday — 3 leads",
      body: "Due today: Zoë Fairbanks (Harbor & Pine), 416-555-0142",
      htmlBody: "<p>Due today: <b>Zoë Fairbanks</b> (Harbor &amp; Pine)</p>",
      name: "Lead Ledger",
    });
    GmailApp.sendEmail("ana.ortiz@example.com", "Your quote", "Hello Ana,\nthe quote is attached.", {
      attachments: [Utilities.newBlob("quote body", "text/plain", "quote.txt")],
      bcc: "archive@ledger-owner.example",
    });
    const raw =
      "From: owner@ledger-owner.example\r\nTo: Ben Ito <ben.ito@example.org>\r\nSubject: Checking in\r\n" +
      "Message-ID: <nurture-1@ledger-owner.example>\r\nList-Unsubscribe: <mailto:owner+unsubscribe@ledger-owner.example>\r\n" +
      "Content-Type: text/plain; charset=UTF-8\r\n\r\nHi Ben, still interested?\r\n";
    Gmail!.Users!.Messages!.send({ raw: Utilities.base64EncodeWebSafe(raw) }, "me");
  });
}

describe("outbox export", () => {
  test("one .eml per message sent, the raw MIME as sent, readable by a real parser", async () => {
    const sb = new Sandbox({ now: new Date("2026-12-07T14:00:00Z"), clockFollowsRealTime: false });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-outbox-"));
    sendAll(sb);
    const files = writeOutbox(sb, dir).map((f) => path.basename(f));
    expect(files).toHaveLength(3);
    expect(files[0]).toMatch(/^2026-12-07-1400-follow-ups-for-monday-3-leads-[0-9a-f]{16}\.eml$/);
    const read = (f: string) => fs.readFileSync(path.join(dir, "outbox", f));

    const digest = await parseEml(read(files[0]));
    expect(read(files[0]).toString()).toMatch(/^From: Lead Ledger <owner@ledger-owner\.example>\r\n/);
    expect(read(files[0]).toString()).not.toMatch(/Delivered-To/);
    expect(read(files[0]).toString()).toMatch(/Content-Type: multipart\/alternative; boundary=/);
    expect(read(files[0]).toString()).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(digest.subject).toBe("Follow-ups for Monday — 3 leads");
    expect(digest.plainBody).toContain("Zoë Fairbanks (Harbor & Pine)");
    expect(digest.htmlBody).toContain("<b>Zoë Fairbanks</b>");

    const quote = await parseEml(read(files[1]));
    expect(quote.attachments.map((a) => [a.name, Buffer.from(a.bytes).toString()])).toEqual([
      ["quote.txt", "quote body"],
    ]);
    expect(quote.plainBody).toContain("the quote is attached.");
    expect(quote.bcc).toBe("archive@ledger-owner.example");

    expect(read(files[2]).toString()).toContain(
      "List-Unsubscribe: <mailto:owner+unsubscribe@ledger-owner.example>",
    );
    expect((await parseEml(read(files[2]))).plainBody).toContain("still interested?");
  });

  test("a second export writes only what is new and leaves the earlier files alone", () => {
    const sb = new Sandbox({ now: new Date("2026-12-07T14:00:00Z"), clockFollowsRealTime: false });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-ledger-outbox-"));
    sendAll(sb);
    const first = writeOutbox(sb, dir);
    fs.utimesSync(first[0], new Date(0), new Date(0));
    expect(writeOutbox(sb, dir)).toEqual([]);
    expect(fs.statSync(first[0]).mtimeMs).toBe(0); // not rewritten
    sb.kernel.advance(60_000);
    execution(sb, () => MailApp.sendEmail("owner@ledger-owner.example", "Second", "again"));
    expect(writeOutbox(sb, dir).map((f) => path.basename(f))).toEqual([
      expect.stringMatching(/^2026-12-07-1401-second-[0-9a-f]+\.eml$/),
    ]);
    expect(fs.readdirSync(path.join(dir, "outbox"))).toHaveLength(4);
  });
});
