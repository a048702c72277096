// The general causes behind the blind "who10" set's misses (mail a small business really gets), in fresh wordings.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 16 Jun 2026 10:40:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (
  from: string,
  body: string,
  to = "Owner Person <owner@owner-co.example.com>",
  subject = "Hello",
) => `From: ${from}\nDate: Mon, 15 Jun 2026 09:00\nSubject: ${subject}\nTo: ${to}\n\n${body}`;

/** A booking platform's notice: the guest it names, from its labelled fields; the platform is a system sender. */
const bookings: Case[] = [
  [
    'en: a restaurant platform\'s "reservations@" notice names the guest; it is no person to follow up',
    note(
      "Big table - call him",
      fwd(
        "DineSpot Reservations <reservations@dinespot.example>",
        "New reservation\n\nGuest: Marlon Pryce\nParty size: 12\nPhone: (415) 555-0161\nEmail: marlon.pryce@pryce-legal.example\n\nManage this reservation in DineSpot.",
      ),
    ),
    { name: "Marlon Pryce", email: "marlon.pryce@pryce-legal.example", phone: "+14155550161" },
    ["company"],
  ],
  [
    'nl: "Gastnaam" and "Telefoon" are the guest\'s name and number on a Dutch booking notice',
    note(
      "Nieuwe gast",
      fwd(
        "Kamerboek <noreply@kamerboek.example>",
        "Nieuwe boeking\n\nGastnaam: Femke Bakker\nAankomst: 3 juli\n\nTelefoon: +31 6 55501122\nE-mail: femke.b@gast.kamerboek.example",
      ),
    ),
    { name: "Femke Bakker", phone: "+31655501122", email: "femke.b@gast.kamerboek.example" },
    [],
  ],
];

/** A weekday written with its date ("maandag 6 juli"): the date names the day, not the next such weekday. */
const weekdayWithDate: Case[] = [
  [
    'nl: "Bellen maandag 6 juli" is 6 July, not the Monday after the note',
    note(
      "Bellen maandag 6 juli.",
      fwd("Joost Smit <joost@smit-bouw.example>", "Graag een offerte.\n\nJoost Smit"),
    ),
    { name: "Joost Smit", followUp: "2026-07-06" },
    [],
  ],
  [
    'fr: "rappeler lundi 13 juillet" is 13 July',
    note(
      "À rappeler lundi 13 juillet.",
      fwd("Inès Roy <ines@roy-deco.example>", "Bonjour,\n\nUn devis svp.\n\nInès Roy"),
    ),
    { name: "Inès Roy", followUp: "2026-07-13" },
    [],
  ],
];

/** A calendar invitation: the outside guest is the lead, never the organiser (a colleague, or an introducer). */
const invitations: Case[] = [
  [
    "en: a colleague's Google Calendar invitation: the outside guest from the guest list, with the number in the notes",
    inbound(
      "Priya Nair <priya@owner-co.example.com>",
      "Invitation: Walkthrough - Okafor kitchen @ Tue Jun 23, 2026 2pm - 3pm (EDT)",
      "You have been invited to the following event.\n\nWalkthrough - Okafor kitchen\nTuesday Jun 23, 2026 2pm - 3pm (EDT)\n\nDaniel's cell: 646-555-0128. Bring samples.\n\nOrganizer\nPriya Nair\npriya@owner-co.example.com\n\nGuests\nPriya Nair - organizer\nowner@owner-co.example.com\nDaniel Okafor\ndan.okafor@mailbox.example\n\nView all guest info\n\nInvitation from Google Calendar",
    ),
    { name: "Daniel Okafor", email: "dan.okafor@mailbox.example", phone: "+16465550128" },
    ["source", "title", "company"],
  ],
  [
    "fr: an outside agent's Outlook meeting request (Quand/Où) introduces the client whose address she writes",
    note(
      "Cliente de Sylvie.",
      fwd(
        "Sylvie Garnier <s.garnier@garnier-conseil.example>",
        "Quand : mardi 23 juin 2026 10:00-11:00\nOù : Atelier, 4 rue Haute, Nantes\n\nBonjour,\n\nJe vous propose ce créneau pour rencontrer Maëlle Tanguy, gérante de la Boulangerie Tanguy SARL.\n\nSon adresse : maelle@boulangerie-tanguy.example\n\nBien cordialement,\nSylvie Garnier\nCourtière – Garnier Conseil\nTél. 02 40 00 12 34",
      ),
    ),
    {
      name: "Maëlle Tanguy",
      email: "maelle@boulangerie-tanguy.example",
      title: "gérante",
      source: "Referral: Sylvie Garnier",
    },
    [],
  ],
];

/** A chat pasted into a mail: the outside speaker, or the person that speaker passes on ("her name is …"). */
const chats: Case[] = [
  [
    'en: a WhatsApp export in the owner\'s note: the friend passes on "her name is X" with her number; the friend referred',
    note(
      "From Omar - call her tomorrow.\n\n[14/06/26, 19:02:11] Omar Haddad: Hey! My cousin is opening a bakery\n[14/06/26, 19:02:40] Omar Haddad: Her name is Leila Haddad, here's her number\n[14/06/26, 19:02:55] Omar Haddad: 917-555-0133\n[14/06/26, 19:05:12] Owner Person: Thanks, will call!",
    ),
    { name: "Leila Haddad", phone: "+19175550133", followUp: "2026-06-17", source: "Referral: Omar Haddad" },
    ["email"],
  ],
  [
    "en: a LinkedIn conversation a colleague pasted: the other speaker, with the profile's title and company",
    inbound(
      "Dara Quinn <dara@owner-co.example.com>",
      "LinkedIn lead",
      "Pasting my chat with their ops lead. Follow up next Monday please.\n\nNoor Saleh · 2nd\nOperations Manager at Bayside Clinics\n\nNoor Saleh  10:02 AM\nHi Dara, we need new signage for three sites.\n\nDara Quinn  10:05 AM\nHappy to help - how can we reach you?\n\nNoor Saleh  10:09 AM\nnoor.saleh@baysideclinics.example or 312-555-0172\n\nDara Quinn\nSales | Owner Co\n312-555-0100",
    ),
    {
      name: "Noor Saleh",
      email: "noor.saleh@baysideclinics.example",
      phone: "+13125550172",
      title: "Operations Manager",
      company: "Bayside Clinics",
      followUp: "2026-06-22",
    },
    ["source"],
  ],
  [
    'cs: an SMS a friend forwards ("Od: +420 …", "tady X"): the texter named in it, the number it came from',
    note(
      "Zavolat zítra.",
      fwd(
        "Petr Novák <petr.novak@posta-mail.example>",
        "Ahoj,\n\nposílám ti SMS od známého.\n\n---\nOd: +420 603 555 021\nDobrý den, tady Karel Dušek, potřebuji novou střechu. Děkuji\n---\n\nPetr",
      ),
    ),
    { name: "Karel Dušek", phone: "+420603555021", source: "Referral: Petr Novák" },
    ["email"],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind who10 set", () => {
  test.each([...bookings, ...weekdayWithDate, ...invitations, ...chats])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
