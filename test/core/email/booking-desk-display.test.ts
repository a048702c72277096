// A venue's booking desk shown by its desk word ("Reservations" <reservations@…>) and signed by a person: that person.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

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

describe("a booking desk's display name is not the lead's name", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
});
