// The blind "who24" set's causes, in fresh wordings: the note picks one copied, shared office mailboxes, credentials.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { inbound, note } = ownerInbox("Thu, 10 Dec 2026 09:15:00 +0000");
const at = "Wed, 9 Dec 2026 16:02:11 +0000";

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** The note tells whom to call among those the forwarded mail was copied to; a mention alone picks nobody. */
const copiedPicked: Case[] = [
  [
    'en: "please ring the one in cc, Mr. Hughes" over the assistant\'s inquiry: the copied one, not the writer',
    note(
      "Please ring the one in cc, Mr. Hughes - Tariq only collects the quotes.",
      forwardedMessage(
        at,
        "Tariq Aziz <tariq.aziz@brightwater-homes.example>",
        "Hello, we need 14 doors rehung at the Elm Rd site. My manager Owen Hughes (cc) approves it.\n\nTariq Aziz\nSite Administrator\nBrightwater Homes Ltd",
        { cc: "Owen Hughes <owen.hughes@brightwater-homes.example>" },
      ),
    ),
    { name: "Owen Hughes", email: "owen.hughes@brightwater-homes.example" },
    [],
  ],
  [
    'de: "Bitte Frau Brandt in Kopie anrufen" (courtesy title and surname): the copied one',
    note(
      "Bitte Frau Brandt in Kopie anrufen, Herr Lenz leitet nur weiter.",
      forwardedMessage(
        at,
        "Tobias Lenz <t.lenz@lenz-brandt.example>",
        "Guten Tag,\n\nwir brauchen ein Angebot für 30 Bürostühle.\n\nMit freundlichen Grüßen\nTobias Lenz\nEinkauf\nLenz & Brandt GmbH",
        { cc: "Karin Brandt <k.brandt@lenz-brandt.example>" },
      ),
    ),
    { name: "Karin Brandt", email: "k.brandt@lenz-brandt.example" },
    [],
  ],
  [
    'fr: a group mail from a market\'s mailbox, "Tu rappelles Chloé": the one copied whose first name the note gives',
    note(
      "Tu rappelles Chloé de la boulangerie, les deux autres se renseignaient seulement.",
      forwardedMessage(
        at,
        "Marché Couvert <communaute@marche-couvert.example>",
        "Bonjour à tous, voici notre fournisseur de fours. Répondez à tous avec vos besoins.\n\nL'équipe du Marché",
        {
          cc: "Chloé Garnier <chloe@boulangerie-garnier.example>, André Petit <andre.petit@courriel.example>, Marthe Roy <marthe@primeur-roy.example>",
        },
      ),
    ),
    { name: "Chloé Garnier", email: "chloe@boulangerie-garnier.example" },
    [],
  ],
  [
    'en: "Nina (cc) is his office manager" only says who the copied one is: the writer stays the lead',
    note(
      "Hot one, Dr. Hale wants a demo. Nina (cc) is his office manager.",
      forwardedMessage(
        at,
        "Ian Hale <ian.hale@halefamilydental.example>",
        "Hi, could you demo the sterilisation tracker next week?\n\nIan Hale\nHale Family Dental",
        { cc: "Nina Park <nina.park@halefamilydental.example>" },
      ),
    ),
    { name: "Ian Hale", email: "ian.hale@halefamilydental.example" },
    [],
  ],
];

/** A law firm's or shop's office mailbox (cs kancelar@, pl biuro@) is signed by the person writing for it. */
const officeMailbox: Case[] = [
  [
    'cs: "Novák & Dvořák - kancelář <kancelar@…>" signed "Mgr. Jana Svobodová": the signer at the office address',
    inbound(
      "Novák & Dvořák - kancelář <kancelar@novak-dvorak.example>",
      "Poptávka správy IT",
      "Dobrý den,\n\npotřebovali bychom nabídku na správu počítačů.\n\nS pozdravem\n\nMgr. Jana Svobodová\nasistentka\nAdvokátní kancelář Novák & Dvořák s.r.o.\n",
    ),
    { name: "Jana Svobodová", email: "kancelar@novak-dvorak.example" },
    [],
  ],
  [
    'pl: "Kowalski Meble - Biuro <biuro@…>" signed "Anna Wiśniewska": the signer, not the company as a name',
    inbound(
      "Kowalski Meble - Biuro <biuro@kowalski-meble.example>",
      "Zapytanie o wycenę",
      "Dzień dobry,\n\nprosimy o wycenę naprawy dachu hali.\n\nPozdrawiam\nAnna Wiśniewska\nKierownik biura\nKowalski Meble Sp. z o.o.\n",
    ),
    { name: "Anna Wiśniewska", email: "biuro@kowalski-meble.example" },
    [],
  ],
];

/** A desk's mailbox writing for a person the note names by courtesy title and surname: that person, in full. */
const deskForPerson: Case[] = [
  [
    'de: "Bitte Herrn Vogt zurückrufen, er entscheidet" over the Sekretariat\'s mail written for "Herrn Thomas Vogt"',
    note(
      "Bitte Herrn Vogt zurückrufen, er entscheidet - das Sekretariat schreibt nur.",
      forwardedMessage(
        at,
        "Sekretariat Geschäftsleitung <sekretariat@holzbau-vogt.example>",
        "Guten Tag\n\nIm Auftrag von Herrn Thomas Vogt bitten wir um ein Angebot für 12 Fenster. Sie erreichen Herrn Vogt unter thomas.vogt@holzbau-vogt.example.\n\nFreundliche Grüsse\nSekretariat Geschäftsleitung\nHolzbau Vogt AG",
      ),
    ),
    { name: "Thomas Vogt", email: "thomas.vogt@holzbau-vogt.example" },
    [],
  ],
  [
    'en: "Please call Ms. Okafor directly, she decides" over the reception desk\'s mail: Grace Okafor, her own address',
    note(
      "Please call Ms. Okafor directly, she decides - Reception only forwards.",
      forwardedMessage(
        at,
        "Reception Desk <reception@lakeshore-clinic.example>",
        "Hello,\n\nOn behalf of Ms. Grace Okafor we would like a quote for 40 chairs. You can reach Ms. Okafor at grace.okafor@lakeshore-clinic.example.\n\nKind regards\nReception Desk\nLakeshore Clinic",
      ),
    ),
    { name: "Grace Okafor", email: "grace.okafor@lakeshore-clinic.example" },
    [],
  ],
];

/** "The final call is with …" in the forwarder's note names the one who decides (en). */
const finalCallWith: Case[] = [
  [
    'en (Gmail forward): "final call is with their owner Mr. Colin Drake": him, at the address the mail gives',
    note(
      "FYI the buyer only wants rates - final call is with their owner Mr. Colin Drake. Speak to him directly.",
      forwardedMessage(
        at,
        "Amit Rao <amit.rao@drakefoods.example>",
        "Hello,\n\nPlease share rates for 200 crates. Our owner Mr. Colin Drake decides; you may contact him at colin@drakefoods.example.\n\nAmit Rao\nBuyer\nDrake Foods Ltd",
      ),
    ),
    { name: "Colin Drake", email: "colin@drakefoods.example" },
    [],
  ],
  [
    'en (Outlook header block): "the decision rests with Dr. Mira Holm" over her assistant\'s mail',
    note(
      "The decision rests with Dr. Mira Holm, not the assistant.",
      "From: Leah Tan <leah.tan@holm-dental.example>\nSent: Wednesday, December 9, 2026 10:02 AM\nTo: Owner Person <owner@owner-co.example.com>\nSubject: Chairs\n\nHi, Dr. Mira Holm asked me to get a quote for 3 dental chairs. Her email is mira.holm@holm-dental.example.\n\nLeah Tan\nPractice Assistant",
    ),
    { name: "Mira Holm", email: "mira.holm@holm-dental.example" },
    [],
  ],
];

/** One writing from a second address with nothing under their name: their earlier signed message fills the gaps. */
const sameNameElsewhere: Case[] = [
  [
    'en: "Sent from my phone" reply from a home address over her signed office mail: phone, company and title',
    inbound(
      "Hannah Cole <hannah.cole.home@mail.example>",
      "Re: Signage quote",
      "Yes, go ahead with the brushed steel option.\n\nSent from my phone\n\nOn Mon, Dec 7, 2026 at 9:02 AM Hannah Cole <hcole@brightfields-farm.example> wrote:\n> Hello, we need a sign for the farm shop.\n>\n> Hannah Cole\n> Marketing Manager\n> Brightfields Farm Ltd\n> Cell: 416-555-0177\n",
    ),
    { email: "hannah.cole.home@mail.example", phone: "+14165550177", company: "Brightfields Farm Ltd" },
    [],
  ],
  [
    "de: the newest gives a new mobile (she is moving on): the old company is not filled in",
    inbound(
      "Jana Richter <jana.richter@privatmail.example>",
      "AW: Angebot",
      "Hallo,\n\nbitte ab jetzt nur noch hierher schreiben, ich wechsle die Praxis. Mobil: 0171 5550123\n\nGruß\nJana\n\nVon: Jana Richter <j.richter@praxis-nord.example>\nGesendet: Montag, 7. Dezember 2026 09:00\nAn: Owner Person <owner@owner-co.example.com>\nBetreff: Angebot\n\nGuten Tag, bitte um ein Angebot.\n\nJana Richter\nPraxismanagerin\nPraxis Nord GmbH\n",
    ),
    { email: "jana.richter@privatmail.example" },
    ["company"],
  ],
];

/** A message pasted into the note: the address belongs to the one its line names and it spells, not the referrer. */
const pastedReferral: Case[] = [
  [
    'en: "SMS from Rick Palmer" over his text naming "Tessa Lund … tessa.lund@…": Tessa, no company from the opening',
    note(
      "SMS from Rick Palmer (our plumber) pasted below.\n\nRick: my neighbour Tessa Lund wants her deck redone, tessa.lund@mail.example, 604-555-0139",
    ),
    { name: "Tessa Lund", email: "tessa.lund@mail.example" },
    ["company"],
  ],
  [
    'es: "Mensaje de Jorge Paz" over "Te paso a Lucía Méndez, lucia.mendez@…": Lucía (accents folded in the address)',
    note(
      "Mensaje de Jorge Paz, lo pego abajo.\n\nJorge: Te paso a Lucía Méndez, lucia.mendez@correo.example, quiere un presupuesto.",
    ),
    { name: "Lucía Méndez", email: "lucia.mendez@correo.example" },
    ["company"],
  ],
];

/** A national number beside a "+CC" one in the same mail is read in that country (fr-BE, not France). */
const plusCountry: Case[] = [
  [
    'fr-BE: the copied colleague "joignable au 0475 55 50 12" under a "+32" signature: a Belgian mobile',
    note(
      "C'est Mme Martin en copie qu'il faut rappeler.",
      forwardedMessage(
        at,
        "Luc Dubois <luc.dubois@bureau-dubois.example>",
        "Bonjour,\n\nMa collègue Claire Martin, en copie, gère le projet ; vous pouvez la joindre au 0475 55 50 12.\n\nCordialement,\nLuc Dubois\nBureau Dubois SRL\nT +32 2 555 01 90",
        { cc: "Claire Martin <claire.martin@bureau-dubois.example>" },
      ),
    ),
    { name: "Claire Martin", phone: "+32475555012" },
    [],
  ],
];

/** Southern African credentials after the signed name are not part of it. */
const credentials: Case[] = [
  [
    'en-ZA: "Naledi Khumalo CA(SA)" on the name line: the name without the chartered accountant\'s letters',
    inbound(
      "Naledi Khumalo <naledi@kopano-logistics.example>",
      "RE: Payroll software",
      "Morning\n\nPlease send the quote to me directly.\n\nRegards\n\nNaledi Khumalo CA(SA)\nFinancial Director\nKopano Logistics (Pty) Ltd\n",
    ),
    { name: "Naledi Khumalo", title: "Financial Director" },
    [],
  ],
  [
    'en-ZA: "Johan Pretorius Pr.Eng" (a registered engineer): the name alone',
    inbound(
      "Johan Pretorius <johan@pretorius-struct.example>",
      "Steel quote",
      "Hi\n\nCan you quote the roof trusses?\n\nThanks\nJohan Pretorius Pr.Eng\nPretorius Structural Engineers\n",
    ),
    { name: "Johan Pretorius" },
    [],
  ],
];

describe("who24 causes", () => {
  test.each([
    ...copiedPicked,
    ...deskForPerson,
    ...finalCallWith,
    ...sameNameElsewhere,
    ...pastedReferral,
    ...plusCountry,
    ...officeMailbox,
    ...credentials,
  ])("%s", (_why, input, expected, absent) => expectLeadOf(input, OWNER_CTX, expected, absent));
});
