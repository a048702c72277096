// The field causes behind the blind "final5" set's misses (registry numbers, post-nominals, shared signatures, prose), in fresh wordings.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 10 Nov 2026 09:30:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, cc = "", subject = "Quote") =>
  forwardedMessage("Mon, 9 Nov 2026 09:00", from, body, { cc, subject });

/** A company or tax registry number under a signature is never the person's phone. */
const registries: Case[] = [
  [
    'en-AU: "ABN 21 345 678 901" (digits that also read as a US number) is no phone; the mobile in the text is',
    note(
      "",
      fwd(
        "Liam Hart <liam.hart@mailbox.example>",
        "G'day,\n\nChasing a quote for guttering. Best on my mobile 0491 570 110.\n\nCheers\nLiam Hart\nHart Plumbing Pty Ltd\nABN 21 345 678 901",
      ),
    ),
    { name: "Liam Hart", phone: "+61491570110" },
    [],
  ],
  [
    'it: "P.IVA 02135550123" before the "Tel." line is no phone (a Milan landline\'s digits)',
    note(
      "",
      fwd(
        "Marta Verdi <m.verdi@studioverdi.example>",
        "Buongiorno,\n\nvorremmo un preventivo.\n\nCordiali saluti\nMarta Verdi\nStudio Verdi S.r.l. - P.IVA 02135550123\nTel. +39 02 5555 0144",
      ),
    ),
    { name: "Marta Verdi", phone: "+390255550144" },
    [],
  ],
];

/** Letters after the name that a professional order gives (Québec, lower case) do not stop the signature. */
const postNominals: Case[] = [
  [
    'fr-CA: "Marc-André Roy, ing." then title, company and a cell',
    note(
      "",
      fwd(
        "Marc-André Roy <maroy@genie-laval.example>",
        "Bonjour,\n\nPourriez-vous nous envoyer une soumission?\n\nMerci,\nMarc-André Roy, ing.\nDirecteur de projets\nGénie Laval inc.\nCell. : 514 555-0177",
      ),
    ),
    {
      name: "Marc-André Roy",
      title: "Directeur de projets",
      company: "Génie Laval inc.",
      phone: "+15145550177",
    },
    [],
  ],
  [
    'fr-CA: "Julie Gagnon, arch." then title and company',
    note(
      "",
      fwd(
        "Julie Gagnon <jgagnon@atelier-gagnon.example>",
        "Bonjour,\n\nUne soumission svp.\n\nJulie Gagnon, arch.\nAssociée principale\nAtelier Gagnon Architectes\nTél. : 418 555-0133",
      ),
    ),
    { name: "Julie Gagnon", title: "Associée principale", company: "Atelier Gagnon Architectes" },
    [],
  ],
];

/** An invitation from an outside organiser who asked for the meeting: their signature, not the guest list. */
const invitations: Case[] = [
  [
    'de: a Google Kalender "hat Sie zu einem Termin eingeladen": the organiser\'s company, no "Organisator" title',
    inbound(
      "Petra Lang <p.lang@lang-hausverwaltung.example>",
      "Einladung: Besichtigung Hof - Di. 17. Nov. 2026 10:00",
      "Petra Lang hat Sie zu einem Termin eingeladen.\n\nBesichtigung Hof\n\nHallo,\n\nbitte klingeln.\n\nViele Grüße\nPetra Lang\nLang Hausverwaltung GmbH\nTel. 030 23125 360\n\nOrganisator\nPetra Lang\np.lang@lang-hausverwaltung.example\n\nGäste\nPetra Lang - Organisator\nOwner Person\n\nEinladung von Google Kalender",
    ),
    { name: "Petra Lang", company: "Lang Hausverwaltung GmbH" },
    ["title"],
  ],
  [
    'en: "You have been invited to the following event" from the organiser: no "Organizer" title from the list',
    inbound(
      "Ben Cole <ben@cole-dental.example>",
      "Invitation: Site visit @ Tue Nov 17, 2026 10am",
      "You have been invited to the following event.\n\nSite visit\n\nHi, see you then.\n\nBen Cole\nCole Dental Group\n\nOrganizer\nBen Cole\nben@cole-dental.example\n\nGuests\nBen Cole - organizer\nOwner Person\n\nInvitation from Google Calendar",
    ),
    { name: "Ben Cole", company: "Cole Dental Group" },
    ["title"],
  ],
];

/** Two people sign one block, a line each: the other person's line gives neither phone nor company. */
const sharedSignatures: Case[] = [
  [
    'en: "Mia Tran, Owner | 503-555-0121" over "Leo Park, Head Baker | 503-555-0129": Mia\'s number and the company',
    note(
      "",
      fwd(
        "Mia Tran <mia@rosebakery.example>",
        "Hi,\n\nWe need a quote for a walk-in cooler.\n\nThanks!\n\nMia Tran, Owner | 503-555-0121\nLeo Park, Head Baker | 503-555-0129\nRose Bakery · rosebakery.example",
        "Leo Park <leo@rosebakery.example>",
      ),
    ),
    { name: "Mia Tran", phone: "+15035550121", company: "Rose Bakery" },
    [],
  ],
  [
    'de: "Anna Berg, Geschäftsführerin | 030 23125 311" over "Paul Kern, Küchenchef | 030 23125 312"',
    note(
      "",
      fwd(
        "Anna Berg <anna@kantine-berg.example>",
        "Hallo,\n\nbitte ein Angebot.\n\nViele Grüße\n\nAnna Berg, Geschäftsführerin | 030 23125 311\nPaul Kern, Küchenchef | 030 23125 312\nKantine Berg GmbH",
        "Paul Kern <paul@kantine-berg.example>",
      ),
    ),
    { name: "Anna Berg", phone: "+493023125311", company: "Kantine Berg GmbH" },
    [],
  ],
];

/** What prose says: the business someone runs or owns, and a voicemail caller's company after a comma. */
const prose: Case[] = [
  [
    'fr: "Elle tient la boulangerie Le Pain des Halles": the whole name, particles included',
    note(
      "",
      fwd(
        "Hugo Marin <hugo@marin-conseil.example>",
        "Bonjour,\n\nJe vous mets en relation avec Claire Dumas (en copie). Elle tient la boulangerie Le Pain des Halles à Lyon.\n\nCordialement,\nHugo Marin",
        "Claire Dumas <claire@paindeshalles.example>",
      ),
    ),
    { name: "Claire Dumas", company: "Le Pain des Halles" },
    [],
  ],
  [
    'en: "I own Cedar Pilates on Main St": the sender\'s business from a free mailbox',
    note(
      "",
      fwd(
        "Nina Shaw <ninashaw77@mailbox.example>",
        "Hi! I own Cedar Pilates on Main St and we need new mirrors. Call me at 415 555 0166.\n\nNina",
      ),
    ),
    { name: "Nina Shaw", company: "Cedar Pilates" },
    [],
  ],
  [
    'es: a voicemail "habla Diego Ruiz, de Ruiz Construcciones": the company after the comma',
    inbound(
      "Buzón de voz <voicemail@voz-nube.example>",
      "Mensaje de voz nuevo",
      'Tiene un mensaje de voz nuevo.\n\nTranscripción:\n"Hola, habla Diego Ruiz, de Ruiz Construcciones. Necesito una cotización. Mi celular es el 415 555 0170. Gracias."',
    ),
    { name: "Diego Ruiz", company: "Ruiz Construcciones" },
    [],
  ],
  [
    'pt: a vCard pasted under the signature: its ORG, without the "ORG:" label',
    inbound(
      "Ana Lopes <ana@lopes-irmaos.example>",
      "Pedido de orçamento",
      "Boa tarde,\n\nGostaríamos de um orçamento.\n\nAna Lopes\n\nBEGIN:VCARD\nVERSION:3.0\nFN:Ana Lopes\nORG:Lopes & Irmãos, Lda.\nTITLE:Diretora\nEND:VCARD",
    ),
    { name: "Ana Lopes", company: "Lopes & Irmãos, Lda." },
    [],
  ],
];

describe("fields in the causes of the blind final5 set", () => {
  test.each([...registries, ...postNominals, ...invitations, ...sharedSignatures, ...prose])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
