// The blind "business12" set's person causes, in fresh wordings: credentials, desk display names, tenant portals.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";
import { normalizeName } from "../../../src/core/contact/name";

const { inbound } = ownerInbox("Tue, 15 Dec 2026 10:20:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** Letters a table does not know, listed after known ones ("BEng CEng MIEI"), are credentials too. */
const credentialRuns: Case[] = [
  [
    'en-IE: "Niall Dempsey BSc CEng MIEI" (Engineers Ireland after two known letters): the name alone',
    inbound(
      "Niall Dempsey <niall@dempsey-civils.example>",
      "Drainage quote",
      "Hi,\n\nPlease price the attached drainage run.\n\nNiall Dempsey BSc CEng MIEI\nProject Engineer\nDempsey Civils Ltd\n",
    ),
    { name: "Niall Dempsey", title: "Project Engineer" },
    [],
  ],
  [
    'en-GB: "Dr Ruth Kendal MBBS MRCP FHEA" with no display name: the name alone',
    inbound(
      "r.kendal@eastmere-clinic.example",
      "Room hire",
      "Hello,\n\nCould we hire your hall for a teaching day?\n\nBest wishes\n\nDr Ruth Kendal MBBS MRCP FHEA\nClinical Tutor\nEastmere Clinic\n",
    ),
    { name: "Ruth Kendal", title: "Clinical Tutor" },
    [],
  ],
];

describe("credential runs in a name", () => {
  test.each([
    ["Niall Dempsey BSc CEng MIEI", "Niall Dempsey"],
    ["Ruth Kendal MBBS MRCP FHEA", "Ruth Kendal"],
    // a surname in capitals before a known credential is no credential
    ["Maria Luisa ROSSI MBA", "Maria Luisa Rossi"],
    ["Jean-Baptiste MOREAU", "Jean-Baptiste Moreau"],
  ])("%s -> %s", (raw, name) => expect(normalizeName(raw)).toBe(name));
});

/** A department's mailbox shown as "Department | Organisation", signed under a two-language sign-off. */
const deskDisplay: Case[] = [
  [
    'da: "Indkøb | Norderå Kommune" over "Med venlig hilsen / Best regards": the signed person, not the unit line',
    inbound(
      "Indkøb | Norderå Kommune <indkob@norderaa-kommune.example>",
      "Tilbud på rengøring",
      "Kære leverandør\n\nVi indhenter tilbud på vinduespudsning.\n\nMed venlig hilsen / Best regards\n\nKirsten Holm\nIndkøbskonsulent\nCenter for Økonomi og Indkøb\nNorderå Kommune · Torvet 2 · 5550 Norderå\nE-mail: kiho@norderaa-kommune.example\n",
    ),
    { name: "Kirsten Holm", email: "kiho@norderaa-kommune.example" },
    [],
  ],
  [
    'de: "Einkauf | Stadtwerke Lindenau" over "Mit freundlichen Grüßen / Kind regards": the signed person',
    inbound(
      "Einkauf | Stadtwerke Lindenau <einkauf@stadtwerke-lindenau.example>",
      "Anfrage Wartung",
      "Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns ein Angebot.\n\nMit freundlichen Grüßen / Kind regards\n\nJörg Albers\nSachbearbeiter Einkauf\nStadtwerke Lindenau GmbH\nE-Mail: j.albers@stadtwerke-lindenau.example\n",
    ),
    { name: "Jörg Albers", email: "j.albers@stadtwerke-lindenau.example" },
    [],
  ],
];

/** A property manager's tenant portal passes on a tenant's repair request: the tenant is the lead. */
const tenantPortal: Case[] = [
  [
    'es: "Inquilino:", "Teléfono de contacto:", "Correo del inquilino:" from a no-reply portal',
    inbound(
      "Portal Inquilinos · Fincas Albor <no-responder@avisos.fincasalbor.example>",
      "[FA-555] Solicitud de mantenimiento",
      'Nueva solicitud de mantenimiento.\n\nReferencia: FA-555\nInquilino: Rocío Medina Gil\nTeléfono de contacto: 655 501 212\nCorreo del inquilino: rocio.medina@correo.example\n\nMensaje del inquilino:\n"La persiana del salón no sube."\n',
      { replyTo: "rocio.medina@correo.example" },
    ),
    { name: "Rocío Medina Gil", email: "rocio.medina@correo.example" },
    [],
  ],
  [
    'fr: "Locataire :", "Téléphone de contact :" from a no-reply portal',
    inbound(
      "Espace locataires <ne-pas-repondre@gestion-lys.example>",
      "Demande d'intervention",
      "Une nouvelle demande a été déposée.\n\nLocataire : Hélène Garnier\nTéléphone de contact : 06 39 98 55 01\nCourriel du locataire : helene.garnier@courriel.example\n",
    ),
    { name: "Hélène Garnier", email: "helene.garnier@courriel.example" },
    [],
  ],
];

describe("business12 person causes", () => {
  test.each([...credentialRuns, ...deskDisplay, ...tenantPortal])("%s", (_why, input, expected, absent) =>
    expectLeadOf(input, OWNER_CTX, expected, absent),
  );
});
