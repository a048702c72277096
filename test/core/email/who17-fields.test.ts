// The blind "who17" set's causes, in fresh wordings: who referred the lead, signature lines, postscripts, Catalan notes.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Wed, 09 Dec 2026 09:15:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** The lead's own colleague (same company domain) looping them in further down a reply chain refers nobody. */
const colleagueLoopedIn: Case[] = [
  [
    'en (Outlook): the CFO answers on top of her colleague\'s "Looping in Priya, our CFO": Priya, no referral source',
    inbound(
      "Priya Nair <priya.nair@harbourcold.example>",
      "RE: Fleet telematics quote",
      "Hi,\n\nI'll take this from here; please send the revised figures to me.\n\nPriya Nair\nChief Financial Officer\nHarbour Cold Storage Ltd\n\n________________________________\nFrom: Sam Ortega <sam.ortega@harbourcold.example>\nSent: Monday, December 7, 2026 3:10 PM\nTo: Owner Person <owner@owner-co.example.com>\nCc: Priya Nair <priya.nair@harbourcold.example>\nSubject: RE: Fleet telematics quote\n\nThanks for the quote. Looping in Priya, our CFO, who signs off on this.\n\nSam",
      { cc: "Sam Ortega <sam.ortega@harbourcold.example>" },
    ),
    { name: "Priya Nair", title: "Chief Financial Officer" },
    ["source"],
  ],
  [
    'nl (Outlook): "graag stel ik je voor aan Joost, onze directeur" by his colleague below his answer: no referral',
    inbound(
      "Joost van der Berg <joost@bouwgroep-noord.example>",
      "RE: Offerte daklichten",
      "Goedemiddag,\n\nIk neem het over, stuur de offerte graag naar mij.\n\nMet vriendelijke groet,\nJoost van der Berg\nDirecteur\nBouwgroep Noord B.V.\n\nVan: Eva Smit <eva@bouwgroep-noord.example>\nVerzonden: maandag 7 december 2026 14:02\nAan: Owner Person <owner@owner-co.example.com>\nCC: Joost van der Berg <joost@bouwgroep-noord.example>\nOnderwerp: RE: Offerte daklichten\n\nBeste,\n\nGraag stel ik je voor aan Joost van der Berg (in cc), onze directeur; hij beslist over de daklichten.\n\nGroet,\nEva",
    ),
    { name: "Joost van der Berg", email: "joost@bouwgroep-noord.example" },
    ["source"],
  ],
];

/** Signature lines that are not what they look like: a mail app's footer, a qualified department after "of". */
const signatureLines: Case[] = [
  [
    'zh-CN: the simplified "发自我的手机" under the signed name is the phone app\'s footer, not a company',
    inbound(
      "李建 <lijian.home@mail163.example>",
      "咨询翻译价格",
      "您好，\n\n我是李建，我想翻译两份合同，请问价格是多少？有问题请直接联系我。我的手机：139 5550 8812\n\n谢谢！\n李建\n\n发自我的手机",
    ),
    { email: "lijian.home@mail163.example" },
    ["company"],
  ],
  [
    'en: "Director of Property Operations" over "Harbourview Residential REIT": one title, the company below',
    inbound(
      "Anita Brooks <abrooks@harbourview.example>",
      "Snow removal",
      "Hello,\n\nPlease quote for snow removal at our three buildings.\n\nRegards,\n\nAnita Brooks\nDirector of Property Operations\nHarbourview Residential REIT\n416-555-0148",
    ),
    { title: "Director of Property Operations", company: "Harbourview Residential REIT" },
    [],
  ],
  [
    'en: "Head of Clinical Research" over "Lindqvist Health": the same, another qualified department',
    inbound(
      "Omar Haddad <omar.haddad@lindqvisthealth.example>",
      "Translation of study forms",
      "Hi,\n\nCould you translate our consent forms into Arabic?\n\nBest,\nOmar Haddad\nHead of Clinical Research\nLindqvist Health\n",
    ),
    { title: "Head of Clinical Research", company: "Lindqvist Health" },
    [],
  ],
  [
    'en: "Owner of Harper Engineering" with no company line below stays title and company',
    inbound(
      "Joel Harper <joel@harper-eng.example>",
      "Kitchen quote",
      "Hi,\n\nWe'd like a quote for a new kitchen.\n\nThanks,\nJoel Harper\nOwner of Harper Engineering\n(503) 555-0166",
    ),
    { title: "Owner", company: "Harper Engineering" },
    [],
  ],
];

/** A bare "PS " sentence under the introducer's signature is prose: the mobile it gives is the introduced one's. */
const barePostscript: Case[] = [
  [
    "en (UK): \"PS Tariq's mobile is 07700 900…\" under the introducer's signature: Tariq's phone",
    inbound(
      "Fiona Grant <fiona@grantandco.example>",
      "Introduction - Tariq Aziz",
      "Hello,\n\nI'd like to introduce Tariq Aziz (copied), who runs Aziz Bakeries and needs new packaging printed.\n\nBest wishes\n\nFiona Grant\nPartner\nGrant & Co Accountants\nT: 0161 496 0871\n\nPS Tariq's mobile is 07700 900315 - he asked me to pass it on.",
      { cc: "Tariq Aziz <tariq@azizbakeries.example>" },
    ),
    { name: "Tariq Aziz", email: "tariq@azizbakeries.example", phone: "+447700900315" },
    [],
  ],
  [
    'en (US): "PS You can reach Dana on her cell, (312) 555-0148." under the introducer\'s signature',
    inbound(
      "Mark Ellis <mark@ellisadvisors.example>",
      "Intro: Dana Cho",
      "Hi,\n\nI want to introduce you to Dana Cho (cc'd), who is looking for a new office fit-out.\n\nBest,\nMark Ellis\nEllis Advisors\n(312) 555-0100\n\nPS You can reach Dana on her cell, (312) 555-0148.",
      { cc: "Dana Cho <dana@chodesign.example>" },
    ),
    { name: "Dana Cho", email: "dana@chodesign.example", phone: "+13125550148" },
    [],
  ],
];

/** A PA introducing the colleague they assist (their signature says so): that colleague, no referral source. */
const assistantIntroducesPrincipal: Case[] = [
  [
    'en: "PA to Adam Brook, Chief Executive" introduces Adam (copied): his title and company, no referral',
    inbound(
      "Kate Lowe <kate.lowe@brookhomes.example>",
      "Kitchen refit - show homes",
      "Dear Sir or Madam,\n\nAdam Brook has asked me to get in touch about refitting the kitchens in our two show homes. He would like a site visit next month; Adam can be reached on his mobile, 07700 900552, or by email (copied).\n\nKind regards,\n\nKate Lowe\nPA to Adam Brook, Chief Executive\nBrook Homes Ltd\nT: 020 7946 0188",
      { cc: "Adam Brook <adam@brookhomes.example>" },
    ),
    {
      name: "Adam Brook",
      email: "adam@brookhomes.example",
      title: "Chief Executive",
      company: "Brook Homes Ltd",
    },
    ["source"],
  ],
  [
    'de: "Assistentin von Herrn Jonas Albrecht, Geschäftsführer" introduces him (in Kopie): no referral',
    inbound(
      "Nina Vogt <n.vogt@albrecht-bau.example>",
      "Anfrage Küchenmodernisierung",
      "Sehr geehrte Damen und Herren,\n\nich darf Ihnen Herrn Jonas Albrecht (in Kopie) vorstellen: er möchte die Küchen in unseren Musterhäusern modernisieren lassen.\n\nMit freundlichen Grüßen\n\nNina Vogt\nAssistentin von Herrn Jonas Albrecht, Geschäftsführer\nAlbrecht Bau GmbH",
      { cc: "Jonas Albrecht <j.albrecht@albrecht-bau.example>" },
    ),
    { name: "Jonas Albrecht", email: "j.albrecht@albrecht-bau.example", company: "Albrecht Bau GmbH" },
    ["source"],
  ],
];

/** The lead thanks the copied introducer for the introduction in their own reply: a referral by that person. */
const thankedIntroducer: Case[] = [
  [
    'nl (Gmail): "dank Sanne voor het doorverwijzen", Sanne copied: Referral: Sanne',
    inbound(
      "Pieter Bos <p.bos@havenlogistiek.example>",
      "Re: Kennismaking",
      "Hallo,\n\nLeuk om kennis te maken, en dank Sanne voor het doorverwijzen! Kunt u volgende week langskomen?\n\nGroet,\nPieter Bos\nHaven Logistiek B.V.\n\nOp do 3 dec 2026 om 09:12 schreef Sanne Vos <sanne.vos@mailbox.example>:\n\n> Hoi allebei,\n> Pieter zoekt iemand voor de tuin bij het nieuwe pand.\n> Sanne",
      { cc: "Sanne Vos <sanne.vos@mailbox.example>" },
    ),
    { name: "Pieter Bos", source: "Referral: Sanne Vos" },
    [],
  ],
  [
    'en (Gmail): "Thanks Rachel for the referral", Rachel copied: Referral: Rachel',
    inbound(
      "Leo Park <leo@parkdental.example>",
      "Re: Office fit-out",
      "Hi,\n\nThanks Rachel for the referral! We're looking at a fit-out in March; could you send your rates?\n\nLeo Park\nPark Dental\n\nOn Thu, Dec 3, 2026 at 9:12 AM Rachel Moss <rachel.moss@mossco.example> wrote:\n> Hi both, Leo is the dentist I mentioned. Over to you!\n> Rachel",
      { cc: "Rachel Moss <rachel.moss@mossco.example>" },
    ),
    { name: "Leo Park", source: "Referral: Rachel Moss" },
    [],
  ],
  [
    'de (Thunderbird): "danke Jana für die Empfehlung", Jana copied: Referral: Jana',
    inbound(
      "Tim Berger <t.berger@berger-moebel.example>",
      "Re: Kontakt",
      "Guten Tag,\n\nvielen Dank für Ihre Nachricht, und danke Jana für die Empfehlung! Wir brauchen einen Maler für unsere Ausstellungsräume.\n\nGrüße\nTim Berger\nBerger Möbel GmbH\n\nAm 03.12.2026 um 09:12 schrieb Jana Kühn:\n> Hallo zusammen, Tim sucht einen Maler.\n> Jana",
      { cc: "Jana Kühn <jana.kuehn@postfach.example>" },
    ),
    { name: "Tim Berger", source: "Referral: Jana Kühn" },
    [],
  ],
];

/** A Catalan note over a forward: "fira" is a trade show, "la trucarem dilluns" a follow-up on that weekday. */
const catalanNote: Case[] = [
  [
    'ca: "És el senyor de la fira de Girona. El trucarem dilluns." over a Gmail forward: Trade show, Monday',
    note(
      "És el senyor de la fira de Girona, el de la cuina petita. El trucarem dilluns.",
      "From: Pau Riera <pau.riera@correu.example>\nDate: Tue, 8 Dec 2026 at 19:02\nSubject: Pressupost\nTo: Owner Person <owner@owner-co.example.com>\n\nBon dia, voldria un pressupost per a la cuina.\n\nPau Riera\n",
    ),
    { name: "Pau Riera", source: "Trade show: Girona", followUp: "2026-12-14" },
    [],
  ],
  [
    'ca: "Truca-la divendres" over an Apple Mail forward: a follow-up on Friday',
    note(
      "Truca-la divendres, vol canviar el terra de la cuina.",
      "From: Laia Soler <laia.soler@correu.example>\nDate: 8 December 2026 at 18:40:00 CET\nSubject: Terra cuina\nTo: Owner Person <owner@owner-co.example.com>\n\nHola, m'agradaria un pressupost.\n\nLaia Soler\n",
    ),
    { name: "Laia Soler", followUp: "2026-12-11" },
    [],
  ],
];

describe("Referrers, titles, phones and follow-ups around the lead (blind who17 set's causes)", () => {
  test.each([
    ...colleagueLoopedIn,
    ...signatureLines,
    ...barePostscript,
    ...assistantIntroducesPrincipal,
    ...thankedIntroducer,
    ...catalanNote,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
