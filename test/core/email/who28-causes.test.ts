// The general causes behind the who-is-the-lead misses of the who28 set, in fresh wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 +0100");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** Someone writing for their principal (agent, planner, translator, relative) passes nobody on: no referral. */
const writesForPrincipal: Case[] = [
  [
    'en: a letting agent "on behalf of the landlord, Ms X", X\'s own address in the text — X, no referral',
    inbound(
      "Ollie Brandt <ollie@harbourlets.example>",
      "Roof repair quote - 3 Gull Lane",
      "Hello,\n\nI look after 3 Gull Lane on behalf of the landlord, Ms Petra Lindqvist. She would like a quote for the roof and asked that you deal with her directly: petra.lindqvist@postbox.example, 0412 555 019.\n\nRegards,\nOllie Brandt\nHarbour Lets\n",
    ),
    { name: "Petra Lindqvist", email: "petra.lindqvist@postbox.example" },
    ["source"],
  ],
  [
    'it: an agency "a nome della cliente, X" with X\'s address — X, no referral',
    inbound(
      "Marta Gallo <marta@eventilieti.example>",
      "Richiesta preventivo catering",
      "Buongiorno,\n\nvi scrivo a nome della cliente, Elena Russo, per un pranzo di 60 persone a giugno. Vi prego di contattarla direttamente: elena.russo@posta-it.example, cell. 333 555 0177.\n\nCordiali saluti,\nMarta Gallo\nEventi Lieti\n",
    ),
    { name: "Elena Russo", email: "elena.russo@posta-it.example" },
    ["source"],
  ],
  [
    "hu: a lawyer \"ügyfelem megbízásából\" (after-cue, the writer's own client), the client's block below — no referral",
    inbound(
      "dr. Kiss Péter <kiss@kissiroda.example>",
      "Ajánlatkérés tetőfelújításra",
      "Tisztelt Uram!\n\nÜgyfelem megbízásából írok, aki tetőfelújítást tervez. Kérem, vele vegye fel a kapcsolatot:\n\nNagy Zoltán\nnagy.zoltan@levelezo.example\n+36 30 555 0142\n\nÜdvözlettel:\ndr. Kiss Péter\n",
    ),
    { name: "Nagy Zoltán", email: "nagy.zoltan@levelezo.example" },
    ["source"],
  ],
  [
    'en: "on behalf of the HOA. One of our residents, X" — the cue is for the HOA, X is passed on: still a referral',
    inbound(
      "Gwen Park <gwen@lakesidepm.example>",
      "Kitchen remodel - unit 12",
      "Hello,\n\nI manage Lakeside Commons on behalf of the HOA. One of our residents, Mr. Arjun Mehta (unit 12), would like a quote for a kitchen remodel: his email is arjun.mehta@inbox.example.\n\nThanks,\nGwen Park\nLakeside Property Management\n",
    ),
    { name: "Arjun Mehta", email: "arjun.mehta@inbox.example", source: expect.stringMatching(/^Referral/) },
    [],
  ],
];

/** nb/da/sv/cs/pl relatives: a grown child writing for a parent gives the parent, not the writer or their employer. */
const relativeWritesFor: Case[] = [
  [
    'da: "på vegne af min far, X" with his number only — X, none of the daughter\'s address, job or employer',
    inbound(
      "Mette Lund <mette.lund@arbejdsmail.example>",
      "Nyt tag til min fars hus",
      "Hej,\n\nJeg skriver på vegne af min far, Henning Lund, som gerne vil have et tilbud på et nyt tag. Ring til ham på 20 55 50 17.\n\nVenlig hilsen\nMette Lund\nKonsulent, Region Syd\nTlf. 70 55 50 10\n",
    ),
    { name: "Henning Lund" },
    ["email", "company", "title"],
  ],
  [
    'sv: "Jag skriver för min mamma, X" and her number — X, not the son who writes',
    inbound(
      "Erik Holm <erik.holm@jobbmail.example>",
      "Altan till mammas hus",
      "Hej!\n\nJag skriver för min mamma, Birgitta Holm, som vill ha en offert på en altan. Ring henne på 070-555 01 23.\n\nMvh\nErik Holm\nSäljare, Nordbygg AB\n",
    ),
    { name: "Birgitta Holm" },
    ["email", "company", "title"],
  ],
];

/** Conversational form tools print each question as written, the answer on the next line. */
const questionForms: Case[] = [
  [
    "de: a Tally-style notice with questions and answers below — the answers, none read as a title or company",
    inbound(
      "Tally <notifications@tally-mail.example>",
      "Neue Antwort: Angebot anfragen",
      "Neue Antwort auf Angebot anfragen\n\nWie heißt du?\nJonas Albrecht\n\nIn welchem Ort ist das Projekt?\nLeipzig\n\nUnter welcher Telefonnummer erreichen wir dich?\n0151 5550 1234\n\nDeine E-Mail-Adresse?\njonas.albrecht@postfach.example\n\nWas planst du?\nCarport aus Holz\n",
    ),
    { name: "Jonas Albrecht", email: "jonas.albrecht@postfach.example", phone: "+4915155501234" },
    ["company", "title"],
  ],
  [
    "en: Google-Forms-style questions, the company asked too — each answer to its field",
    inbound(
      "Forms <forms-receipts-noreply@forms-mail.example>",
      "New response: Event enquiry",
      "Event enquiry\n\nWhat is your full name?\nCallum Reid\n\nWhich company are you with?\nReid & Frost Ltd\n\nYour email?\ncallum@reidfrost.example\n\nHow many guests?\n40\n",
    ),
    { name: "Callum Reid", email: "callum@reidfrost.example", company: "Reid & Frost Ltd" },
    ["title"],
  ],
];

/** A marketplace names the customer before the service and hides the contact behind a badge and its own help line. */
const marketplaceNotices: Case[] = [
  [
    'de: "Tomasz K. sucht Umzugshelfer", "Kontakt: Verifiziert ✓", "Rufen Sie uns an" — the name, no badge, no number',
    inbound(
      "Auftragsbörse <leads@auftragsboerse.example>",
      "Neue Anfrage in Ihrer Nähe",
      "Neue Anfrage\n\nTomasz K. sucht Umzugshelfer\n\n  Von: Pankow, Berlin\n  Kontakt: Verifiziert ✓\n\nFür 6 Credits sehen Sie Telefon und E-Mail.\n\nFragen? Rufen Sie uns an: 030 555 0199\n",
    ),
    { name: "Tomasz K." },
    ["phone", "email"],
  ],
];

/** A form's mobile field beats a phone field read before it; a CRM record's source field is the source. */
const formFields: Case[] = [
  [
    'en: "Phone Number" then "Cell Phone Number" (a CRM form) — the cell',
    inbound(
      "Forms <noreply@crm-forms.example>",
      "New form submission",
      "New form submission\n\nName: Rosa Delgado\nEmail: rosa@delgadobakery.example\nPhone Number: (312) 555-0140\nCell Phone Number: (773) 555-0168\n",
    ),
    { name: "Rosa Delgado", phone: "+17735550168" },
    [],
  ],
  [
    'fr: "Téléphone fixe" then "Numéro de portable" — the mobile',
    inbound(
      "Formulaires <noreply@formulaires.example>",
      "Nouvelle demande de devis",
      "Nouvelle demande\n\nNom : Claire Besson\nE-mail : claire.besson@courriel.example\nTéléphone fixe : +33 4 72 55 50 12\nNuméro de portable : +33 6 39 98 01 87\n",
    ),
    { name: "Claire Besson", phone: "+33639980187" },
    [],
  ],
  [
    'de: a CRM notice\'s "Lead-Quelle: Messe …" — Trade show',
    inbound(
      "CRM <benachrichtigung@crm-mail.example>",
      "Neuer Lead zugewiesen: Lena Vogt",
      "Ein neuer Lead wurde Ihnen zugewiesen.\n\nName: Lena Vogt\nE-Mail: lena.vogt@vogtbau.example\nLead-Quelle: Messe BAU 2027, Stand C3\n",
    ),
    { name: "Lena Vogt", source: expect.stringMatching(/^Trade show/) },
    [],
  ],
];

describe("who the lead is in the causes of the who28 set", () => {
  test.each([
    ...writesForPrincipal,
    ...relativeWritesFor,
    ...questionForms,
    ...marketplaceNotices,
    ...formFields,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("who28 fixtures fixed by these causes", [
  [
    "a daughter writes for her elderly mother, who has a phone only (nb)",
    "emails-who28/hk22-inbound-none-nb",
  ],
  ["a Typeform notice's questions with the answers below (en-AU)", "emails-who28/hk05-inbound-none"],
  [
    'a quote marketplace\'s "Verified" badge where the contact would be (en-GB)',
    "emails-who28/hk10-inbound-none",
  ],
]);
