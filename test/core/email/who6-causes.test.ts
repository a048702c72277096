// The general causes behind the blind "who6" set's misses (who the lead is), each in fresh wordings and languages.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Wed, 11 Mar 2026 10:30:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A colleague passing on a site's form mail as an attached message (message/rfc822). */
const attachedForm = (from: string, subject: string, fields: string): EmailInput =>
  inbound("Ola Nowak <ola@owner-co.example.com>", "PD: zapytanie", "W załączniku zapytanie.\n\nOla", {
    attachments: [
      {
        name: "zapytanie.eml",
        contentType: "message/rfc822",
        size: 400,
        raw: `From: ${from}\r\nTo: biuro@owner-co.example.com\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${fields}\r\n`,
      },
    ],
  });

const cases: Case[] = [
  [
    'it: a customer "ti giro un contatto: il mio amico X … il suo numero è …" refers X (name and number only)',
    note(
      "Chiamare lunedì",
      "Da: Franca Galli <franca.galli@postaweb.example>\nData: 9 marzo 2026\nA: Owner Person <owner@owner-co.example.com>\nOggetto: un contatto\n\nCiao,\nti giro un contatto: il mio amico Dario Conti deve rifare il tetto. Il suo numero è 333 555 0162.\nFranca",
    ),
    { name: "Dario Conti", phone: "+393335550162", source: "Referral: Franca Galli" },
    ["email"],
  ],
  [
    'es: "te paso el contacto de mi amiga X" is a referral of X, not a message from the one passing it on',
    note(
      "",
      "De: Pilar Soto <pilar.soto@correo.example>\nFecha: 9 de marzo de 2026\nPara: Owner Person <owner@owner-co.example.com>\nAsunto: contacto\n\nHola, te paso el contacto de mi amiga Nuria Vidal, necesita reformar la cocina. Su móvil es 612 55 01 48.\nPilar",
    ),
    { name: "Nuria Vidal" },
    ["email"],
  ],
  [
    'en: a PA who "looks after the diary for X" (X not copied) writes for X: X is the lead, by name, with the number given',
    inbound(
      "Jo Pell <jo.pell@harrowgate-homes.example>",
      "Valuation request",
      "Good morning,\n\nI look after the diary for Nathan Greer, Chief Executive of Harrowgate Homes Ltd. He would like a valuation next week.\n\nNathan isn't copied, but he is happy to take a call on his mobile, 07700 900417.\n\nKind regards,\n\nJo Pell\nPA to the Chief Executive\nHarrowgate Homes Ltd\n",
    ),
    { name: "Nathan Greer", phone: "+447700900417", company: "Harrowgate Homes Ltd" },
    ["email", "source"],
  ],
  [
    "en: a signature's title \"Assistant to X\" is the writer's title, not someone they write for",
    inbound(
      "Lou Park <lou.park@pinecrest-supply.example>",
      "Pallet quote",
      "Hi,\n\nCould you quote 40 pallets?\n\nThanks,\nLou Park\nAssistant to Maren Holt\nPinecrest Supply\n",
    ),
    { name: "Lou Park", email: "lou.park@pinecrest-supply.example" },
    [],
  ],
  [
    'ja: "営業部長 木村 大輔の秘書をしております" (the boss named before の秘書, not copied): the boss is the lead',
    inbound(
      "森 由香 <mori@aozora-butsuryu.example>",
      "倉庫見学のお願い",
      "ご担当者様\n\n青空物流株式会社 営業部長 木村 大輔の秘書をしております森と申します。\n倉庫の見学をお願いしたく、ご連絡いたしました。\n\n森 由香\n青空物流株式会社\n",
    ),
    { name: "木村 大輔", company: "青空物流株式会社" },
    ["email"],
  ],
  [
    'en note: "follow up with him rather than Jo" sets Jo aside though she is the one who wrote',
    note(
      "Jo is Sam Reyes's assistant - he's the one who decides, so follow up with him rather than Jo.",
      "From: Jo Marsh <jo@reyes-marine.example>\nDate: Tue, 10 Mar 2026 09:00\nSubject: Moorings\nTo: Owner Person <owner@owner-co.example.com>\nCc: Sam Reyes <sam@reyes-marine.example>\n\nHello, we need a quote for 12 moorings.\n\nJo",
    ),
    { name: "Sam Reyes", email: "sam@reyes-marine.example" },
    [],
  ],
  [
    'en reply-all: "X handed this over to Y, she decides (not X)": the pronoun is the one named nearest, copied only',
    note(
      "See below. Glen just handed this to Rosa, she's the decision maker now, so follow up with her (not Glen).",
      "From: Glen Pruitt <glen@tallowmill.example>\nDate: Tue, 10 Mar 2026 09:00\nSubject: Re: Quote\nTo: Owner Person <owner@owner-co.example.com>\nCc: Rosa Imrie <rosa.imrie@tallowmill.example>\n\nAll -\n\nLooping in Rosa Imrie, our new Director of Purchasing. She owns this from here on.\nRosa's direct line is 614-555-0139.\n\nGlen",
    ),
    {
      name: "Rosa Imrie",
      email: "rosa.imrie@tallowmill.example",
      phone: "+16145550139",
      title: "Director of Purchasing",
    },
    ["company"],
  ],
  [
    'nl: "Joost heeft Lieke toegevoegd en zij beslist nu … niet meer met Joost": "en" ends the clause, "niet meer met" sets aside',
    note(
      "Joost heeft Lieke toegevoegd en zij beslist nu. Graag verder met haar, niet meer met Joost.",
      "Van: Joost Bakker <joost@zeilmakerij.example>\nVerzonden: dinsdag 10 maart 2026 09:00\nAan: Owner Person <owner@owner-co.example.com>\nCC: Lieke Mulder <lieke@zeilmakerij.example>\nOnderwerp: RE: Offerte\n\nAllen,\n\nIk zet Lieke Mulder erbij, onze nieuwe inkoper.\n\nJoost",
    ),
    { name: "Lieke Mulder", email: "lieke@zeilmakerij.example" },
    [],
  ],
  [
    'en marketplace: "From: X" with a name only (no address) names who wrote in; the notice\'s sender is not the lead',
    inbound(
      "PartyPlanr <notifications@partyplanr.example>",
      "New inquiry",
      "You have a new inquiry!\n\nFrom: Keisha Bell\nEvent date: June 6, 2026\nPhone: (302) 555-0171\nEmail: keisha.bell@inboxly.example\n\nMessage: My sister Dana and I would love a tasting.\n",
    ),
    { name: "Keisha Bell", email: "keisha.bell@inboxly.example", phone: "+13025550171" },
    [],
  ],
  [
    'pl: a site\'s "Formularz kontaktowy" mail attached by a colleague is a form (its sender and subject in Polish)',
    attachedForm(
      "Formularz kontaktowy <kontakt@owner-co.example.com>",
      "Nowe zgloszenie z formularza",
      "Imi=C4=99 i nazwisko: Marek Zawada\nFirma: Zawada Meble Sp. z o.o.\nE-mail: marek@zawada-meble.example\nTelefon: 22 555 01 63\n",
    ),
    { name: "Marek Zawada", email: "marek@zawada-meble.example", source: "Website" },
    [],
  ],
  [
    "cs: \"Kontaktní formulář\" as the sender's name marks the site's form, not a person",
    inbound(
      "Kontaktní formulář <info@zahrady-novak.example>",
      "Nová zpráva",
      "Jméno: Petra Dvořáková\nE-mail: petra.dvorakova@posta.example\nZpráva: Prosím o cenovou nabídku.\n",
    ),
    { name: "Petra Dvořáková", email: "petra.dvorakova@posta.example", source: "Website" },
    [],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind who6 set", () => {
  test.each(cases)("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
