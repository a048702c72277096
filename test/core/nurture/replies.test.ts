import { classifyIncoming, newText, type IncomingMail } from "../../../src/core/nurture/replies";

const mail = (body: string, subject = "Re: Checking in"): IncomingMail => ({
  from: "Sam Rivera <sam@customer.example>",
  to: "owner@shop.example",
  subject,
  header: () => "",
  body,
});

// A lead's reply quotes our mail (its footer says "unsubscribe"): only what the lead wrote on top counts, however
// their mail app opens the quote (client and language as e-mail extraction reads them).
describe("a reply's own text ends where the quoted mail begins", () => {
  test.each([
    [
      "Outlook nl header block, quote not marked with >",
      "Graag volgende maand.\n\nVan: Owner <owner@shop.example>\nVerzonden: dinsdag 1 december 2026 10:02\nAan: Sam Rivera <sam@customer.example>\nOnderwerp: Checking in\n\nTo unsubscribe, reply with unsubscribe.",
      "Graag volgende maand.",
    ],
    [
      "Gmail de attribution, the verb before the name",
      "Ja, gerne im Januar.\n\nAm Di., 1. Dez. 2026 um 10:02 Uhr schrieb Owner <owner@shop.example>:\n\nTo unsubscribe, reply with unsubscribe.",
      "Ja, gerne im Januar.",
    ],
    [
      "Gmail en attribution, quote marked with >",
      "Yes, let's talk in January.\n\nOn Tue, Dec 1, 2026 at 10:02 AM Owner <owner@shop.example> wrote:\n> To unsubscribe, reply with unsubscribe.",
      "Yes, let's talk in January.",
    ],
    [
      "Outlook en separator",
      "Call me next week.\n\n-----Original Message-----\nFrom: Owner <owner@shop.example>\nSent: Tuesday, December 1, 2026 10:02 AM\nSubject: Checking in\n\nTo unsubscribe, reply with unsubscribe.",
      "Call me next week.",
    ],
  ])("%s", (_why, body, own) => {
    expect(newText(body)).toBe(own);
    expect(classifyIncoming(mail(body))).toBe("reply");
  });

  test("a stop written on top is still an unsubscribe request", () => {
    const body =
      "Please unsubscribe me.\n\nVan: Owner <owner@shop.example>\nVerzonden: dinsdag 1 december 2026 10:02\nOnderwerp: Checking in\n\nHello";
    expect(classifyIncoming(mail(body))).toBe("unsubscribe-request");
  });
});
