// A number written without its country code is read in the country a person's legal form and language both name.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { countryNamedTwice } from "../../../src/core/email/named-country";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Tue, 10 Mar 2026 09:30:00 +0100");

describe("the country a person's text names twice", () => {
  test.each([
    [
      "legal form and language agree: Italy",
      "Buongiorno, vorremmo un preventivo.\n\nAnna Neri\nOsteria Neri S.r.l.",
      "IT",
    ],
    [
      "French prose signed by a SARL",
      "Bonjour, merci pour votre offre.\n\nLéa Roux\nRoux Menuiserie SARL",
      "FR",
    ],
    // A Canadian "Ltd." in English prose names no second country: its 416 number stays North American.
    [
      "a legal form alone is not enough",
      "Hi, could you quote for the job?\n\nTom Grey\nGrey Builders Ltd.",
      undefined,
    ],
    [
      "a Mexican S.A. de C.V. under Spanish prose (the language lists name Spain for Spanish)",
      "Buen día, quisiera una cotización.\n\nSaludos cordiales,\nRoberto Hernández\nConstructora del Norte S.A. de C.V.",
      "MX",
    ],
    [
      "a Brazilian Ltda. under Portuguese prose",
      "Olá, gostaria de um orçamento. Obrigado pelo contato.\n\nAtenciosamente,\nCarla Souza\nSouza Móveis Ltda.",
      "BR",
    ],
    // Spanish written in the US: no legal form that names Spain.
    ["a language alone is not enough", "Hola, gracias por la visita. Saludos, Marta", undefined],
  ])("%s", (_why, text, expected) => expect(countryNamedTwice(text)).toBe(expected));
});

describe("a number that reads in the default region is read where the text says the person is", () => {
  test("Italian mobile written nationally under an Italian signature is +39, not a US number", () => {
    const r = extractLeadFromEmail(
      inbound(
        "Marco Gallo <marco.gallo@forno-gallo.example>",
        "Richiesta preventivo",
        "Buongiorno,\nvorremmo un preventivo per il nuovo forno entro febbraio. Può chiamarmi?\n\nCordiali saluti\nMarco Gallo\nTitolare\nForno Gallo S.n.c.\nCell. 347 555 0148\n",
      ),
      OWNER_CTX,
    );
    expect(r.lead.phone).toBe("+393475550148");
  });

  test("the same number under an English signature of a US company stays +1", () => {
    const r = extractLeadFromEmail(
      inbound(
        "Mark Gale <mark.gale@gale-bakery.example>",
        "Quote request",
        "Hi,\nwe'd like a quote for a new oven before February. Can you call me?\n\nThanks\nMark Gale\nOwner\nGale Bakery LLC\nCell 347 555 0148\n",
      ),
      OWNER_CTX,
    );
    expect(r.lead.phone).toBe("+13475550148");
  });

  test("an address whose domain names a country keeps that country's reading", () => {
    const r = extractLeadFromEmail(
      inbound(
        "Marco Gallo <marco.gallo@forno-gallo.example.ca>",
        "Richiesta preventivo",
        "Buongiorno,\nvorremmo un preventivo per il nuovo forno entro febbraio. Può chiamarmi?\n\nCordiali saluti\nMarco Gallo\nForno Gallo S.n.c.\nCell. 347 555 0148\n",
      ),
      OWNER_CTX,
    );
    expect(r.lead.phone).toBe("+13475550148");
  });
});
