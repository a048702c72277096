// A venue's booking desk or a company's request desk ("Reservations" <reservations@…>, anfragen@) signed by a person: that person.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";
import { inputOf } from "../../helpers/email-fixtures";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const CASES: Case[] = [
  [
    'en: "Reservations" is the desk, not a name — the coordinator who signs is the lead, at the desk\'s address',
    inbound(
      "Reservations <reservations@harbourlight-hotel.example>",
      "Wedding block for June",
      "Good morning,\n\nWe would like a quote for flowers for a wedding of 90 guests on 19 June.\n\nKind regards,\nTessa Morrow\nWedding Coordinator\nHarbourlight Hotel\nT: 613-555-0144\n",
    ),
    { name: "Tessa Morrow", email: "reservations@harbourlight-hotel.example", title: "Wedding Coordinator" },
  ],
  [
    'en: "Bookings" in the display name gives way to the signed name',
    inbound(
      "Bookings <bookings@pinecrest-lodge.example>",
      "Staff party catering",
      "Hi there,\n\nCould you cater our staff party on 20 January for 40 people?\n\nThanks,\nOwen Fairley\nPinecrest Lodge\n(705) 555-0118\n",
    ),
    { name: "Owen Fairley", email: "bookings@pinecrest-lodge.example" },
  ],
  [
    'es: "Reservas" <reservas@…> signed "Saludos, Lucía Prado" — Lucía',
    inbound(
      "Reservas <reservas@casona-del-rio.example>",
      "Presupuesto de flores",
      "Hola:\n\nNecesitamos centros de mesa para un evento el 14 de febrero.\n\nSaludos,\nLucía Prado\nCasona del Río\nTel. 613-555-0175\n",
    ),
    { name: "Lucía Prado", email: "reservas@casona-del-rio.example" },
  ],
  [
    'it: "Prenotazioni" <prenotazioni@…> signed "Cordiali saluti, Marco Bellini" — Marco',
    inbound(
      "Prenotazioni <prenotazioni@villa-olmo.example>",
      "Richiesta preventivo",
      "Buongiorno,\n\nvorremmo un preventivo per un pranzo aziendale di 30 persone.\n\nCordiali saluti,\nMarco Bellini\nVilla Olmo\nTel. 613-555-0166\n",
    ),
    { name: "Marco Bellini", email: "prenotazioni@villa-olmo.example" },
  ],
];

/** Form notices under the company's own name are no staffed desk: the form's fields say who the lead is. */
const NOTICES: [why: string, raw: string, expected: Partial<Lead>][] = [
  [
    "the site's own form notice (wordpress@ under the company's name) quotes the customer's sign-off: the form's person, with the form's phone",
    [
      "Delivered-To: owner@hollybrookjoinery.example",
      "Date: Mon, 15 Sep 2025 21:14:07 +0000",
      "To: Hollybrook Joinery <hello@hollybrookjoinery.example>",
      "From: Hollybrook Joinery <wordpress@hollybrookjoinery.example>",
      "Reply-To: Rosalind Achebe <rosalind.achebe@mailbox.example>",
      'Subject: Hollybrook Joinery "Built-in shelving"',
      "Content-Type: text/plain; charset=utf-8",
      "",
      "From: Rosalind Achebe <rosalind.achebe@mailbox.example>",
      "Subject: Built-in shelving",
      "",
      "Phone: 07700 900382",
      "Postcode: LS8 2QT",
      "",
      "Message Body:",
      "Hello,",
      "",
      "Could you build shelving into our study? Weekdays after 4pm are best.",
      "",
      "Many thanks,",
      "Rosalind",
      "",
      "--",
      "This e-mail was sent from a contact form on Hollybrook Joinery (https://hollybrookjoinery.example)",
      "",
    ].join("\r\n"),
    {
      name: "Rosalind Achebe",
      email: "rosalind.achebe@mailbox.example",
      phone: "+447700900382",
      source: "Website",
    },
  ],
];

describe("a booking desk's display name is not the lead's name", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
  test.each(NOTICES)("%s", async (_why, raw, expected) => {
    const { input, ctx } = await inputOf(raw);
    expectLeadOf(input, ctx, expected);
  });
});

/** A company's own request desk (anfragen@, zapytania@) signed by a person, when no notice in it names anyone. */
const REQUEST_DESKS: Case[] = [
  [
    "de: a buyer writing from her company's anfragen@ with no display name, signed under the sign-off — her, at that address",
    inbound(
      "anfragen@elbtal-moebel.example",
      "Anfrage Catering Messe",
      "Guten Tag,\n\nwir suchen ein Catering für unseren Messestand im März (ca. 60 Personen). Bitte senden Sie uns ein Angebot.\n\nMit freundlichen Grüßen\nJana Vogt\nEinkauf\nElbtal Möbel GmbH\nTel. +49 351 5550 1234\n",
    ),
    { name: "Jana Vogt", email: "anfragen@elbtal-moebel.example" },
  ],
  [
    "pl: an office manager writing from zapytania@ signed with her name and role — her",
    inbound(
      "Biuro <zapytania@drewmet.example>",
      "Zapytanie ofertowe",
      "Dzień dobry,\n\nprosimy o ofertę na obsługę cateringową spotkania firmowego dla 40 osób.\n\nPozdrawiam,\nKatarzyna Wróbel\nKierownik biura\nDrewmet Sp. z o.o.\n",
    ),
    { name: "Katarzyna Wróbel", email: "zapytania@drewmet.example" },
  ],
  [
    "a marketplace's notice from anfragen@ that names the customer in its fields stays a notice: the customer, not the platform's team",
    inbound(
      "Handwerkerportal <anfragen@handwerkerportal.example>",
      "Neue Anfrage: Küchenmontage",
      "Sie haben eine neue Anfrage erhalten.\n\nName: Tobias Keller\nE-Mail: tobias.keller@mailbox.example\nTelefon: 0151 5550 4321\nAuftrag: Küchenmontage in Dresden\n\nViele Grüße\nIhr Team von Handwerkerportal\n",
    ),
    { name: "Tobias Keller", email: "tobias.keller@mailbox.example" },
  ],
];

describe("a person writing from their company's request desk", () => {
  test.each(REQUEST_DESKS)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
});
