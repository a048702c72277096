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

describe("a title followed by a part labelled a department keeps the title; the company is the next line", () => {
  test.each<[string, string[], Record<string, string>]>([
    [
      "en 'Title, Facilities Dept.' (Lotus Notes, Outlook)",
      [
        "Carl Brenner",
        "Office Manager, Maintenance Dept.",
        "Brenner Dental Care, P.C.",
        "Tel: (614) 555-0144",
      ],
      { title: "Office Manager", company: "Brenner Dental Care, P.C." },
    ],
    [
      "tr 'Title | … Departmanı' over a long registered name (Outlook tr)",
      [
        "Ayşe Kaya",
        "Satın Alma Müdürü | Satın Alma Departmanı",
        "Kaya Ambalaj ve Plastik Ürünleri San. ve Tic. Ltd. Şti.",
        "Cep: +90 532 555 01 77",
      ],
      { title: "Satın Alma Müdürü", company: "Kaya Ambalaj ve Plastik Ürünleri San. ve Tic. Ltd. Şti." },
    ],
    [
      "fr 'Titre, Service des achats'",
      ["Luc Marchand", "Responsable, Service des achats", "Marchand Bois SARL", "Tél. : 01 55 55 01 23"],
      { title: "Responsable", company: "Marchand Bois SARL" },
    ],
    [
      "en a title starting with 'Service' is no department",
      ["Pete Lowry", "Service Manager", "Lowry Motors Ltd", "M: 07700 900655"],
      { title: "Service Manager", company: "Lowry Motors Ltd" },
    ],
  ])("%s", (_why, sig, want) => {
    const [first] = sig[0].split(" ");
    const body = [
      "Owen, one for you.",
      "",
      "From: " + sig[0] + " <" + first.toLowerCase() + "@lead.example>",
      "Sent: 02 December 2026 10:12",
      "To: Ruth Kane <ruth@lumen-studio.example>",
      "Subject: quote",
      "",
      "Hello, could you send a quote?",
      "",
      "Regards,",
      ...sig,
    ].join("\n");
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject(want);
  });
});

describe("labels and titles by language", () => {
  test("pt-PT 'Telem.' is the mobile, beating the office line", () => {
    const body = [
      "Owen, see below.",
      "",
      "From: Inês Faria <ines@faria.example>",
      "Sent: 02 December 2026 10:12",
      "To: Ruth Kane <ruth@lumen-studio.example>",
      "Subject: orçamento",
      "",
      "Olá, podem enviar um orçamento?",
      "",
      "Cumprimentos,",
      "Inês Faria",
      "Faria & Filhos, Lda.",
      "Tel.: 21 555 01 88 | Telem.: 912 555 088",
    ].join("\n");
    expect(extractLeadFromEmail(mail(body), ctx).lead.phone).toBe("+351912555088");
  });

  test("ja 代表社員 (a 合同会社's representative) before the name is the title", () => {
    const body = [
      "Owen, see below.",
      "",
      "From: 佐藤 健 <ken@sato-kobo.example>",
      "Sent: 02 December 2026 10:12",
      "To: Ruth Kane <ruth@lumen-studio.example>",
      "Subject: 見積",
      "",
      "お見積りをお願いします。",
      "",
      "よろしくお願いいたします。",
      "",
      "合同会社佐藤工房",
      "代表社員　佐藤 健",
      "TEL 03-5550-0188",
    ].join("\n");
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject({ name: "佐藤 健", title: "代表社員" });
  });
});
