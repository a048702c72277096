// Details outside the signature block (issue 13): an attached vCard, a site in the footer under the signature, and
// the note's words for a fair. Made-up people and companies.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";
import { ownerInbox } from "../../helpers/owner-inbox";

const OWNER = "owner@owner-co.example.com";
const ctx: ExtractContext = { ownerEmails: [OWNER], defaultRegion: "US" };

const { inbound } = ownerInbox("Tue, 1 Dec 2026 10:00:00 -0500");
const forwarded = (body: string, patch: Partial<EmailInput> = {}): EmailInput =>
  inbound(`Owner <${OWNER}>`, "Fwd: Enquiry", body, patch);

const inquiry = (signature: string[]) =>
  [
    "note",
    "",
    "---------- Forwarded message ---------",
    "From: Ada Okafor <ada@okafor-stage.example>",
    "Date: Tue, Dec 1, 2026 at 9:00 AM",
    "Subject: Enquiry",
    `To: <${OWNER}>`,
    "",
    "Hi, are you free on 19 Feb for a launch?",
    "",
    ...signature,
  ].join("\n");

describe("a vCard attached to the mail", () => {
  const card = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Ada Okafor",
    "ORG:Okafor Stage Hire LLC",
    "TITLE:Production Lead",
    "TEL;TYPE=WORK,VOICE:(303) 555-0111",
    "TEL;TYPE=CELL:(303) 555-0112",
    "EMAIL;TYPE=INTERNET:ada@okafor-stage.example",
    "URL:https://okafor-stage.example",
    "END:VCARD",
  ].join("\r\n");
  const vcf = { name: "Ada Okafor.vcf", contentType: "text/vcard", size: card.length, raw: card };

  test("fills what the message does not say: mobile, company, title, site", () => {
    const got = extractLeadFromEmail(forwarded(inquiry(["Ada"]), { attachments: [vcf] }), ctx).lead;
    expect(got).toMatchObject({
      name: "Ada Okafor",
      phone: "+13035550112",
      company: "Okafor Stage Hire LLC",
      title: "Production Lead",
      website: "okafor-stage.example",
    });
  });
  test("a card of someone else (another address and name) is not read", () => {
    const other = { ...vcf, raw: card.replace(/Ada Okafor/g, "Ben Stone").replace("ada@", "ben@") };
    const got = extractLeadFromEmail(forwarded(inquiry(["Ada"]), { attachments: [other] }), ctx).lead;
    expect(got.company).toBeUndefined();
  });
});

describe("a site in the footer under the signature", () => {
  test("on the sender's own mail domain, after a disclaimer sentence", () => {
    const got = extractLeadFromEmail(
      forwarded(
        inquiry([
          "Ada Okafor",
          "Okafor Stage Hire LLC",
          "",
          "This e-mail is confidential and intended only for its addressee. okafor-stage.example",
        ]),
      ),
      ctx,
    ).lead;
    expect(got.website).toBe("okafor-stage.example");
  });
  test("another domain in the footer is not their site", () => {
    const got = extractLeadFromEmail(
      forwarded(inquiry(["Ada Okafor", "", "Sent with mailer.example - try it free at mailer.example"])),
      ctx,
    ).lead;
    expect(got.website).toBeUndefined();
  });
});

test("it: 'salone' in the owner's note is a trade show (Salone del Mobile, Salone Nautico)", () => {
  const got = extractLeadFromEmail(
    forwarded(inquiry(["Ada Okafor"]).replace("note", "Met Ada at the Salone Nautico stand.")),
    ctx,
  ).lead;
  expect(got.source).toMatch(/^Trade show/);
});

describe("who a mailing or an introduction is about", () => {
  test("a salesperson's own mailing (unsubscribe footer) forwarded with a note: the salesperson", () => {
    const got = extractLeadFromEmail(
      forwarded(
        inquiry(["Jo Marsh", "Account Executive", "Marsh Analytics", "", "Unsubscribe · Manage preferences"])
          .replace(/Ada Okafor <ada@okafor-stage.example>/, "Jo Marsh <jo.marsh@marsh-analytics.example>")
          .replace("note", "Worth a look. Follow up in 2 weeks."),
      ),
      ctx,
    ).lead;
    expect(got).toMatchObject({ name: "Jo Marsh", title: "Account Executive", company: "Marsh Analytics" });
  });

  test("ja: a humble 'ご紹介いたします' introduction gives the person in Cc, not the introducer", () => {
    const got = extractLeadFromEmail(
      {
        from: "鈴木 花子 <suzuki@suzuki-office.example>",
        to: OWNER,
        cc: "伊藤 拓也 <t.ito@kita-kikai.example>",
        subject: "伊藤さんのご紹介",
        dateHeader: "Tue, 1 Dec 2026 10:00:00 +0900",
        date: new Date("2026-12-01T01:00:00Z"),
        plainBody: [
          "オーナー様",
          "",
          "キタ機械の伊藤さんをご紹介いたします（CCに入れております）。",
          "",
          "よろしくお願いいたします。",
          "鈴木",
        ].join("\n"),
        htmlBody: "",
        attachments: [],
      },
      ctx,
    ).lead;
    expect(got.email).toBe("t.ito@kita-kikai.example");
  });
});

test("an HTML body over 1 MB (an inline data: logo) is flagged for review, its lead still read", () => {
  const logo = `<img src="data:image/png;base64,${"A".repeat(1100 * 1024)}">`;
  const body = inquiry(["Ada Okafor", "Okafor Stage Hire LLC"]);
  const got = extractLeadFromEmail(
    forwarded(body, { htmlBody: `<div>${body.replace(/\n/g, "<br>")}</div>${logo}` }),
    ctx,
  );
  expect(got.needsReview).toBe(true);
  expect(got.lead.email).toBe("ada@okafor-stage.example");
});
