// Forward causes of issue 13 (emails-forwards12): Outlook's "X on behalf of <company mailbox>" header with no address,
// and the lead's greeting naming where you met ("great to chat at the mixer"). Fresh fictional data.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { sourceFromMeeting } from "../../../src/core/email/met-at";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

const ctx: ExtractContext = { ownerEmails: ["owen@lumen-studio.example"], defaultRegion: "GB" };

function mail(body: string): EmailInput {
  const date = "Fri, 4 Dec 2026 09:00:00 +0000";
  return {
    from: "Ruth Kane <ruth@lumen-studio.example>",
    to: "owen@lumen-studio.example",
    cc: "",
    subject: "FW: enquiry",
    dateHeader: date,
    date: new Date(date),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
}

describe("Outlook's delegate header without an address, sent for the writer's own company mailbox, is the writer's", () => {
  test.each<[string, string, Record<string, string>]>([
    [
      "en: 'X on behalf of Company' and a signature naming the company with its legal form",
      [
        "Owen, one for you.",
        "",
        "From: Gwen Morley on behalf of Tidewater Bakery",
        "Sent: 02 December 2026 10:12",
        "To: Ruth Kane <ruth@lumen-studio.example>",
        "Subject: enquiry",
        "",
        "Hello Ruth,",
        "",
        "Could you quote for a new shop website?",
        "",
        "Best,",
        "Gwen Morley",
        "Operations Lead",
        "Tidewater Bakery Ltd",
        "M: 07700 900512",
        "orders@tidewater-bakery.example",
      ].join("\n"),
      { name: "Gwen Morley", email: "orders@tidewater-bakery.example", company: "Tidewater Bakery Ltd" },
    ],
    [
      "de: 'X im Auftrag von Firma' (Outlook de) and a GmbH line",
      [
        "Owen, bitte übernehmen.",
        "",
        "Von: Jana Roth im Auftrag von Roth Holzbau",
        "Gesendet: Mittwoch, 2. Dezember 2026 10:12",
        "An: Ruth Kane <ruth@lumen-studio.example>",
        "Betreff: Anfrage",
        "",
        "Guten Tag Frau Kane,",
        "",
        "wir bräuchten ein Angebot für eine neue Website.",
        "",
        "Viele Grüße",
        "Jana Roth",
        "Roth Holzbau GmbH",
        "info@roth-holzbau.example",
      ].join("\n"),
      { name: "Jana Roth", email: "info@roth-holzbau.example", company: "Roth Holzbau GmbH" },
    ],
  ])("%s", (_why, body, want) => {
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject(want);
  });

  test("a person's mailbox ('Kelly Ng on behalf of Marcus Webb') stays the mailbox owner's", () => {
    const body = [
      "Owen, see below.",
      "",
      "From: Kelly Ng on behalf of Marcus Webb",
      "Sent: 02 December 2026 10:12",
      "To: Ruth Kane <ruth@lumen-studio.example>",
      "Subject: enquiry",
      "",
      "Hello Ruth, Marcus would like a quote.",
      "",
      "Kelly Ng",
      "Assistant to Marcus Webb",
      "Webb Freight Ltd",
      "marcus.webb@webbfreight.example",
    ].join("\n");
    expect(extractLeadFromEmail(mail(body), ctx).lead.name).toBe("Marcus Webb");
  });
});

describe("the lead's glad greeting says where you met, with no word of it in the note", () => {
  test.each<[string, string, string | undefined]>([
    [
      "en great to chat at the mixer",
      "Great to chat at the Digital Dock mixer last week.",
      "Networking event",
    ],
    ["en lovely meeting you at the expo", "Lovely meeting you at the Home Expo on Saturday.", "Trade show"],
    [
      "fr ravie d'avoir échangé au salon",
      "Ravie d'avoir échangé avec vous au salon Maison & Jardin.",
      "Trade show",
    ],
    [
      "de schön, Sie kennengelernt zu haben",
      "Schön, Sie beim Unternehmerfrühstück kennengelernt zu haben.",
      "Networking event",
    ],
    [
      "their own event, no greeting: not a source",
      "We are exhibiting at the Home Expo next month.",
      undefined,
    ],
  ])("%s", (_why, text, want) => {
    expect(sourceFromMeeting(text, "")).toBe(want);
  });
});
