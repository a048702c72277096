// The general causes behind the misses of the forwards18 set (forward layouts across clients and languages), in fresh
// wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { normalizeName } from "../../../src/core/contact/name";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
// A Wednesday.
const { inbound, note } = ownerInbox("Wed, 9 Sep 2026 13:30:00 +0000");
const COLLEAGUE = "Rui Tavares <rui@owner-co.example.com>";

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** Outlook's directory order "Last, First" with a two-word surname (es/pt double surnames, en-GB double-barrel). */
describe("a two-word surname before the comma is turned round", () => {
  test.each([
    ["es double surname", "García Lorca, Inés", "Inés García Lorca"],
    ["pt double surname, two given names", "Pereira Costa, Ana Luísa", "Ana Luísa Pereira Costa"],
    ["Welsh two-word surname", "Lloyd Jones, Sian", "Sian Lloyd Jones"],
    ["a name then a job title stays as written", "Jane Doe, Director", "Jane Doe, Director"],
    ["a name then a company word stays as written", "Jane Doe, Acme Group", "Jane Doe, Acme Group"],
  ])("%s: %s", (_why, raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});

const outlookHeaders: Case[] = [
  [
    'pt: Outlook "De: Pereira Costa, Ana Luísa [mailto:…]" forwarded by a colleague — turned round',
    inbound(
      COLLEAGUE,
      "ENC: Orçamento loja",
      "Segue o pedido.\n\nRui\n\n" +
        "De: Pereira Costa, Ana Luísa [mailto:apcosta@lojasbela.example]\nEnviada em: terça-feira, 8 de setembro de 2026 11:02\nPara: Owner Co <info@owner-co.example.com>\nAssunto: Orçamento loja\n\n" +
        "Bom dia,\n\nPrecisamos de um orçamento para a remodelação da loja.\n\nCumprimentos,\nAna Luísa Pereira Costa\nLojas Bela, Lda.\n",
    ),
    { name: "Ana Luísa Pereira Costa", email: "apcosta@lojasbela.example" },
    [],
  ],
  [
    'es: Outlook name-only "De: X" with no address anywhere — X, with the title and company they sign',
    inbound(
      COLLEAGUE,
      "RV: Reforma oficinas",
      "Te reenvío esto, no dejó correo ni teléfono.\n\nRui\n\n" +
        "De: Martina Ibáñez\nEnviado el: martes, 8 de septiembre de 2026 16:40\nPara: Owner Co\nAsunto: Reforma oficinas\n\n" +
        "Buenas tardes:\n\nQueremos reformar nuestras oficinas del centro.\n\nUn saludo,\n\nMartina Ibáñez\nDirectora de Operaciones\nGrupo Ébano Consultores, S.L.\nC/ Mayor 12, 28013 Madrid\n",
    ),
    { name: "Martina Ibáñez", title: "Directora de Operaciones", company: "Grupo Ébano Consultores, S.L." },
    ["email"],
  ],
];

/** The writer names the copied person who sent them ("X passed along your name"): X is the referrer, not the lead. */
const referrerCopied: Case[] = [
  [
    'en: Outlook for Mac, "Intro / …" subject, "Omar passed along your name", Omar copied — the writer',
    inbound(
      OWNER,
      "FW: Intro / office fit-out",
      "Referral from Omar Haddad at Haddad Law. Call her Friday.\n\nOwner\n\n" +
        `From: Ruth Adler <ruth@adlerdental.example>\nDate: Tuesday, September 8, 2026 at 5:02 PM\nTo: ${OWNER}\n` +
        "Cc: Omar Haddad <omar@haddadlaw.example>\nSubject: Intro / office fit-out\n\n" +
        "Hi Owner,\n\nOmar passed along your name - he said you fitted out his office. We are moving in November.\n\nBest,\nRuth\n\nDr. Ruth Adler\nAdler Dental\n",
    ),
    { name: "Ruth Adler", email: "ruth@adlerdental.example", followUp: "2026-09-11" },
    [],
  ],
  [
    'es: Outlook, "Presentación" subject, "Tomás Ruiz me pasó tu contacto", Tomás in CC — the writer',
    inbound(
      OWNER,
      "RV: Presentación / proyecto Gràcia",
      "Recomendada por Tomás Ruiz. Llamarla el lunes.\n\nOwner\n\n" +
        "De: Elena Vidal <elena@vidalarquitectos.example>\nEnviado el: martes, 8 de septiembre de 2026 12:00\n" +
        `Para: ${OWNER}\nCC: Tomás Ruiz <truiz@ruizasesores.example>\nAsunto: Presentación / proyecto Gràcia\n\n` +
        "Hola,\n\nTomás Ruiz me pasó tu contacto. Tenemos un proyecto en Gràcia y buscamos instalador.\n\nSaludos,\nElena Vidal\nVidal Arquitectos\n",
    ),
    { name: "Elena Vidal", email: "elena@vidalarquitectos.example", followUp: "2026-09-14" },
    [],
  ],
];

/** A shortened sign-off ("Abs", "Cdlt", "LG") over the writer's first name is no person's name. */
const shortSignOffs: Case[] = [
  [
    'pt-BR: a note signed "Abs,\\nMarcos" naming the lead — the lead, not "Abs"',
    note("Falei com Beatriz Lopes na feira ontem. Liga pra ela sexta.\n\nAbs,\nMarcos"),
    { name: "Beatriz Lopes" },
    ["company"],
  ],
  [
    'fr: a note signed "Cdlt,\\nLouise" naming the lead — the lead, not "Cdlt"',
    note("J'ai rencontré Hugo Marchand au salon hier, rappelle-le vendredi.\n\nCdlt,\nLouise"),
    { name: "Hugo Marchand" },
    ["company"],
  ],
];

/** The note typed under the forwarded text and above the forwarder's own signature (Thunderbird, Evolution). */
const noteUnderForward: Case[] = [
  [
    "en: Thunderbird forward, the note below the sender's signature, then the owner's own \"-- \" signature",
    inbound(
      OWNER,
      "Fwd: Warehouse lighting",
      "-------- Forwarded Message --------\nSubject: \tWarehouse lighting\nDate: \tTue, 8 Sep 2026 10:11:00 +0000\n" +
        "From: \tNoor Saleh <noor@brightdepot.example>\nTo: \towner@owner-co.example.com\n\n\n" +
        "Hello,\n\nWe need a quote for LED high-bays in our new warehouse.\n\nRegards,\nNoor\n\n--\nNoor Saleh\nFacilities Lead\nBright Depot Ltd\nm. 416-555-0163\n\n\n\n" +
        "Met her at the NordTech conference. Call her in two weeks.\n\n-- \nOwner Person\nOwner Co\n416-555-0100\n",
    ),
    { name: "Noor Saleh", followUp: "2026-09-23", source: "Conference: NordTech" },
    [],
  ],
];

/** No note above the forward: the forwarder wrote it into the subject ("Fwd: ring her Tue - expo lead"). */
const noteInSubject: Case[] = [
  [
    "en: Gmail forward with an empty note, the follow-up and the source in the subject",
    inbound(
      OWNER,
      "Fwd: ring her Tue - expo lead",
      "\n---------- Forwarded message ---------\nFrom: Hana Kim <hana@kimbakery.example>\nDate: Tue, 8 Sep 2026, 15:20\n" +
        "Subject: Oven servicing\nTo: <owner@owner-co.example.com>\n\nHi, please send a price for servicing two deck ovens.\n\nHana Kim\n",
    ),
    { name: "Hana Kim", followUp: "2026-09-15", source: "Trade show" },
    [],
  ],
  [
    "en: a subject that only repeats the forwarded one is no note (no follow-up from its words)",
    inbound(
      OWNER,
      "Fwd: Call back about Friday delivery",
      "\n---------- Forwarded message ---------\nFrom: Hana Kim <hana@kimbakery.example>\nDate: Tue, 8 Sep 2026, 15:20\n" +
        "Subject: Call back about Friday delivery\nTo: <owner@owner-co.example.com>\n\nHi, can someone ring me?\n\nHana Kim\n",
    ),
    { name: "Hana Kim" },
    ["followUp"],
  ],
];

/** Follow-up wordings: idioms, a noun that reads as a Nordic verb, Turkish passive requests. */
const followUps: Case[] = [
  [
    'en-AU: "give him a bell Thursday" asks for a call',
    note(
      "Can you give him a bell Thursday?",
      "From: Liam Shaw <liam@shawcivil.example>\nSubject: Pump hire\n\nNeed a pump.\n\nLiam Shaw\n",
    ),
    { followUp: "2026-09-10" },
    [],
  ],
  [
    'en: "your call whether we take it, it\'s a Saturday" is a decision, not a call on Saturday',
    note(
      "Your call whether we take it, it's a Saturday in peak season.",
      "From: Liam Shaw <liam@shawcivil.example>\nSubject: Event\n\nAre you free?\n\nLiam Shaw\n",
    ),
    { name: "Liam Shaw" },
    ["followUp"],
  ],
  [
    'de: "Kontakt von der Messe (Samstag am Stand). Rückruf am Montag" — Monday, not the Saturday they met',
    note(
      "Kontakt von der Messe (Samstag am Stand). Rückruf am Montag!",
      "From: Jonas Weber <j.weber@weberbau.example>\nSubject: Angebot\n\nBitte um ein Angebot.\n\nJonas Weber\n",
    ),
    { followUp: "2026-09-14" },
    [],
  ],
  [
    'tr: "Gelecek hafta perşembe aranmalı" (should be called next week Thursday)',
    note(
      "Fuarda tanıştık. Gelecek hafta perşembe aranmalı.",
      "From: Ali Yıldız <ali@yildizyapi.example>\nSubject: Teklif\n\nTeklif rica ederiz.\n\nAli Yıldız\n",
    ),
    { followUp: "2026-09-17" },
    [],
  ],
  [
    'hu: "X ajánlásával jött" (came on X\'s recommendation) is a referral',
    note(
      "Kovács Anna ajánlásával jött.",
      "From: Nagy Béla <nagy.bela@balatonhaz.example>\nSubject: Ajánlat\n\nKérek ajánlatot.\n\nNagy Béla\n",
    ),
    { source: "Referral" },
    [],
  ],
];

/** Signature lines: the firm managing the organisation, an HOA as the company, a degree after the title. */
const signatures: Case[] = [
  [
    'en-US: "Treasurer, Oak Hollow HOA" over "Managed by …" — the HOA, not its manager',
    inbound(
      "Carla Gomez <carla@oakhollowhoa.example>",
      "Pool fence",
      "Hello,\n\nWe need a quote for the pool fence.\n\nThanks,\nCarla Gomez\nTreasurer, Oak Hollow HOA\nManaged by Summit Property Services\n(512) 555-0133\n",
    ),
    { title: "Treasurer", company: "Oak Hollow HOA" },
    [],
  ],
  [
    'fi: "isännöitsijä, DI" — the title without the engineering degree after it',
    inbound(
      "Mikko Salo <mikko.salo@rakennussalo.example>",
      "Tarjouspyyntö",
      "Hei,\n\npyytäisin tarjousta.\n\nYstävällisin terveisin\n\nMikko Salo\nisännöitsijä, DI\nRakennus Salo Oy\ngsm 040 555 0191\n",
    ),
    { title: "isännöitsijä", company: "Rakennus Salo Oy" },
    [],
  ],
];

describe("the causes of the forwards18 set", () => {
  test.each([
    ...outlookHeaders,
    ...referrerCopied,
    ...shortSignOffs,
    ...noteUnderForward,
    ...noteInSubject,
    ...followUps,
    ...signatures,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("forwards18 fixtures fixed by these causes", [
  ["the referrer copied is not the writer (Outlook for Mac, en-CA)", "emails-forwards18/ht04-note-outlook"],
  ['"Last, First" with a Spanish double surname (Outlook, es)', "emails-forwards18/ht16-inbound-outlook-es"],
  ['a name-only Outlook From under a note signed "Abs" (pt-BR)', "emails-forwards18/ht18-inbound-outlook-pt"],
]);
