// Notices of the who25 set's kinds (a marketplace's enquiry mailbox, a missed-call SMS gateway), in fresh wordings.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const cases: Case[] = [
  [
    'de: a marketplace mailing from "anfragen@" is a notice — its "Kunde" field, not the team that signs',
    inbound(
      "Handwerkerportal - Anfragen <anfragen@handwerkerportal.example>",
      "Neue Anfrage: Fliesen verlegen",
      "Hallo,\n\nSie haben eine neue Anfrage.\n\nKunde: Jana Köhler\nTelefon: 416-555-0148\nBeschreibung: Bad, ca. 8 m²\n\nIhr Team von Handwerkerportal\n",
    ),
    { name: "Jana Köhler", phone: "+14165550148" },
    ["email"],
  ],
  [
    'fr: a marketplace mailing from "demandes@" — the "Client" it names',
    inbound(
      "Devisfacile <demandes@devisfacile.example>",
      "Nouvelle demande de devis",
      "Bonjour,\n\nNouvelle demande dans votre secteur.\n\nClient : Hugo Perrin\nTéléphone : 416-555-0139\n\nL'équipe Devisfacile\n",
    ),
    { name: "Hugo Perrin", phone: "+14165550139" },
    ["email"],
  ],
  [
    'en: an SMS relayed by a gateway, "This is X" opening a sentence — X, at the number it came from, not the line called',
    inbound(
      "TextRelay <alerts@textrelay.example>",
      "New SMS from +1 416 555 0126",
      'New SMS\nFrom: +1 416 555 0126\n\n"Hello! This is Priya Nair, saw your van. Can you quote for a fence? Text me back."\n\nRelayed by TextRelay for line: Owner Co (416-555-0100)\n',
    ),
    { name: "Priya Nair", phone: "+14165550126" },
    [],
  ],
  [
    'sv: a voicemail transcript opening "Jag heter X" — X, not the "Called number" line',
    inbound(
      "Röstbrevlådan <voicemail@telia-tjanst.example>",
      "Nytt röstmeddelande",
      'Nytt röstmeddelande\nFrån: +1 416 555 0157\nCalled number: +1 416 555 0100\n\nTranskription: "Jag heter Ebba Lind. Jag vill ha hjälp med trädgården."\n',
    ),
    { name: "Ebba Lind", phone: "+14165550157" },
    [],
  ],
  [
    'sv: a WordPress form\'s compound labels ("E-postadress", "Företagsnamn") and "Webbplats (om ni har)" are read',
    inbound(
      "Snickeri Nord <wordpress@snickerinord.example>",
      "Ny inskickning: Offertförfrågan",
      "Namn: Elsa Berg\nE-postadress: elsa@bergsblommor.example\nTelefonnummer: 416-555-0164\nFöretagsnamn: Bergs Blommor AB\nWebsite (om ni har): www.bergsblommor.example\nMeddelande: Vi vill ha nya hyllor.\n",
      { replyTo: "Elsa Berg <elsa@bergsblommor.example>" },
    ),
    {
      name: "Elsa Berg",
      email: "elsa@bergsblommor.example",
      phone: "+14165550164",
      company: "Bergs Blommor AB",
      website: "bergsblommor.example",
    },
    [],
  ],
  [
    'en: "Phone (mobile)" is the phone label; a number in brackets after "Phone" is no qualifier',
    inbound(
      "Site Forms <forms@ownerco-site.example>",
      "New form submission",
      "Name: Leo Grant\nEmail: leo.grant@mailbox.example\nPhone (mobile): 416-555-0175\nMessage: Quote for decking please.\n",
    ),
    { name: "Leo Grant", email: "leo.grant@mailbox.example", phone: "+14165550175" },
    [],
  ],
  [
    'da: a chat widget\'s heading "fra din hjemmeside" makes the visitor a website lead',
    inbound(
      "Snakkeboks <noreply@snakkeboks.example>",
      "Ny chat: Freja Holm",
      "Ny samtale fra din hjemmeside - Owner Co\n\nBesøgende: Freja Holm\nE-mail: freja.holm@postkasse.example\n\n[10:02] Freja: Hej, kan I levere telte den 3. maj?\n",
    ),
    { name: "Freja Holm", email: "freja.holm@postkasse.example", source: "Website" },
    [],
  ],
  [
    'pl: a form tool\'s heading "z Twojej strony internetowej" — Website',
    inbound(
      "Formik <noreply@formik.example>",
      "Nowa wiadomość",
      "Nowa wiadomość z Twojej strony internetowej\n\nImię i nazwisko: Ola Zielińska\nE-mail: ola.z@skrzynka.example\n",
    ),
    { name: "Ola Zielińska", email: "ola.z@skrzynka.example", source: "Website" },
    [],
  ],
  [
    'en: an answering service\'s "Company: (private)" is no company',
    inbound(
      "CallDesk Messages <messages@calldesk.example>",
      "New message - Rhona Quigley",
      "MESSAGE TAKEN\n\nCaller name: Rhona Quigley\nCompany: (private)\nCallback number: 416-555-0183\nMessage: Wants a quote for a new kitchen.\n",
    ),
    { name: "Rhona Quigley", phone: "+14165550183" },
    ["company"],
  ],
  [
    'de: a form\'s "Firma: keine Angabe" is no company',
    inbound(
      "Website Formular <formular@ownerco-site.example>",
      "Neue Formulareingabe",
      "Name: Lars Vogt\nE-Mail: lars.vogt@postfach.example\nFirma: keine Angabe\nNachricht: Bitte um Rückruf.\n",
    ),
    { name: "Lars Vogt", email: "lars.vogt@postfach.example" },
    ["company"],
  ],
];

describe("notices of the who25 set's kinds", () => {
  test.each(cases)("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("who25 notices fixed by these causes", [
  ["quote marketplace mailing from zapytania@ (pl)", "emails-who25/hg12-inbound-none-pl"],
  ["missed-call and SMS gateway, 'This is X' in the SMS (PH)", "emails-who25/hg15-inbound-none"],
  ["WPForms with nl compound labels and 'Website (indien aanwezig)'", "emails-who25/hg10-inbound-none-nl"],
  ["chat transcript headed 'från din webbplats' (sv)", "emails-who25/hg14-inbound-none-sv"],
]);
