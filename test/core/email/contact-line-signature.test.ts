// A contact line of grouped numbers ("Tel.: 212 555 012 | Telemóvel: 912 555 123") over a site line is no sentence.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    "pt: a company's general mailbox (geral@), signed by a person; two numbers on one line, the site under it",
    inbound(
      '"Mudanças Tejo" <geral@mudancastejo.example>',
      "Pedido de orçamento",
      "Bom dia,\nPrecisamos de 2.000 caixas por mês.\nCom os melhores cumprimentos,\nNuno Ferreira\nSócio-Gerente\nMudanças Tejo, Lda.\nTel.: 212 555 012  |  Telemóvel: 912 555 123\nwww.mudancastejo.example",
    ),
    { name: "Nuno Ferreira", title: "Sócio-Gerente", company: "Mudanças Tejo, Lda.", phone: "+351912555123" },
  ],
  [
    "en: the same layout under a shop's display name",
    inbound(
      '"Harbour Bikes" <info@harbourbikes.example>',
      "Shop locks",
      "Hello,\nWe need our shop locks changed.\nKind regards,\nOwen Marsh\nManager\nHarbour Bikes Ltd\nOffice: 020 7946 0123 | Mobile: 07700 900 456 | Fax: 020 7946 0124\nwww.harbourbikes.example",
    ),
    { name: "Owen Marsh", title: "Manager", company: "Harbour Bikes Ltd", phone: "+447700900456" },
  ],
];

describe("a signature whose contact line holds several grouped numbers", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    expect(extractLeadFromEmail(input, OWNER_CTX).lead).toMatchObject(expected);
  });
});

describe("a profession written before the name under the sign-off (de/at trades)", () => {
  test.each<[string, EmailInput, Partial<Lead>]>([
    [
      'at: "Klavierbaumeister Florian Huber" over "Klavierservice Huber e.U." under the firm\'s display name',
      inbound(
        '"Klavierservice Huber" <office@klavier-huber.example>',
        "Anfrage",
        "Sehr geehrte Damen und Herren,\n\nich suche eine Lösung.\n\nMit freundlichen Grüßen\n\nKlavierbaumeister Florian Huber\nKlavierservice Huber e.U.\nMobil +43 664 555 1234",
      ),
      { name: "Florian Huber", title: "Klavierbaumeister", company: "Klavierservice Huber e.U." },
    ],
    [
      'de: "Steuerberaterin Eva Brandt" over her firm',
      inbound(
        '"Kanzlei Brandt" <kanzlei@brandt-stb.example>',
        "Anfrage",
        "Guten Tag,\n\nbitte um Rückruf.\n\nFreundliche Grüße\n\nSteuerberaterin Eva Brandt\nKanzlei Brandt GmbH\nTel. 030 23125 417",
      ),
      { name: "Eva Brandt", title: "Steuerberaterin" },
    ],
  ])("%s", (_why, input, expected) => {
    expect(extractLeadFromEmail(input, OWNER_CTX).lead).toMatchObject(expected);
  });
});
