// The general causes behind the who-is-the-lead misses of the who31 set, in fresh wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 14 Apr 2026 10:15:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** An assistant writes for their principal by honorific and surname only; the principal is copied in full. */
const surnameOnlyPrincipal: Case[] = [
  [
    'en: "on behalf of Mrs. Lindqvist" with "Ingrid Lindqvist" copied — the copied principal, not the assistant',
    inbound(
      "Tom Harper <tharper@lindqvist-law.example>",
      "Office move",
      "Hello,\n\nI'm writing on behalf of Mrs. Lindqvist (copied), who would like a quote for moving our office in June.\n\nRegards,\nTom Harper\nOffice Coordinator\nLindqvist Law Group\n",
      { cc: "Ingrid Lindqvist <ingrid@lindqvist-law.example>" },
    ),
    { name: "Ingrid Lindqvist", email: "ingrid@lindqvist-law.example", company: "Lindqvist Law Group" },
    [],
  ],
  [
    'de: "im Auftrag von Herrn Dr. Vogt" with "Dr. Matthias Vogt" copied — Vogt',
    inbound(
      "Sekretariat Vogt <sekretariat@vogt-praxis.example>",
      "Anfrage Praxisumbau",
      "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Vogt (in Kopie) bitte ich um ein Angebot für den Umbau des Wartezimmers.\n\nMit freundlichen Grüßen\nPetra Lang\n",
      { cc: '"Dr. Matthias Vogt" <m.vogt@vogt-praxis.example>' },
    ),
    { name: "Matthias Vogt", email: "m.vogt@vogt-praxis.example" },
    [],
  ],
];

/**
 * A practice manager names "our Director, Mr X FRCS" and gives his address and number: X (post-nominal letters after
 * the name are no longer capitalised run), the writer's own principal — no referral, his number from the text.
 */
const ownPrincipalInProse: Case[] = [
  [
    'en: a forwarded practice manager\'s mail, "our Clinical Director, Mr X FRCOphth … contact him directly:" — his number',
    inbound(
      "Front Desk | Owner Co <desk@owner-co.example.com>",
      "FW: Fit-out enquiry",
      "Owner, this one came in on Saturday. Sam\n\n-----Original Message-----\nFrom: Gail Porter <office@hartiganeye.example>\nSent: 11 April 2026 16:52\nTo: info@owner-co.example.com\nSubject: Fit-out enquiry\n\n" +
        "Dear Sir/Madam,\n\nI'm the practice manager at the Hartigan Eye Clinic. We are moving into new rooms on Ashby Road in June and our Clinical Director, Mr Declan Hartigan FRCOphth, would like to discuss the fit-out of the waiting area.\n\nHe has asked that you contact him directly rather than going through me as he wants to choose the finishes himself:\ndeclan.hartigan@hartiganeye.example\n07700 900318\n\nMany thanks,\nGail\n\nGail Porter\nPractice Manager\nHartigan Eye Clinic\nTel: 0161 496 0552\n",
    ),
    {
      name: "Declan Hartigan",
      email: "declan.hartigan@hartiganeye.example",
      phone: "+447700900318",
      title: "Clinical Director",
    },
    ["source"],
  ],
];

/** A relative writing for a parent, the reader sent to the parent by the relation word again, with a number. */
const kinNamedAgain: Case[] = [
  [
    'fr: "j\'écris pour ma mère, Odile Marchal … appelez ma mère au 06 …" — Odile, her number, not the son',
    inbound(
      "Luc Marchal <luc.marchal@webmail.example>",
      "Entretien du jardin",
      "Bonjour,\n\nJ'écris pour ma mère, Odile Marchal, qui habite à Annecy et cherche quelqu'un pour tailler ses haies. Je vis à l'étranger, donc appelez ma mère directement au 06 39 98 21 07, elle est là le matin.\n\nMerci\nLuc\n",
    ),
    { name: "Odile Marchal", phone: "+33639982107" },
    ["email"],
  ],
  [
    'en: "for my father, Walter Greene … please call my father on …" — Walter, no address of his own',
    inbound(
      "Amy Greene <amyg@mailbox.example>",
      "Gutter cleaning",
      "Hi,\n\nI'm writing for my father, Walter Greene, who lives on Oak Street and needs his gutters cleared. I'm away a lot, so please call my father on (614) 555-0142 to set a time.\n\nThanks,\nAmy\n",
    ),
    { name: "Walter Greene", phone: "+16145550142" },
    ["email"],
  ],
];

/** The principal is copied under a shorter display name than the text writes ("mamma", a familiar relation word). */
const fullerWrittenName: Case[] = [
  [
    'es: "en nombre de mi mamá, Ana Lucía Robles (en copia)" with "Ana Lucía" copied — the name as written',
    inbound(
      "Sofía Robles <sofia.robles@correo.example>",
      "Presupuesto baño",
      "Hola,\n\nLes escribo en nombre de mi mamá, Ana Lucía Robles (en copia), que quiere reformar el baño. Llámenla al 55 5555 0163, por favor.\n\nGracias\nSofía\n",
      { cc: "Ana Lucía <analucia.r@correo.example>" },
    ),
    { name: "Ana Lucía Robles", email: "analucia.r@correo.example" },
    [],
  ],
];

/** An introduction whose subject names the copied person by surname, the text greeting them by a short first name. */
const introSubjectSurname: Case[] = [
  [
    'en: "Intro - Becky Lawson / Priya" with "Lawson, Rebecca" copied — Rebecca, not the introducer',
    inbound(
      "Nolan, Chris <chris.nolan@nolan-advisory.example>",
      "Intro - Becky Lawson / Owner",
      "Morning Owner, Becky,\n\nBecky runs operations at Fairway Dental and is looking for a new cleaning contractor. Dana from my team is cc'd with the floor plans. Becky is best on (416) 555-0177.\n\nCheers\nChris\n",
      {
        cc: "Lawson, Rebecca <rlawson@fairwaydental.example>, Ortiz, Dana <dana.ortiz@nolan-advisory.example>",
      },
    ),
    { name: "Rebecca Lawson", email: "rlawson@fairwaydental.example", source: "Referral: Chris Nolan" },
    [],
  ],
];

/** The lead's own newest text gives a new number that replaces the one in their signature. */
const newNumberInText: Case[] = [
  [
    'en: "new cell btw - (613) …" over a signature "C (613) …" — the new one',
    inbound(
      "Bec Lawton <bec.lawton@mailbox.example>",
      "Re: Deck quote",
      "Hi, all good, go ahead with the spotted gum.\n\nAlso new cell btw - (613) 555-0142. The old one below no longer works.\n\nBec\n\nRebecca Lawton\nLawton Dental\nC (613) 555-0177\n",
    ),
    { phone: "+16135550142" },
    [],
  ],
  [
    'de: "ich habe eine neue Handynummer: 0151 …" over the signature\'s "Mobil" — the new one',
    inbound(
      "Jonas Albrecht <j.albrecht@albrecht-bau.example>",
      "AW: Angebot Fassade",
      "Hallo,\n\ndas Angebot passt. Ich habe übrigens eine neue Handynummer: 0151 5550 2281.\n\nGruß\nJonas Albrecht\nAlbrecht Bau GmbH\nMobil 0151 5550 1177\n",
    ),
    { phone: "+4915155502281" },
    [],
  ],
];

/** A maiden name in brackets after the signed name ("(née X)", de "(geb. X)") is no part of it. */
const maidenName: Case[] = [
  [
    'en: header "Liz Carter", signed "Elizabeth Carter (née Doyle)" — the signed full name, no maiden name',
    inbound(
      "Liz Carter <liz.carter@harbourgolf.example>",
      "Clubhouse flooring",
      "Hello, could you quote for new flooring in our clubhouse bar?\n\nThanks\nLiz\n\nElizabeth Carter (née Doyle)\nGeneral Manager\nHarbour Golf Club\n(902) 555-0134\n",
    ),
    { name: "Elizabeth Carter", title: "General Manager" },
    [],
  ],
];

describe("who the lead is in the causes of the who31 set", () => {
  test.each([
    ...surnameOnlyPrincipal,
    ...ownPrincipalInProse,
    ...kinNamedAgain,
    ...fullerWrittenName,
    ...introSubjectSurname,
    ...newNumberInText,
    ...maidenName,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("who31 fixtures fixed by these causes", [
  ["executive assistant writes for Dr. Surname, copied (en-US)", "emails-who31/hr13-inbound-none"],
  ["practice manager names our Medical Director Mr X FRCS (en-GB)", "emails-who31/hr14-inbound-outlook"],
  ["daughter writes for her father, call my father (de)", "emails-who31/hr16-inbound-gmail-de"],
  ["daughter writes for mia mamma, copied by first names (it)", "emails-who31/hr20-inbound-none-it"],
  ["intro subject names the copied Last, First by surname (en-GB)", "emails-who31/hr12-intro-gmail"],
  ["signed name with (née …), new work phone in the text (en-CA)", "emails-who31/hr30-chain-gmail"],
]);
