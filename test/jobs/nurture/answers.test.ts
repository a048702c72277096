// They answer: a reply brings the lead back to sales; an auto-reply changes nothing; a bounce and an unsubscribe stop it.
import {
  nurtureSandbox,
  addLostLeads,
  nurturePass,
  answersPass,
  sentNurture,
  leadRows,
  leadEmail,
  replyTo,
  passesUntil,
} from "../../helpers/nurture-sandbox";
import { records, tab } from "../../helpers/ledger-sandbox";
import { deliverEml } from "../../../sandbox/gmail/mailbox";
import { mailState } from "../../../sandbox/gmail/store";
import type { Sandbox } from "../../../sandbox/index";

const OWNER = "owner@ledger-owner.example";

function sentLedger(): Sandbox {
  const sb = nurtureSandbox("2026-12-01T14:00:00Z");
  addLostLeads(
    sb,
    [1, 2, 3, 4, 5, 6].map((id) => ({ id, lostOn: "2026-06-15" })),
  );
  expect(nurturePass(sb)).toMatchObject({ sent: 6 });
  sb.kernel.setNow(new Date("2026-12-02T15:30:00Z"));
  return sb;
}
const mailTo = (sb: Sandbox, id: number) => sentNurture(sb).find((s) => s.to.includes(leadEmail(id)))!;
const tokenOf = (raw: string) => /unsubscribe%20(L-\d+)%20([0-9a-f]{32})/.exec(raw)!;

describe("nurture answers", () => {
  test("a reply: Re-engaged, back to New with a follow-up the next business day, the sequence stops, the owner is told", () => {
    const sb = sentLedger();
    const sent = mailTo(sb, 1);
    deliverEml(
      sb,
      replyTo(sent, {
        from: `Pat <${leadEmail(1)}>`,
        body: "Hi Sam, yes — let's talk in January.\n\nOn Tue, Dec 1 Sam wrote:\n> unsubscribe",
      }),
    );
    const r = answersPass(sb);
    expect(r.answers).toEqual([{ kind: "reengaged", leadId: "L-0001" }]);
    expect(
      mailState(sb.kernel).messages[
        Object.keys(mailState(sb.kernel).messages).find((k) =>
          mailState(sb.kernel).messages[k].messageId.includes("reply"),
        )!
      ].threadId,
    ).toBe(sent.threadId);
    const row = leadRows(sb)["L-0001"];
    expect(row.Tags).toBe("Re-engaged");
    expect(row.Stage).toBe("New");
    expect((row["Next follow-up"] as Date).toISOString().slice(0, 10)).toBe("2026-12-03");
    const activity = records(sb, "Activity").find((a) => a.Event === "reply detected")!;
    expect(activity).toMatchObject({ "Lead ID": "L-0001" });
    expect(String(activity.Details)).toContain("let's talk in January");
    const alert = Object.values(mailState(sb.kernel).messages).find((m) => /wrote back/.test(m.subject))!;
    expect(alert.to).toContain(OWNER);
    expect(alert.plainBody).toContain("L-0001");
    // the answer is seen once: the next pass changes nothing and alerts nobody
    const before = tab(sb, "Activity").length;
    sb.kernel.resetCounts();
    expect(answersPass(sb).answers).toEqual([]);
    expect(tab(sb, "Activity").length).toBe(before);
    expect(sb.kernel.countOf("LockService")).toBe(0); // nothing new: no lock, no spreadsheet
    expect(sb.kernel.countOf("SpreadsheetApp")).toBe(0);
    // the sequence stopped: next month, no email to L-0001
    passesUntil(sb, "2027-01-01T15:00:00Z", 24 * 3600 * 1000);
    sb.kernel.setNow(new Date("2027-01-01T15:00:00Z"));
    nurturePass(sb);
    expect(sentNurture(sb).filter((s) => s.to.includes(leadEmail(1)))).toHaveLength(1);
    expect(sentNurture(sb).filter((s) => s.to.includes(leadEmail(2)))).toHaveLength(2);
  });

  test.each([
    ["Auto-Submitted header", ["Auto-Submitted: auto-replied"], "Re: hello"],
    ["X-Autoreply header", ["X-Autoreply: yes"], "Re: hello"],
    ["an English out-of-office subject", [], "Out of Office: Re: hello"],
    ["a German Abwesenheit subject", [], "Abwesenheitsnotiz: Re: hello"],
    ["a French absence subject", [], "Absence : Re: hello"],
  ])("an auto-reply (%s) changes nothing but is logged", (_t, headers, subject) => {
    const sb = sentLedger();
    const sent = mailTo(sb, 2);
    deliverEml(
      sb,
      replyTo(
        { ...sent, subject: subject.replace(/^.*Re: hello$/, sent.subject) },
        {
          from: leadEmail(2),
          body: "I am away until Monday.",
          headers,
          subject: subject.replace("hello", sent.subject),
        },
      ),
    );
    expect(answersPass(sb).answers).toEqual([{ kind: "auto-reply", leadId: "L-0002" }]);
    const row = leadRows(sb)["L-0002"];
    expect(row.Tags).toBe("");
    expect(row.Stage).toBe("Lost");
  });

  test("a bounce from mailer-daemon tags Bounced and stops the sequence", () => {
    const sb = sentLedger();
    const sent = mailTo(sb, 3);
    const messageId = /^Message-ID: (<[^>]+>)/im.exec(sent.raw)![1];
    deliverEml(
      sb,
      [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        `To: ${OWNER}`,
        "Subject: Delivery Status Notification (Failure)",
        "Date: Wed, 02 Dec 2026 15:00:00 +0000",
        "Message-ID: <dsn.1@mx.example>",
        `X-Failed-Recipients: ${leadEmail(3)}`,
        "Content-Type: text/plain",
        "",
        `Address not found. Your message wasn't delivered to ${leadEmail(3)}.`,
        `Final-Recipient: rfc822; ${leadEmail(3)}`,
        `Message-ID: ${messageId}`,
        "",
      ].join("\r\n"),
    );
    expect(answersPass(sb).answers).toEqual([{ kind: "bounced", leadId: "L-0003" }]);
    expect(leadRows(sb)["L-0003"].Tags).toBe("Bounced");
  });

  test("unsubscribe by the mailto link: Do not email for good, even after the row is edited and the lead captured again", () => {
    const sb = sentLedger();
    const [, leadId, token] = tokenOf(mailTo(sb, 4).raw);
    expect(leadId).toBe("L-0004");
    deliverEml(
      sb,
      [
        `From: ${leadEmail(4)}`,
        "To: owner+unsubscribe@ledger-owner.example",
        `Subject: unsubscribe ${leadId} ${token}`,
        "Date: Wed, 02 Dec 2026 15:00:00 +0000",
        "Message-ID: <u4@customer.example>",
        "",
        "",
        "",
      ].join("\r\n"),
      { deliveredTo: "owner+unsubscribe@ledger-owner.example" },
    );
    expect(answersPass(sb).answers).toEqual([{ kind: "unsubscribed", leadId: "L-0004" }]);
    expect(leadRows(sb)["L-0004"].Tags).toBe("Do not email");
    // the owner clears the tag and the lead comes in again as a new row: still never emailed
    sb.sheets.edit({ sheet: "Leads", a1: `Q${Object.keys(leadRows(sb)).indexOf("L-0004") + 2}` }, "");
    addLostLeads(sb, [{ id: 104, email: leadEmail(4), lostOn: "2026-05-01" }]);
    sb.kernel.setNow(new Date("2027-01-01T15:00:00Z"));
    nurturePass(sb);
    expect(sentNurture(sb).filter((s) => s.to.includes(leadEmail(4)))).toHaveLength(1);
  });

  test("new mail that answers nothing (a lead inquiry) costs one search and no spreadsheet read", () => {
    const sb = sentLedger();
    deliverEml(
      sb,
      [
        "From: ann@newcustomer.example",
        `To: ${OWNER}`,
        "Subject: Quote for a kitchen",
        "Date: Wed, 02 Dec 2026 15:00:00 +0000",
        "Message-ID: <q1@newcustomer.example>",
        "",
        "Hi, could you quote a kitchen?",
        "",
      ].join("\r\n"),
    );
    sb.kernel.resetCounts();
    expect(answersPass(sb).answers).toEqual([]);
    // One search, one read of the new message's headers (raw MIME); never again for the same message.
    expect(sb.kernel.calls["Gmail.Users.Messages.list"]).toBe(1);
    expect(sb.kernel.calls["Gmail.Users.Messages.get"]).toBe(1);
    expect(sb.kernel.countOf("GmailApp")).toBe(0);
    expect(sb.kernel.countOf("SpreadsheetApp")).toBe(0);
  });

  test("unsubscribe by a reply saying stop", () => {
    const sb = sentLedger();
    deliverEml(
      sb,
      replyTo(mailTo(sb, 5), { from: leadEmail(5), body: "Stop\n\nOn Tue, Dec 1, 2026 Sam wrote:\n> Hi" }),
    );
    expect(answersPass(sb).answers).toEqual([{ kind: "unsubscribed", leadId: "L-0005" }]);
    expect(leadRows(sb)["L-0005"].Tags).toBe("Do not email");
  });

  test("a wrong token changes nothing (and says so in Activity)", () => {
    const sb = sentLedger();
    const [, leadId, token] = tokenOf(mailTo(sb, 6).raw);
    const wrong = token.replace(/^./, (c) => (c === "0" ? "1" : "0"));
    deliverEml(
      sb,
      [
        `From: prankster@elsewhere.example`,
        "To: owner+unsubscribe@ledger-owner.example",
        `Subject: unsubscribe ${leadId} ${wrong}`,
        "Date: Wed, 02 Dec 2026 15:00:00 +0000",
        "Message-ID: <u6@elsewhere.example>",
        "",
        "",
        "",
      ].join("\r\n"),
    );
    expect(answersPass(sb).answers).toEqual([{ kind: "wrong token", leadId: "" }]);
    expect(leadRows(sb)["L-0006"].Tags).toBe("");
    expect(records(sb, "Activity").some((a) => a.Event === "unsubscribe refused")).toBe(true);
  });
});
