// The general causes behind the who-is-the-lead misses of the who27 set (introductions), in fresh wordings and languages.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, forwardedMessage, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 8 Dec 2026 10:15:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** The introducer's own colleague (same company domain, copied) is the one introduced, with the company both sign. */
const ownColleague: Case[] = [
  [
    "en: \"I've passed your details to my colleague X (cc'd)\" — the colleague, not the writer, with their firm",
    inbound(
      "Gareth Lowe <gareth.lowe@fenwick-estates.example>",
      "Window cleaning for our offices",
      "Hi,\n\nI've passed your details to my colleague Priya Shah (cc'd), who looks after our town-centre offices. She decides on this one.\n\nRegards,\nGareth\n\nGareth Lowe\nRegional Surveyor\nFenwick Estates Ltd\nM 416-555-0110",
      { cc: "Priya Shah <priya.shah@fenwick-estates.example>" },
    ),
    {
      name: "Priya Shah",
      email: "priya.shah@fenwick-estates.example",
      company: "Fenwick Estates Ltd",
      source: "Referral: Gareth Lowe",
    },
    [],
  ],
  [
    'en: "introducing you to my colleague Mr. X" — the honorific before the name does not hide the person',
    inbound(
      "Helen Marsh <helen.marsh@arden-logistics.example>",
      "Introduction",
      "Dear team,\n\nI am introducing you to my colleague Mr. Tomasz Wolski, who runs our Hamilton depot and is choosing a caterer.\n\nKind regards,\nHelen Marsh\nArden Logistics Inc.",
      { cc: "Tomasz Wolski <t.wolski@arden-logistics.example>" },
    ),
    { name: "Tomasz Wolski", email: "t.wolski@arden-logistics.example", company: "Arden Logistics Inc." },
    ["title"],
  ],
  [
    "fr: \"j'ai transmis vos coordonnées à ma collègue X\" — the colleague the owner's details went to",
    inbound(
      "Marc Petit <marc.petit@groupe-lumen.example>",
      "Nettoyage des bureaux",
      "Bonjour,\n\nJ'ai transmis vos coordonnées à ma collègue Camille Renaud, qui gère nos bureaux de Nantes.\n\nCordialement,\nMarc Petit\nGroupe Lumen SAS",
      { cc: "Camille Renaud <camille.renaud@groupe-lumen.example>" },
    ),
    { name: "Camille Renaud", email: "camille.renaud@groupe-lumen.example" },
    [],
  ],
];

/** Of two people copied, the one copied "for information only" is not the one introduced (any language). */
const copiedForInformation: Case[] = [
  [
    'de: "Herrn X habe ich zur Info in Kopie genommen" beside the project lead — the project lead',
    inbound(
      "Ute Brandt <ute@brandt-beratung.example>",
      "Vorstellung",
      "Hallo,\n\ngerne bringe ich Sie mit der Lindner Bau GmbH zusammen. Herrn Klaus Lindner habe ich zur Info in Kopie genommen; das Projekt leitet Frau Anja Roth, Ihre Ansprechpartnerin.\n\nViele Grüße\nUte Brandt",
      {
        cc: "Klaus Lindner <k.lindner@lindner-bau.example>, Anja Roth <a.roth@lindner-bau.example>",
      },
    ),
    { name: "Anja Roth", email: "a.roth@lindner-bau.example", source: "Referral: Ute Brandt" },
    [],
  ],
  [
    'tr: "X Bey bilgi olarak CC\'de" beside the one introduced — the other one',
    inbound(
      "Selin Kaya <selin@kaya-danismanlik.example>",
      "Tanışma",
      "Merhaba,\n\nSizi Deniz Aydın ile tanıştırmak istiyorum, satın alma müdürü. Murat Öztürk Bey bilgi olarak CC'de.\n\nSaygılarımla\nSelin Kaya",
      {
        cc: "Murat Öztürk <murat@ozturk-gida.example>, Deniz Aydın <deniz@ozturk-gida.example>",
      },
    ),
    { name: "Deniz Aydın", email: "deniz@ozturk-gida.example" },
    [],
  ],
];

/** Greek introductions: "σας γνωρίζω τον κ. …", "(σε κοινοποίηση)"; a Greek note's "Τηλέφωνο στον … την Τρίτη". */
const greek: Case[] = [
  [
    'el: "Σας συστήνω τον κ. X (σε κοινοποίηση)" under the owner\'s "Τηλέφωνο στον … την Παρασκευή"',
    note(
      "Τηλέφωνο στον κ. Νικολάου την Παρασκευή.",
      forwardedMessage(
        "Mon, 7 Dec 2026 09:00:00 +0200",
        "Μαρία Γεωργίου <maria@georgiou-logistiki.example>",
        "Καλημέρα,\n\nΣας συστήνω τον κ. Κώστα Νικολάου (σε κοινοποίηση), ιδιοκτήτη της Νικολάου Τρόφιμα Α.Ε.\n\nΦιλικά,\nΜαρία",
        { subject: "Γνωριμία", cc: "Κώστας Νικολάου <k.nikolaou@nikolaou-trofima.example>" },
      ),
    ),
    {
      name: "Κώστας Νικολάου",
      email: "k.nikolaou@nikolaou-trofima.example",
      followUp: "2026-12-11",
      source: "Referral: Μαρία Γεωργίου",
    },
    [],
  ],
];

/** A chat or a network's message notice that introduces someone: that person, not the one who sent it. */
const introducedInMessage: Case[] = [
  [
    'es: a pasted WhatsApp chat "Te quiero presentar a X" — X, with the number given for her',
    note(
      "Me lo pasó Jorge por WhatsApp:\n\n[05/12/2026 18:02] Jorge Vidal: Hola! Te presento a Marta Ibáñez, de Ibáñez Interiorismo.\n[05/12/2026 18:03] Jorge Vidal: Su móvil es 612 555 019 y el correo marta@ibanez-interiorismo.example\n[05/12/2026 18:05] Owner: Gracias!",
    ),
    { name: "Marta Ibáñez", email: "marta@ibanez-interiorismo.example", source: "Referral: Jorge Vidal" },
    [],
  ],
  [
    'en: a network\'s "X sent you a message" notice whose message introduces Y — Y, where Y works now',
    note(
      "",
      forwardedMessage(
        "Mon, 7 Dec 2026 08:00:00 -0500",
        "Olivia Grant via LinkedIn <messages-noreply@linkedin.example>",
        "Olivia Grant\nRecruiter at Bluefin Talent\n\nHi! I'd like to introduce you to Marcus Lee, who was my manager at Orbit Labs and is now Head of Operations at Tidewater Foods Ltd. His email is marcus.lee@tidewater.example.\n\nReply\n",
        { subject: "Olivia sent you a message" },
      ),
      "Fwd: Olivia sent you a message",
    ),
    {
      name: "Marcus Lee",
      email: "marcus.lee@tidewater.example",
      company: "Tidewater Foods Ltd",
      source: "Referral: Olivia Grant",
    },
    [],
  ],
];

/** An address in the text that a company's name also spells: the person's own name line, not the company. */
const notTheCompany: Case[] = [
  [
    'it: "l\'impresa Edilizia Bianchi & Figli S.r.l." before "il referente sarà Luca Bianchi: luca.bianchi@…" — Luca',
    inbound(
      "Sara Conti <sara@conti-immobiliare.example>",
      "Vi metto in contatto",
      "Buongiorno,\n\nvi metto in contatto con l'impresa Edilizia Bianchi & Figli S.r.l. Il referente sarà Luca Bianchi: luca.bianchi@edilizia-bianchi.example, cell. 333 555 0142.\n\nCordiali saluti\nSara Conti",
    ),
    { name: "Luca Bianchi", email: "luca.bianchi@edilizia-bianchi.example" },
    [],
  ],
  [
    'pl: the firm "Kowalski Dachy Sp. z o.o." named first, then a block "Inż. X / title / company / e-mail: …" — the block\'s name line',
    inbound(
      "Ewa Zielińska <ewa.zielinska@poczta.example>",
      "Polecenie",
      "Dzień dobry,\n\nprzedstawiam firmę Kowalski Dachy Sp. z o.o. Pan Kowalski prosi o kontakt bezpośredni:\n\nInż. Adam Kowalski\nprezes zarządu\nKowalski Dachy Sp. z o.o.\ne-mail: kowalski@kowalski-dachy.example\n\nPozdrawiam\nEwa Zielińska",
    ),
    { name: "Adam Kowalski", email: "kowalski@kowalski-dachy.example" },
    [],
  ],
];

describe("who the lead is in the causes of the who27 set", () => {
  test.each([...ownColleague, ...copiedForInformation, ...greek, ...introducedInMessage, ...notTheCompany])(
    "%s",
    (_why, input, expected, absent) => {
      expectLeadOf(input, ctx, expected, absent);
    },
  );
});

describePersonFixed("who27 fixtures fixed by these causes", [
  [
    "the introducer's colleague, to whom the owner's details were passed (en-AU)",
    "emails-who27/hj03-intro-none",
  ],
  [
    "the introducer's colleague after an honorific, the CFO copied for information (en-IN)",
    "emails-who27/hj21-intro-outlook",
  ],
  ["the project lead, the director copied 'ter info' (nl)", "emails-who27/hj09-intro-outlook-web-nl"],
  ["a Greek introduction with the lead '(σε κοινοποίηση)' (el)", "emails-who27/hj19-intro-outlook-el"],
  ["a WhatsApp chat pasted by the owner that introduces someone (pt-BR)", "emails-who27/hj08-intro-none-pt"],
  ["a LinkedIn message notice that introduces someone (en)", "emails-who27/hj22-intro-gmail"],
  ["the name line, not a company containing the surname (fr)", "emails-who27/hj05-intro-outlook-fr"],
  ["a contact block's name line above 'e-mail:' (cs)", "emails-who27/hj14-intro-seznam-cs"],
]);
