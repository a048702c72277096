// The general causes behind the blind "who3" set's misses, each in fresh wordings, languages and layouts.
import { htmlToText } from "../../../src/core/email/html-text";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Wed, 11 Mar 2026 10:30:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const cases: Case[] = [
  [
    'a booking notice whose details say "Location: Zoom Meet" is read as a notice, not as an intro ("meet X")',
    inbound(
      "Slotly <notifications@slotly.example>",
      "New booking: Mirela Voss",
      "A new meeting has been booked.\n\nInvitee: Mirela Voss\nInvitee Email: mirela@voss-studio.example\nLocation: Zoom Meet\n\nQuestions:\nCompany: Voss Studio GmbH\nPhone number: +49 30 5550 1188\n\nSlotly Inc. | support +1 415-555-0190",
    ),
    { name: "Mirela Voss", email: "mirela@voss-studio.example", phone: "+493055501188" },
    ["source"],
  ],
  [
    'a referral in prose with the address beside the name and "reach out to her directly" (en)',
    note(
      "keep",
      "From: Paul Greer <paul@greer-partners.example>\nDate: Tue, Mar 10, 2026\nSubject: a lead for you\nTo: Owner Person <owner@owner-co.example.com>\n\nHi,\n\nI talked to Renata Soto (renata.soto@soto-foods.example) at Soto Foods Inc. last week. She is head of procurement and wants new packaging. Reach out to her directly.\n\nPaul",
    ),
    { name: "Renata Soto", email: "renata.soto@soto-foods.example", source: "Referral: Paul Greer" },
    [],
  ],
  [
    'a referral in prose, Danish/Norwegian "ta kontakt med ham", company after "på"',
    note(
      "gem",
      "From: Lise Holt <lise@holt-ejendomme.example>\nDate: Tue, Mar 10, 2026\nSubject: tip\nTo: Owner Person <owner@owner-co.example.com>\n\nHej,\n\nJeg talte med Jens Kragh (jens.kragh@kragh-byg.example) på Kragh Byg ApS i går. Ta kontakt med ham.\n\nLise",
    ),
    { name: "Jens Kragh", email: "jens.kragh@kragh-byg.example", company: "Kragh Byg ApS" },
    [],
  ],
  [
    'a note naming the lead in German with two honorifics ("Herrn Dr.") and the verb after them',
    note(
      "Heute mit Herrn Dr. Tobias Reiter gesprochen, Leiter Einkauf der Reiter Holzbau GmbH - er plant drei Hallen. Handy 0171 5550188.",
      "Von: Messe Team Holz <info@messe-holz.example>\nGesendet: Mittwoch, 11. März 2026\nAn: Owner Person <owner@owner-co.example.com>\nBetreff: Danke\n\nVielen Dank für Ihren Besuch.\n\nIhr Messe-Team",
      "WG: Danke",
    ),
    {
      name: "Tobias Reiter",
      phone: "+491715550188",
      title: "Leiter Einkauf",
      company: "Reiter Holzbau GmbH",
    },
    ["email"],
  ],
  [
    'a note naming the lead in Italian ("Ho conosciuto …") above a conference office\'s mailing',
    note(
      "Ho conosciuto Marta Ferri, responsabile tecnico della Ferri Impianti S.r.l., al convegno di Verona. Scriverle a marta@ferri-impianti.example.",
      "Da: Segreteria Convegno Clima <segreteria@convegno-clima.example>\nDate: mar 10 mar 2026\nSubject: Grazie\nTo: <owner@owner-co.example.com>\n\nGrazie per la partecipazione.\n\nSegreteria organizzativa - tel. 045 555 0100",
    ),
    { name: "Marta Ferri", email: "marta@ferri-impianti.example", title: "responsabile tecnico" },
    ["phone"],
  ],
  [
    "a contact block pasted under the note, its name on the first line (a card app's export)",
    note(
      "From the fair, call Friday.\n\nOskar Lindqvist\nLindqvist Glas AB\nInköpschef\nTel 08-555 012 40\nMobil 070-555 01 88\noskar@lindqvist-glas.example",
    ),
    {
      name: "Oskar Lindqvist",
      email: "oskar@lindqvist-glas.example",
      company: "Lindqvist Glas AB",
      title: "Inköpschef",
    },
    [],
  ],
  [
    'a labelled contact block in the note (fi "Nimi", "Yritys", "GSM"): the labelled fields, the mobile first',
    note(
      "Tavattiin messuilla.\n\nNimi: Eero Salo\nYritys: Salo Valaistus Oy\nTitteli: Myyntipäällikkö\nPuh: 09 555 0177\nGSM: 040 555 0188\nSähköposti: eero@salo-valaistus.example",
    ),
    {
      name: "Eero Salo",
      email: "eero@salo-valaistus.example",
      phone: "+358405550188",
      company: "Salo Valaistus Oy",
      title: "Myyntipäällikkö",
    },
    [],
  ],
  [
    'a mobile in the note\'s prose next to other sentences ("… Thursday. Cell 617-…. We met …")',
    note("Dana K. from Orchard Lane Bakery - call her Thursday. Cell 617-555-0166. We met at the mixer."),
    { name: "Dana K.", phone: "+16175550166" },
    [],
  ],
  [
    "the lead replying above a quoted intro that names them only in its greeting gets the introducer as referral",
    inbound(
      "Rafael Costa <rafael@costa-moveis.example>",
      "Re: Apresentação",
      "Olá, obrigado. Podemos falar na terça?\n\nRafael Costa\nCosta Móveis\n\nEm seg., 9 de mar. de 2026 às 10:00, Inês Prado <ines@prado-arq.example> escreveu:\n> Olá Owner, olá Rafael,\n> apresento-vos: o Rafael está a remodelar três lojas.\n> Inês",
    ),
    { name: "Rafael Costa", source: "Referral: Inês Prado" },
    [],
  ],
  [
    'a broker "passing him along" deeper in a forwarded chain is the referral of the newest outside author',
    note(
      "warm lead",
      "From: Omar Haddad <omar@haddad-holdings.example>\nDate: Tue, Mar 10, 2026\nSubject: Re: Fit-out\nTo: Owner Person <owner@owner-co.example.com>\n\nThe numbers work. Please send the contract.\n\nOmar Haddad\nHaddad Holdings\n\n-----Original Message-----\nFrom: Tess Moreau <tess@moreau-realty.example>\nSent: Monday, March 9, 2026 9:00 AM\nTo: Owner Person <owner@owner-co.example.com>\nCc: Omar Haddad <omar@haddad-holdings.example>\nSubject: Fit-out\n\nOmar owns the building and needs a fit-out. Passing him along to you.\n\nTess",
    ),
    { name: "Omar Haddad", source: "Referral: Tess Moreau" },
    [],
  ],
  [
    "an intro's contact aside in parentheses gives the phone, and the title after it is still read",
    note(
      "suivi",
      "De : Hugo Blanc <hugo@blanc-conseil.example>\nEnvoyé : mardi 10 mars 2026 11:00\nÀ : Owner Person <owner@owner-co.example.com>\nObjet : Mise en relation\n\nBonjour,\n\nComme convenu au téléphone lors de notre échange de la semaine dernière, je vous mets en relation avec Agathe Roux (agathe.roux@roux-design.example, portable 06 39 98 55 10), directrice artistique de Roux Design à Lyon.\n\nBien cordialement,\nHugo Blanc",
    ),
    {
      name: "Agathe Roux",
      phone: "+33639985510",
      title: "directrice artistique",
      company: "Roux Design",
    },
    [],
  ],
  [
    "the introducer's assistant's number in the intro is not the lead's",
    note(
      "log",
      "From: Nadia Stone <nadia@stone-advisors.example>\nDate: Tue, Mar 10, 2026\nSubject: Owner <> Victor Lam\nTo: Owner Person <owner@owner-co.example.com>\nCC: Victor Lam <victor@lam-clinic.example>, Bea Ruiz <bea@stone-advisors.example>\n\nOwner, meet Victor Lam of Lam Clinic.\n\nBea (my assistant) can set up a call - she's at 617-555-0177.\n\nNadia",
    ),
    { name: "Victor Lam", email: "victor@lam-clinic.example" },
    ["phone"],
  ],
  [
    'a year the note mentions ("they rebuild next year") is when the project happens, not a follow-up date',
    note(
      "Worth a call - they rebuild all 9 stores next year.",
      "From: Ivo Marsh <ivo@marsh-advisory.example>\nDate: Tue, Mar 10, 2026\nSubject: Intro\nTo: Owner Person <owner@owner-co.example.com>\nCc: Lena Park <lena@park-retail.example>\n\nOwner, meet Lena Park, head of stores at Park Retail.\n\nIvo",
    ),
    { name: "Lena Park", email: "lena@park-retail.example" },
    ["followUp"],
  ],
  [
    'a form builder\'s labels above their answers: "Work email", "Company website" with a full https address',
    inbound(
      "Formly <notifications@formly.example>",
      "New submission: Contact us",
      "New response to Contact us\n\nFull name\nIrene Walsh\n\nWork email\nirene@walsh-dental.example\n\nCompany website\nhttps://www.walsh-dental.example/team\n\nPowered by Formly",
    ),
    { name: "Irene Walsh", email: "irene@walsh-dental.example", website: "walsh-dental.example" },
    [],
  ],
  [
    'a scheduler\'s "Location:" with "Phone call: +1 …" below it gives the invitee\'s number',
    inbound(
      "Bookwise <notifications@bookwise.example>",
      "New Event: Pavel Novak",
      "A new event has been scheduled.\n\nInvitee:\nPavel Novak\n\nInvitee Email:\npavel@novak-labs.example\n\nLocation:\nPhone call: +1 206-555-0149\n",
    ),
    { name: "Pavel Novak", email: "pavel@novak-labs.example", phone: "+12065550149" },
    [],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind who3 set", () => {
  test.each(cases)("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describe("HTML written one <div> per line reads as lines, so a quoted header block stays one block", () => {
  test.each([
    [
      "Outlook on the web's forward header",
      "<div>De: Ana Lima &lt;ana@lima.example&gt;</div>\n<div>Enviado: terça-feira</div>\n<div>Para: Owner</div>",
      "De: Ana Lima <ana@lima.example>\nEnviado: terça-feira\nPara: Owner",
    ],
    ["an empty div still makes a blank line", "<div>one</div><div><br></div><div>two</div>", "one\n\ntwo"],
    ["paragraphs keep their blank line", "<p>one</p><p>two</p>", "one\n\ntwo"],
  ])("%s", (_why, html, text) => expect(htmlToText(html)).toBe(text));
});
