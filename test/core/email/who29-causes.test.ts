// The general causes behind the who-is-the-lead misses of the who29 set (threads, forwarded conversations), in fresh
// wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";
import { splitThread } from "../../../src/core/email/thread";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** An Outlook reply block from the owner to `to`, as a "Re:" (the owner answered the inquirer). */
const ownerAnswer = (to: string, subject: string, text: string) =>
  `From: ${OWNER}\nSent: Monday, 7 December 2026 09:00\nTo: ${to}\nSubject: RE: ${subject}\n\n${text}\n\nOwner Person\n`;

/** A colleague's Outlook forward: the note, then the thread's blocks. */
const colleagueForward = (note: string, thread: string, subject: string): EmailInput =>
  inbound("Sam Colleague <sam@owner-co.example.com>", `FW: ${subject}`, `${note}\n\n${thread}`);

/** The inquirer copies someone in on their own thread (a relative, a past adviser): the inquirer stays the lead. */
const inquirerCopies: Case[] = [
  [
    "en: \"I've cc'd my accountant, in case you need the figures\" on the inquirer's reply — the inquirer",
    inbound(
      "Priya Natarajan <priya@lotusbakes.example>",
      "RE: Shop fit-out quote",
      "Hi Owner,\n\nThanks for the questions. I've cc'd Graham, our accountant, in case you need the figures.\n\nPriya\n\nPriya Natarajan\nFounder\nLotus Bakes Ltd\nMobile: 416-555-0143\n\n" +
        ownerAnswer(
          "Priya Natarajan <priya@lotusbakes.example>",
          "Shop fit-out quote",
          "Hi Priya, a few questions first.",
        ),
      { cc: "Graham Pike <graham@pikeaccounts.example>" },
    ),
    { name: "Priya Natarajan", email: "priya@lotusbakes.example", phone: "+14165550143" },
    [],
  ],
  [
    'fr: "je mets en copie ma fille Léa, elle suivra le chantier" — the mother who asked stays the lead',
    inbound(
      "Hélène Robin <helene.robin@robin-immo.example>",
      "RE: Devis terrasse",
      "Bonjour,\n\nMerci pour le devis. Je mets en copie ma fille Léa Robin, elle suivra le chantier au quotidien. Le devis final reste à m'envoyer.\n\nHélène Robin\nGérante, Robin Immobilier\nPortable : 416-555-0188\n\n" +
        ownerAnswer(
          "Hélène Robin <helene.robin@robin-immo.example>",
          "Devis terrasse",
          "Bonjour Madame, voici le devis.",
        ),
      { cc: "Léa Robin <lea.robin@robin-immo.example>" },
    ),
    { name: "Hélène Robin", email: "helene.robin@robin-immo.example" },
    [],
  ],
  [
    'en: the copied colleague "will take it from here" — a hand-over, so the colleague',
    inbound(
      "Tom Becker <tom@beckerfarms.example>",
      "RE: Barn roof",
      "Hi,\n\nI'm cc'ing Dana Holt, our farm manager, who will take it from here.\n\nTom\n\n" +
        ownerAnswer("Tom Becker <tom@beckerfarms.example>", "Barn roof", "Hi Tom, happy to quote."),
      { cc: "Dana Holt <dana@beckerfarms.example>" },
    ),
    { name: "Dana Holt", email: "dana@beckerfarms.example" },
    [],
  ],
  [
    "en: an introducer's double opt-in, the owner never wrote in it — still an introduction",
    inbound(
      "Rita Olsen <rita@olsenpartners.example>",
      "Intro",
      "Owner, I've copied Mark Quinn here, he runs Quinn Dental and needs a new sign.\n\nRita\n\n" +
        "From: Rita Olsen <rita@olsenpartners.example>\nSent: Friday, 4 December 2026 09:00\nTo: Mark Quinn <mark@quinndental.example>\nSubject: Intro?\n\nMark, want an intro to a great sign maker?\n",
      { cc: "Mark Quinn <mark@quinndental.example>" },
    ),
    { name: "Mark Quinn", email: "mark@quinndental.example" },
    [],
  ],
];

/** One the inquirer copied on their own message (a supplier's rep) answers last, the inquirer copied: the inquirer. */
const invitedAnswersLast: Case[] = [
  [
    "en: the inquirer copied their glazing supplier, whose rep replies last — the inquirer, not the rep",
    colleagueForward(
      "Owner, thread below. The client is Amir.",
      "From: Kyle Ward <kyle@clearglaze.example>\nSent: Friday, 4 December 2026 11:00\nTo: Sam Colleague <sam@owner-co.example.com>; Amir Haddad <amir@haddadarch.example>\nSubject: RE: Atrium glazing\n\nLead time is four weeks.\n\nKyle Ward\nArea Sales Manager\nClearGlaze Ltd\nMobile 416-555-0170\n\n" +
        "From: Amir Haddad <amir@haddadarch.example>\nSent: Thursday, 3 December 2026 15:00\nTo: Sam Colleague <sam@owner-co.example.com>\nCc: Kyle Ward <kyle@clearglaze.example>\nSubject: RE: Atrium glazing\n\nAdding Kyle from ClearGlaze for lead times. I need your install price.\n\nAmir Haddad\nPrincipal, Haddad Architects\nMobile 416-555-0161\n\n" +
        "From: Sam Colleague <sam@owner-co.example.com>\nSent: Thursday, 3 December 2026 10:00\nTo: Amir Haddad <amir@haddadarch.example>\nSubject: RE: Atrium glazing\n\nThanks Amir, which glass?\n",
      "Atrium glazing",
    ),
    { name: "Amir Haddad", email: "amir@haddadarch.example", phone: "+14165550161" },
    [],
  ],
  [
    "nl: the inquirer's own colleague replies last and takes over, the inquirer copied — the colleague stays",
    colleagueForward(
      "Zie hieronder.",
      "From: Bram Smit <bram@smitbouw.example>\nSent: vrijdag 4 december 2026 11:00\nTo: Sam Colleague <sam@owner-co.example.com>\nCc: Eva Smit <eva@smitbouw.example>\nSubject: RE: Dakkapel\n\nIk ben vanaf nu jullie contactpersoon.\n\nBram Smit\nProjectleider\n\n" +
        "From: Eva Smit <eva@smitbouw.example>\nSent: donderdag 3 december 2026 15:00\nTo: info@owner-co.example.com\nSubject: Dakkapel\n\nGraag een offerte.\n\nEva Smit\n",
      "Dakkapel",
    ),
    { name: "Bram Smit", email: "bram@smitbouw.example" },
    [],
  ],
];

/** A company's shared role mailbox (bookings@, reservations@) shown by its name and signed by a person: that person. */
const signedRoleMailbox: Case[] = [
  [
    'en: "Lakeview Lodge <reservations@lakeviewlodge…>" signed "Thanks,\\nMaya" over her full signature — Maya',
    colleagueForward(
      "Owner, Maya at Lakeview wants the deck rebuilt. Can you take it?",
      "From: Lakeview Lodge <reservations@lakeviewlodge.example>\nSent: Friday, 4 December 2026 19:00\nTo: Sam Colleague <sam@owner-co.example.com>\nSubject: RE: Deck rebuild\n\nGo ahead with cedar.\n\nThanks,\nMaya\n\nMaya Lindgren | General Manager\nLakeview Lodge Inc.\nMobile: 705-555-0139\n\n" +
        "From: Sam Colleague <sam@owner-co.example.com>\nSent: Thursday, 3 December 2026 10:00\nTo: Lakeview Lodge <reservations@lakeviewlodge.example>\nSubject: RE: Deck rebuild\n\nHi Maya, drawings attached.\n",
      "Deck rebuild",
    ),
    {
      name: "Maya Lindgren",
      email: "reservations@lakeviewlodge.example",
      phone: "+17055550139",
      title: "General Manager",
    },
    [],
  ],
];

/** Arabic Outlook voweled labels ("أُرسل:") split the thread; an Arabic note names the decision maker by first name. */
const arabicOutlook: Case[] = [
  [
    'ar: "أُرسل:" with a damma, a note "صاحب الطلب هو الأستاذ خالد" — Khalid, not his colleague who wrote last',
    colleagueForward(
      "مرحباً،\n\nصاحب الطلب هو الأستاذ خالد، وهو من يعتمد العقد.",
      "من: ليلى حسن <layla.hassan@nakheel-co.example>\nأُرسل: الجمعة، 4 ديسمبر 2026 10:00 ص\nإلى: Sam Colleague <sam@owner-co.example.com>\nنسخة: خالد يوسف <khalid.yousef@nakheel-co.example>\nالموضوع: RE: عرض سعر\n\nالمخططات مرفقة.\n\nليلى حسن\n\n" +
        "من: خالد يوسف <khalid.yousef@nakheel-co.example>\nأُرسل: الخميس، 3 ديسمبر 2026 09:00 ص\nإلى: info@owner-co.example.com\nالموضوع: عرض سعر\n\nنرغب في عرض سعر.\n\nخالد يوسف\nمدير المشاريع\nجوال: +971 50 555 0177\n",
      "عرض سعر",
    ),
    { name: "خالد يوسف", email: "khalid.yousef@nakheel-co.example", phone: "+971505550177" },
    [],
  ],
];

/** The lead announces a new address of their own in their newest text; a rebranded company drops its former name. */
const newAddress: Case[] = [
  [
    'de: "bitte ab sofort meine neue Adresse …" — the new address, the company without "(vormals …)"',
    inbound(
      "Jonas Weber <jonas@weber-alt.example>",
      "AW: Angebot",
      "Hallo,\n\nbitte nutzen Sie ab sofort meine neue Adresse jonas.weber@nordlicht-gmbh.example.\n\nJonas Weber\nNordlicht GmbH (vormals Weber & Co)\nMobil: 0171 5550123\n",
    ),
    { email: "jonas.weber@nordlicht-gmbh.example", company: "Nordlicht GmbH" },
    [],
  ],
  [
    'en: "from now on send invoices to accounts@…" — a shared desk, not a new address of theirs',
    inbound(
      "Nina Park <nina@parkstudio.example>",
      "Re: Quote",
      "Hi,\n\nFrom now on please send invoices to accounts@parkstudio.example.\n\nNina Park\nPark Studio\n416-555-0102\n",
    ),
    { email: "nina@parkstudio.example" },
    [],
  ],
];

/** A mobile in the lead's own prose, read in the region their signature's numbers turned out to be in. */
const proseMobileAbroad: Case[] = [
  [
    'en-GB: "ring my mobile, 07700 900462" above a "T: 020 7946 0…" signature — the mobile',
    inbound(
      "Owen Price <owen.price@riversidetrust.example>",
      "RE: Event catering",
      "Hi,\n\nBest to ring my mobile, 07700 900462, as I'm out on site.\n\nOwen Price\nEvents Lead\nRiverside Trust\nT: 020 7946 0133\n",
    ),
    { phone: "+447700900462" },
    [],
  ],
  [
    'pt-BR: "me chama no celular (21) 95555-0144" above a "Tel.: (21) 3555-0100" signature — the mobile',
    inbound(
      "Carla Nunes <carla.nunes@solarrio.example>",
      "Re: Proposta",
      "Oi,\n\nEstou viajando, me chama no celular (21) 95555-0144.\n\nCarla Nunes\nDiretora Comercial\nSolar Rio Ltda\nTel.: (21) 3555-0100\n",
    ),
    { phone: "+5521955550144" },
    [],
  ],
];

/** A ko signature writes title and name on one line ("팀장 박지훈"): the title alone. */
const titleWithName: Case[] = [
  [
    'ko: "팀장 박지훈" under the company — title "팀장"',
    inbound(
      "박지훈 <jihoon.park@saebom.example>",
      "RE: 견적 문의",
      "안녕하세요.\n\n견적서 잘 받았습니다.\n\n감사합니다.\n박지훈 드림\n새봄물산\n팀장 박지훈\n휴대폰: 010-5550-3321\n",
    ),
    { name: "박지훈", title: "팀장" },
    [],
  ],
];

/** "On the site" is a job site in an English note; "from the site" stays a website inquiry. */
const jobSite: Case[] = [
  [
    'en: a note "she walked us round on the site visit" — no Website source',
    colleagueForward(
      "Owner, Jo approved it after we met on the site visit. Over to you.",
      "From: Jo Keane <jo@keanehomes.example>\nSent: Friday, 4 December 2026 11:00\nTo: Sam Colleague <sam@owner-co.example.com>\nSubject: RE: Extension\n\nApproved.\n\nJo Keane\n416-555-0150\n",
      "Extension",
    ),
    { name: "Jo Keane" },
    ["source"],
  ],
];

describe("who the lead is in the causes of the who29 set", () => {
  test.each([
    ...inquirerCopies,
    ...invitedAnswersLast,
    ...signedRoleMailbox,
    ...arabicOutlook,
    ...newAddress,
    ...proseMobileAbroad,
    ...titleWithName,
    ...jobSite,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

/**
 * HTML-only Outlook on the web: each header row is its own paragraph, and the plain rendering Gmail gives of it puts a
 * blank line between rows; every quoted message is still split out, the deepest one (the inquiry) too.
 */
describe("header rows a blank line apart (HTML-only Outlook on the web, fi)", () => {
  const rows = [
    "Hei,",
    "sopii, aloitetaan.",
    "Terveisin",
    "Sanna Koski",
    "________________________________",
    "Lähettäjä: Owner Person <owner@owner-co.example.com>",
    "Lähetetty: tiistai 10. maaliskuuta 2026 9.14",
    "Vastaanottaja: Sanna Koski <sanna.koski@rantapuisto.example>",
    "Aihe: Vs: Tarjous aurinkopaneeleista",
    "Hei Sanna, liitteenä tarjous.",
    "Terveisin",
    "Owner Person",
    "________________________________",
    "Lähettäjä: Sanna Koski <sanna.koski@rantapuisto.example>",
    "Lähetetty: maanantai 2. maaliskuuta 2026 13.40",
    "Vastaanottaja: info@owner-co.example.com",
    "Aihe: Tarjous aurinkopaneeleista",
    "Hyvää päivää, pyydämme tarjousta.",
    "Sanna Koski",
    "Isännöitsijä",
    "Asunto Oy Rantapuisto",
  ];
  test("the inquiry two levels down is its own message, with its own signature", () => {
    const { messages } = splitThread(rows.join("\n\n"), "Vs: Tarjous aurinkopaneeleista");
    expect(messages.map((m) => m.from?.email)).toEqual([
      "owner@owner-co.example.com",
      "sanna.koski@rantapuisto.example",
    ]);
    expect(messages[1].body).toContain("Isännöitsijä");
  });
});

describePersonFixed("who29 fixtures fixed by these causes", [
  ["supplier's rep the architect copied answers last (es Outlook)", "emails-who29/hl06-chain-outlook-es"],
  ["new address announced in the newest part (Gmail, en-AU)", "emails-who29/hl08-chain-gmail"],
  ["Arabic Outlook thread with a voweled Sent label (ar)", "emails-who29/hl21-chain-outlook-ar"],
  ["shared bookings@ mailbox signed by its owner (Outlook)", "emails-who29/hl24-chain-outlook"],
  ["sender's son copied on the sender's reply (en-IN Gmail)", "emails-who29/hl26-inbound-gmail"],
  ["former bookkeeper copied on the sender's reply (Outlook for Mac)", "emails-who29/hl29-inbound-outlook"],
]);
