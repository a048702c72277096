// The blind "who12" set's causes, in fresh wordings: notices that name the lead (directories, marketplaces, voicemail, event platforms).
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 16 Jun 2026 10:40:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** "No reply" written in the mailbox's own language: a system sender, so the form's person is the lead. */
const noReplyWords: Case[] = [
  [
    'de: a directory\'s "nicht-antworten@" notice is a system sender; the enquirer in its fields is the lead',
    inbound(
      "Handwerkerverzeichnis <nicht-antworten@verzeichnis-hw.example>",
      "Neue Anfrage über Ihr Profil",
      "Guten Tag,\n\nSie haben eine neue Anfrage erhalten.\n\nName: Jonas Weber\nE-Mail: j.weber@postfach.example\nTelefon: +49 30 23125 417\n\nNachricht: Bitte um ein Angebot für eine Dachrinne.\n\nIhr Verzeichnis-Team",
    ),
    {
      name: "Jonas Weber",
      email: "j.weber@postfach.example",
      phone: "+493023125417",
    },
    [],
  ],
  [
    'es: "no-responder@" on a marketplace notice is no person; the client named in its fields is',
    inbound(
      "Reformas Ya <no-responder@reformasya.example>",
      "Tienes una nueva solicitud",
      "Hola,\n\nUn cliente ha pedido presupuesto.\n\nNombre: Marta Ibáñez\nCorreo: marta.ibanez@buzon.example\nTeléfono: (415) 555-0148\n\nGestiona tus solicitudes en la app.",
    ),
    { name: "Marta Ibáñez", email: "marta.ibanez@buzon.example" },
    [],
  ],
];

/** A platform's subject shortens the surname ("Morgan F.") and appends the business; the text writes the name in full. */
const shortenedNames: Case[] = [
  [
    'en: "New lead from Dwayne R. | Rollins Roofing" with "Dwayne Rollins" in the text: the full name, and the phone field',
    inbound(
      "QuoteHub <alerts@quotehub.example>",
      "New lead from Dwayne R. | Rollins Roofing",
      "QuoteHub\n\nDwayne Rollins needs a roof inspection in Salem.\n\nPhone: (503) 555-0121\n\nOpen the QuoteHub app to respond.",
    ),
    { name: "Dwayne Rollins", phone: "+15035550121" },
    [],
  ],
  [
    'nl: "Nieuw bericht van Sanne V. - Schilderwerk" with "Sanne Visser" below gives Sanne Visser',
    inbound(
      "Klusplein <notificaties@klusplein.example>",
      "Nieuw bericht van Sanne V. - Schilderwerk",
      "Hallo,\n\nSanne Visser heeft een vraag over schilderwerk binnen.\n\nTelefoon: +31 20 555 0163\n\nBeantwoord via de app.",
    ),
    { name: "Sanne Visser" },
    [],
  ],
];

/** A Dutch caller names themselves with "met" ("Goedemiddag, met …"), the name keeping its particles. */
const dutchCallers: Case[] = [
  [
    'nl: "Goedemorgen, met Sanne van Dijk van Schildersbedrijf Van Dijk" in a voicemail transcript',
    inbound(
      "Voicemail <voicemail@telecom.example>",
      "Nieuwe voicemail van +31 20 555 0188",
      "Nieuw voicemailbericht\n\nBeller: +31 20 555 0188\n\nTranscriptie:\nGoedemorgen, met Sanne van Dijk van Schildersbedrijf Van Dijk. Ik wil graag een offerte voor een dakkapel. Bel me terug alstublieft.",
    ),
    {
      name: "Sanne van Dijk",
      company: "Schildersbedrijf Van Dijk",
      phone: "+31205550188",
    },
    [],
  ],
  [
    'nl: "U spreekt met Kees Jansen" with no company: the caller alone',
    inbound(
      "Telefooncentrale <no-reply@centrale.example>",
      "Gemiste oproep met bericht",
      'Bericht van 06 5550 1234:\n\n"Ja hallo, u spreekt met Kees Jansen, ik bel over de verbouwing. Graag terugbellen."',
    ),
    { name: "Kees Jansen" },
    ["company"],
  ],
];

/** An event platform's registration notice: its event kind is the source (never "Website"). */
const registrations: Case[] = [
  [
    'en: "New registration: Tax basics for sole traders (webinar)" gives source Webinar and the attendee',
    inbound(
      "EventNest <noreply@eventnest.example>",
      "New registration: Tax basics for sole traders (webinar)",
      "Someone registered for your event.\n\nName: Priya Raman\nEmail: priya.raman@raman-design.example\nCompany: Raman Design\n\nManage attendees in your dashboard.",
    ),
    {
      name: "Priya Raman",
      email: "priya.raman@raman-design.example",
      source: "Webinar",
    },
    [],
  ],
  [
    'de: "Neue Anmeldung: Konferenz Holzbau 2027" gives source Conference, with the event\'s name',
    inbound(
      "Tagungsportal <keine-antwort@tagungsportal.example>",
      "Neue Anmeldung: Konferenz Holzbau 2027",
      "Neue Anmeldung für Ihre Veranstaltung.\n\nName: Stefan Huber\nE-Mail: s.huber@huber-holz.example\nFirma: Huber Holzbau GmbH",
    ),
    { name: "Stefan Huber", source: "Conference: Holzbau 2027" },
    [],
  ],
];

describe("Notices that name the lead (directories, marketplaces, voicemail, event platforms) (blind who12 set's causes)", () => {
  test.each([...noReplyWords, ...shortenedNames, ...dutchCallers, ...registrations])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
