// A national mobile written without its country code in another country's language is that country's, not a +1 number.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound, note } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0100");

type Case = [why: string, input: EmailInput, phone: string];

const cases: Case[] = [
  [
    'it: "il suo cellulare è 347 555 0192" in a colleague\'s Italian note naming the bride who decides',
    note(
      "Ti inoltro la richiesta. Dice che decide tutto Giulia, la sposa (è in copia). Richiamala tu giovedì, il suo cellulare è 347 555 0192.",
      forwardedMessage(
        "lunedì 7 dicembre 2026 08:55",
        "Luca Bianchi <luca.bianchi84@posta.example>",
        "Buongiorno,\nci sposiamo a giugno e vorremmo un preventivo.\nGrazie,\nLuca",
        { cc: "Giulia Ferri <giulia.ferri@posta.example>" },
      ),
    ),
    "+393475550192",
  ],
  [
    "it: an Italian signature's mobile with no prefix",
    inbound(
      "Marco Neri <marco.neri@studio-neri.example>",
      "Richiesta preventivo",
      "Buongiorno,\nvorremmo un preventivo per l'impianto.\nCordiali saluti\nMarco Neri\nStudio Neri\nCell. 338 555 0147",
    ),
    "+393385550147",
  ],
  [
    "it: a number written with +1 in Italian mail stays American",
    inbound(
      "Marco Neri <marco.neri@studio-neri.example>",
      "Richiesta preventivo",
      "Buongiorno,\nsono a New York fino a marzo, vorremmo un preventivo.\nCordiali saluti\nMarco Neri\nCell. +1 347 555 0147",
    ),
    "+13475550147",
  ],
  [
    "en: an English mail's 347 number is New York's",
    inbound(
      "Mark Black <mark@blackco.example>",
      "Quote",
      "Hi,\nplease send a quote for the install.\nThanks,\nMark Black\nCell 347 555 0147",
    ),
    "+13475550147",
  ],
  [
    'en (MT): an assistant\'s "+356" line places the principal\'s "his mobile 7955 5012" in Malta',
    inbound(
      '"Vella, Roberta" <roberta.vella@zammitshipping.example>',
      "Wedding photography enquiry",
      "Dear Ms Camilleri,\n\nI am writing on behalf of Mr. Karl Zammit, CEO of Zammit Shipping Group, who is copied on this email. He can be reached on his mobile 7955 5012.\n\nWith kind regards,\n\nRoberta Vella\nExecutive Assistant to the CEO\nZammit Shipping Group\nT: +356 2155 5030",
      { cc: '"Zammit, Karl" <karl.zammit@zammitshipping.example>' },
    ),
    "+35679555012",
  ],
  [
    'pt-BR: the note names who decides and "Liga pra ela: (11) 95555-0175"',
    note(
      "Rafa, quem decide lá é a Dra. Fernanda Lima, dona da clínica, não a recepção. Liga pra ela: (11) 95555-0175.",
      forwardedMessage(
        "sex., 4 de dez. de 2026 às 17:20",
        "Clínica Sorriso Pleno <contato@sorrisopleno.example>",
        "Boa tarde!\nA Dra. Fernanda Lima pediu um orçamento de site.\nAtt,\nRecepção - Clínica Sorriso Pleno",
      ),
    ),
    "+5511955550175",
  ],
  [
    'en (ZA): an introducer\'s "C: 082 555 0166" places "His number is 021 555 0187" in South Africa',
    inbound(
      "Riaan van der Merwe <riaan@capetimber.example>",
      "Intro - scaffold for Parow job",
      "Morning Pieter and Sipho\n\nQuick intro.\n\nPieter - Sipho Mthembu is running the walk-up in Parow and needs scaffold. His number is 021 555 0187.\n\nCheers\nRiaan\n\nRiaan van der Merwe\nBranch Manager | Cape Timber & Hardware\nT: 021 555 0140 | C: 082 555 0166",
      { to: "Pieter Botha <hire@owner-co.example.com>, Sipho Mthembu <sipho@mthembubuilders.example>" },
    ),
    "+27215550187",
  ],
];

describe("a national mobile in the mail's own language", () => {
  test.each(cases)("%s", (_why, input, phone) => {
    expect(extractLeadFromEmail(input, OWNER_CTX).lead.phone).toBe(phone);
  });
});
