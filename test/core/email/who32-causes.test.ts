// The general causes behind the who-is-the-lead misses of the who32 set (mail through systems), in fresh wordings.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, forwardedMessage, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Wed, 9 Dec 2026 09:30:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A phone system's notice is known by its subject and call fields, whatever its sender: the caller is the lead. */
const phoneNotices: Case[] = [
  [
    'en: a cloud PBX under its brand ("Dialtone Cloud <service@…>") — the caller in the transcript, not the brand',
    inbound(
      "Dialtone Cloud <service@dialtone.example>",
      "New voicemail from WIRELESS CALLER (312) 555-0166",
      "You received a new voicemail.\n\nFrom: WIRELESS CALLER (312) 555-0166\nDuration: 0:37\nTo: Main Line (312) 555-0100\n\nTranscript:\nHey, this is Priya Natarajan from Lakeview Dental, we need the waiting room repainted. Call me at 312-555-0177. Thanks.\n",
    ),
    { name: "Priya Natarajan", company: "Lakeview Dental", phone: "+13125550177" },
    ["email"],
  ],
  [
    "fr: Teams voicemail sent from the owner's own mailbox — the caller, not the owner",
    inbound(
      `+33 1 99 00 12 34 <owner@owner-co.example.com>`,
      "Message vocal de +33 1 99 00 12 34 (41 secondes)",
      "Message vocal de +33 1 99 00 12 34\n\nDurée : 00:41\n\nTranscription\n\nBonjour, ici Julien Marchand de Boulangerie Marchand, pouvez-vous me rappeler sur mon portable au 06 39 98 00 11 ? Merci.\n",
    ),
    { name: "Julien Marchand", company: "Boulangerie Marchand" },
    ["email"],
  ],
  [
    'en: an SMS gateway ("sms-notify@") with a text typed in haste ("its Dom from …") — Dom and the sender\'s number',
    inbound(
      "TextLine Business <sms-notify@textline.example>",
      "New text message from +1 604 555 0139",
      "New text message\n\nFrom: +1 604 555 0139\nTo: +1 604 555 0100 (Main line)\n\nMessage:\nhey its Dom from Harbour Glass, can u call me about the shopfront job\n",
    ),
    { name: "Dom", company: "Harbour Glass", phone: "+16045550139" },
    ["email"],
  ],
  [
    'en: a person\'s own mail titled "Missed call" with no call fields — still the person who wrote',
    inbound(
      "Greta Holm <greta.holm@holmfarms.example>",
      "Missed call",
      "Hi, sorry I missed your call this morning. Tomorrow after 2 works for me.\n\nGreta Holm\nHolm Farms\n",
    ),
    { name: "Greta Holm", email: "greta.holm@holmfarms.example" },
    [],
  ],
];

/** A voicemail left by an assistant for their boss: the boss, who is to be called back. */
const assistantsVoicemail: Case[] = [
  [
    'de: "Assistentin von Herrn Dr. X von der Y" — X and Y, not the assistant who speaks',
    inbound(
      "Telefonanlage <voicemail@pbx.example>",
      "Neue Sprachnachricht von 0301234567",
      "Anrufer: 0301234567\nDauer: 00:40\n\nTranskription:\nGuten Tag, hier ist Lena Roth, Assistentin von Herrn Dr. Markus Feld von der Feld Logistik. Er bittet um Rückruf.\n",
    ),
    { name: "Markus Feld", company: "Feld Logistik" },
    ["email"],
  ],
  [
    'en: "calling on behalf of Mr X of Y" — X',
    inbound(
      "Voicemail <voicemail@phones.example>",
      "Voicemail from (415) 555-0190",
      "Caller: (415) 555-0190\nLength: 0:22\n\nTranscription: Hi, my name is Amy Cho, I'm calling on behalf of Mr Robert Vance of Vance Capital. Please call him back.\n",
    ),
    { name: "Robert Vance", company: "Vance Capital" },
    ["email"],
  ],
];

/** A missed call that left no message, forwarded under the owner's note naming the caller. */
const missedCallNamedInNote: Case[] = [
  [
    'en: "It was Tom Okafor from Okafor Builds" over a missed call — Tom, at the notice\'s number',
    note(
      "It was Tom Okafor from Okafor Builds, call him Friday.",
      forwardedMessage(
        "Tue, 8 Dec 2026 16:02:00 -0500",
        "CallDesk <avisos@calldesk.example>",
        "Missed call notice\n\nCaller: +1 416 555 0142\nCalled number: 416 555 0100 (Main)\nRing time: 20 s\nNo message was left.\n",
        { subject: "Missed call from +1 416 555 0142" },
      ),
      "Fwd: Missed call from +1 416 555 0142",
    ),
    { name: "Tom Okafor", company: "Okafor Builds", phone: "+14165550142" },
    ["email"],
  ],
];

/** A chat widget's "Visitor #…" label is no name: the name the visitor types in their own turns. */
const anonymousVisitors: Case[] = [
  [
    'en: "Visitor: Guest 2290" with "[14:02] Guest 2290: …" turns — the name, address and title they give',
    inbound(
      "ChatNest <transcripts@chatnest.example>",
      "New chat on your website",
      "Visitor: Guest 2290\nPage: https://owner-co.example.com/services\n\n[14:01] Guest 2290: hello, I'm the practice manager at Birchwood Vets\n[14:01] Sam (Owner Co): Hi! Can I get your name and email?\n[14:02] Guest 2290: Hannah Price, hannah@birchwoodvets.example\n",
    ),
    { name: "Hannah Price", email: "hannah@birchwoodvets.example", title: "practice manager" },
    [],
  ],
  [
    'de: "Besucher #5120" who never gives a name — nobody, not the label',
    inbound(
      "Chat Widget <chat-noreply@widget.example>",
      "Chatverlauf mit Besucher #5120",
      "Besucher: Besucher #5120\n\n(10:12) Besucher #5120: Was kostet eine Wartung?\n(10:13) Jana (Owner Co): Ab 89 Euro.\n",
    ),
    {},
    ["name"],
  ],
];

/** Dutch CRM notices: "Mevr."/"Dhr." before the name, the title under "Functie". */
const crmLabels: Case[] = [
  [
    'nl: "Naam: Dhr. ing. Koen Smit" and "Functie: Inkoper" — the clean name and the title',
    inbound(
      "CRM <noreply@crm.example>",
      "Lead Koen Smit is aan u toegewezen",
      "Naam: Dhr. ing. Koen Smit\nFunctie: Inkoper\nBedrijf: Smit Metaal B.V.\nE-mail: koen@smitmetaal.example\n",
    ),
    { name: "Koen Smit", title: "Inkoper", company: "Smit Metaal B.V." },
    [],
  ],
];

/** Booking tools and marketplaces label the person by role; form builders ask for "first and last name". */
const roleLabels: Case[] = [
  [
    'es: a clinic booking tool\'s "Paciente:" row — the patient, not the practitioner',
    inbound(
      "Agenda Salud <no-reply@agendasalud.example>",
      "Nueva cita: lunes 14 de diciembre",
      "Nueva cita\n\nProfesional: Dra. Marta Ibáñez\nPaciente: Carlos Ruiz Peña\nTeléfono: 612 555 014\nEmail: carlos.ruiz@correo.example\n",
    ),
    { name: "Carlos Ruiz Peña", email: "carlos.ruiz@correo.example" },
    [],
  ],
  [
    'pt: a restaurant booking\'s "Hóspede:" row — the guest',
    inbound(
      "Reservas <reservations@mesa.example>",
      "Nova reserva: 8 pessoas",
      "Nova reserva\n\nHóspede: Inês Valente\nEmail: ines.valente@correio.example\nPessoas: 8\n",
    ),
    { name: "Inês Valente", email: "ines.valente@correio.example" },
    [],
  ],
  [
    'fr: "Prénom et nom:" and "Portable:" in a form notice — the name and the mobile',
    inbound(
      "Formulaires <forms-noreply@formbuilder.example>",
      "Nouvelle réponse au formulaire",
      "Prénom et nom : Léa Fontaine\nE-mail : lea.fontaine@courriel.example\nPortable : +33 6 39 98 01 23\n",
    ),
    { name: "Léa Fontaine", phone: "+33639980123" },
    [],
  ],
  [
    'de: a job marketplace ("auftraege@") with "Auftraggeber: Jana K." and no contact — Jana K., not the platform',
    inbound(
      "HandwerkPortal <auftraege@handwerkportal.example>",
      "Neuer Auftrag in Ihrer Nähe: Bad fliesen",
      "Neuer Auftrag\n\nOrt: 50667 Köln\nAuftraggeber: Jana K. (privat)\n\nFragen? Rufen Sie uns an: 0221 555 0100\n\nIhr HandwerkPortal-Team\nHandwerkPortal GmbH\n",
    ),
    { name: "Jana K." },
    ["email", "phone", "company"],
  ],
];

describe("who the lead is in the causes of the who32 set", () => {
  test.each([
    ...phoneNotices,
    ...assistantsVoicemail,
    ...missedCallNamedInNote,
    ...anonymousVisitors,
    ...crmLabels,
    ...roleLabels,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("who32 fixtures fixed by these causes", [
  ["cloud PBX voicemail under its brand name (en-CA)", "emails-who32/hs20-inbound-none"],
  ["Teams voicemail from the owner's own mailbox (fr)", "emails-who32/hs22-inbound-none-fr"],
  ["SMS-to-e-mail gateway, first name and company only (en-AU)", "emails-who32/hs23-inbound-none"],
  ["missed call named in the owner's note (es)", "emails-who32/hs24-note-gmail-es"],
  ["secretary's voicemail for her boss (it)", "emails-who32/hs25-inbound-none-it"],
  ["anonymous chat visitor who gives their name (en-NZ)", "emails-who32/hs26-inbound-none"],
  [
    'Google-Forms notice with "Nome e cognome" forwarded by a colleague (it)',
    "emails-who32/hs09-inbound-gmail-it",
  ],
  ['Doctolib-style "Patient :" booking (fr)', "emails-who32/hs14-inbound-none-fr"],
  ['MyHammer-style job with "Auftraggeber" and contact hidden (de)', "emails-who32/hs18-inbound-none-de"],
]);
