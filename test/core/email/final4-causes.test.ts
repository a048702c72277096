// The general causes behind the retired final4 set's misses (who the lead is, and their fields), in fresh wordings.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Thu, 12 Mar 2026 10:30:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, more = "") =>
  forwardedMessage("Tue, 10 Mar 2026 09:00", from, body, { extra: more });

/** The owner's note names the one to follow up with another verb than "call" ("chase", "ring", "speak to"). */
const noteNames: Case[] = [
  [
    'en: "the one to chase is X, not Y" names the copied decision maker, not the colleague who wrote',
    note(
      "The one to chase is Hannah Okafor, not Phil - he only collects the quotes.",
      fwd(
        "Phil Grant <phil@okaforbakery.example>",
        "Hi,\n\nHannah asked me to get quotes for new shelving. Her direct line is 613-555-0161.\n\nPhil Grant\nOffice Assistant\nOkafor Bakery\n613-555-0100",
        "Cc: Hannah Okafor <hannah@okaforbakery.example>",
      ),
    ),
    { name: "Hannah Okafor", email: "hannah@okaforbakery.example", phone: "+16135550161" },
    [],
  ],
  [
    'en: "the person to speak to is X" works like "the one to call"',
    note(
      "The person to speak to is Victor Lemaire.",
      fwd(
        "Front Desk <frontdesk@lemairehotel.example>",
        "Hello,\n\nOur manager would like a quote for new carpets.\n\nFront Desk\nLemaire Hotel",
        "Cc: Victor Lemaire <victor@lemairehotel.example>",
      ),
    ),
    { name: "Victor Lemaire", email: "victor@lemairehotel.example" },
    [],
  ],
];

/** A friend passing on a relative known by name and number only. */
const relatives: Case[] = [
  [
    'en: "my sister-in-law X … I gave her your name": X with her number (not the writer\'s own cell) and the shop she runs',
    inbound(
      "Bea Lowell <bea.lowell@mailbox.example>",
      "Referral",
      "Hi!\n\nMy sister-in-law Dana Whitcombe wants her porch redone this spring. I gave her your name. Her number is 905-555-0147 - she's expecting your call, mornings work best since she runs Whitcombe Floral downtown.\n\n(my cell is 905-555-0111 if you need me)\n\nBea",
    ),
    {
      name: "Dana Whitcombe",
      phone: "+19055550147",
      company: "Whitcombe Floral",
      source: "Referral: Bea Lowell",
    },
    ["email"],
  ],
];

/** The same cause in other wordings: the writer's own number in the same sentence, "I gave him your number" (es, fr). */
const relativesElsewhere: Case[] = [
  [
    'en: "Her cell is …; my number is …" keeps her number and drops only the writer\'s clause',
    inbound(
      "Sam Cole <sam@mailbox.example>",
      "Intro",
      "Hi,\n\nMy cousin Lena Park just opened a bakery and needs shelving. I gave her your number. Her cell is 416-555-0190; my number is 416-555-0111.\n\nSam",
    ),
    { name: "Lena Park", phone: "+14165550190" },
    ["email"],
  ],
  [
    'es: "Mi cuñado X … Le di tu número": X is the lead, not the writer',
    inbound(
      "Sara Gil <sara.gil@mailbox.example>",
      "Contacto",
      "Hola,\n\nMi cuñado Jorge Ruiz necesita una cocina nueva. Le di tu número, te llamará esta semana.\n\nSara",
    ),
    { name: "Jorge Ruiz" },
    ["email"],
  ],
  [
    'fr: "mon beau-frère X … je lui ai donné ton numéro": X is the lead, not the writer',
    inbound(
      "Julie Roux <julie.roux@mailbox.example>",
      "Un contact",
      "Salut,\n\nMon beau-frère Marc Vidal cherche quelqu’un pour sa terrasse. Je lui ai donné ton numéro.\n\nJulie",
    ),
    { name: "Marc Vidal" },
    ["email"],
  ],
];

/** A customer's contact handing the matter over to a colleague copied on the reply: the colleague, no referral. */
const handovers: Case[] = [
  [
    'de: "Ab sofort übernimmt meine Kollegin Frau X (Titel), die ich in CC gesetzt habe" names X, her title and the company',
    inbound(
      "Anna Schulz <a.schulz@lindner-moebel.example>",
      "AW: Angebot Lagerregale",
      "Sehr geehrter Herr Person,\n\nvielen Dank für Ihr Angebot.\n\nAb sofort übernimmt meine Kollegin Frau Petra Lindner (Leiterin Logistik), die ich in CC gesetzt habe, das Projekt. Sie erreichen sie unter 0711 5550 2231.\n\nMit freundlichen Grüßen\n\nAnna Schulz\nEinkauf\nLindner Möbel GmbH\nTel. +49 711 5550 2200",
      { cc: "Lindner, Petra <p.lindner@lindner-moebel.example>" },
    ),
    {
      name: "Petra Lindner",
      email: "p.lindner@lindner-moebel.example",
      title: "Leiterin Logistik",
      company: "Lindner Möbel GmbH",
    },
    ["source"],
  ],
  [
    'en: "I\'m handing this over to my colleague X" on a reply: X, with the company they share, and no referral',
    inbound(
      "Grace Holt <grace@marlowclinic.example>",
      "Re: Waiting room refit",
      "Hi,\n\nThanks for the site visit. I'm handing this over to my colleague Omar Haddad, who runs our facilities - copying him here.\n\nBest,\nGrace\n\nGrace Holt\nPractice Manager\nMarlow Clinic",
      { cc: "Omar Haddad <omar@marlowclinic.example>" },
    ),
    { name: "Omar Haddad", email: "omar@marlowclinic.example", company: "Marlow Clinic" },
    ["source"],
  ],
];

/** Signatures and display names in other conventions. */
const conventions: Case[] = [
  [
    'ja: a secretary writing for her copied principal ("営業本部長 X の秘書"): X, his title, his mobile; "TEL：…（代表）" is no title',
    inbound(
      "森 由美 <y.mori@aoki-koumuten.example>",
      "お見積りのお願い",
      "オーナー 様\n\n株式会社青木工務店 営業本部長 青木大輔の秘書をしております森と申します。\n青木本人（ＣＣに入れております）宛てにご連絡ください。\n\n青木の携帯電話：090-5555-0177\n\nよろしくお願いいたします。\n\n--------------------\n株式会社青木工務店\n秘書室\n森 由美\nTEL：06-5555-0100（代表）\nFAX：06-5555-0109\n--------------------",
      { cc: "青木 大輔 <d.aoki@aoki-koumuten.example>" },
    ),
    {
      name: "青木 大輔",
      email: "d.aoki@aoki-koumuten.example",
      phone: "+819055550177",
      title: "営業本部長",
      company: "株式会社青木工務店",
    },
    [],
  ],
  [
    'de: "Dipl.-Ing. (FH) X" in the display name: the degree\'s school in brackets is no end of the name',
    inbound(
      "Dipl.-Ing. (FH) Markus Brandl <m.brandl@brandl-technik.example>",
      "Anfrage",
      "Guten Tag,\n\nbitte senden Sie uns ein Angebot.\n\nMit freundlichen Grüßen\n\nDipl.-Ing. (FH) Markus Brandl\nBrandl Technik GmbH\nTel. +49 89 5550 1234",
    ),
    { name: "Markus Brandl", company: "Brandl Technik GmbH" },
    [],
  ],
];

/** Heads of a hotel, clinic, school or shop in CJK signatures (ja 支配人, 院長; zh 店长 in simplified script). */
const cjkHeads: Case[] = [
  [
    'ja: "院長" (a clinic\'s director) on its own line under the name is the title',
    inbound(
      "小野 直樹 <n.ono@ono-clinic.example>",
      "改装のご相談",
      "お世話になります。\n待合室の改装についてご相談させてください。\n\nよろしくお願いいたします。\n\n小野 直樹\n院長\n医療法人小野クリニック\nTEL：03-5555-0121",
    ),
    { name: "小野 直樹", title: "院長" },
    [],
  ],
  [
    'zh: "店长" (shop manager, simplified 长) under the name is the title',
    inbound(
      "刘洋 <liu.yang@chaxiang.example>",
      "装修报价",
      "您好，\n\n我们想重新装修门店，请报价。\n\n谢谢！\n\n刘洋\n店长\n茶香有限公司\n电话：010-5555-0136",
    ),
    { name: "刘洋", title: "店长", company: "茶香有限公司" },
    [],
  ],
];

/** A colleague's note on top of what they pass on, whatever the subject's prefix, says how the lead came in. */
const colleagueNotes: Case[] = [
  [
    'pt: a colleague\'s "RES:" (Outlook web) with "segue o contato que veio pelo site" gives the source Website',
    inbound(
      "Lia Souto <lia@owner-co.example.com>",
      "RES: Orçamento - cozinha",
      "Oi,\n\nsegue o contato que veio pelo site.\n\nAbs,\nLia\n\n________________________________\nDe: Marta Pires <marta.pires@piresdoces.example>\nEnviado: terça-feira, 10 de março de 2026 11:20\nPara: contato@owner-co.example.com <contato@owner-co.example.com>\nAssunto: Orçamento - cozinha\n\nBoa tarde,\n\nGostaria de um orçamento para a cozinha da loja.\n\nMarta Pires\nPires Doces Ltda.\nCel: (11) 95555-0133",
    ),
    { name: "Marta Pires", email: "marta.pires@piresdoces.example", source: "Website" },
    [],
  ],
  [
    'ko: a colleague\'s "홈페이지 문의" (an inquiry through the home page) above an Outlook forward gives Website',
    inbound(
      "정하나 <hana@owner-co.example.com>",
      "FW: 견적 문의",
      "팀장님, 홈페이지 문의 들어왔습니다.\n\n-----Original Message-----\nFrom: 오세훈 <sehun.oh@oh-cafe.example>\nSent: Tuesday, March 10, 2026 9:12 AM\nTo: contact@owner-co.example.com\nSubject: 견적 문의\n\n안녕하세요. 매장 견적 부탁드립니다.\n\n오세훈 대표\n오카페\n010-5555-0149",
    ),
    { name: "오세훈", email: "sehun.oh@oh-cafe.example", source: "Website" },
    [],
  ],
];

/** A department line with its unit ("Dept - Unit", "Dept, Unit") over the organisation's own line. */
const departments: Case[] = [
  [
    'en: "Facilities Management - Capital Projects" over "Northgate College": the college is the company',
    inbound(
      "Nadia Brooks <nbrooks@northgate.example>",
      "Flooring quote",
      "Hello,\n\nWould you quote the library's second floor?\n\nThank you,\n\nNadia Brooks | Project Manager\nFacilities Management - Capital Projects\nNorthgate College\nP: 218-555-0131",
    ),
    { name: "Nadia Brooks", title: "Project Manager", company: "Northgate College" },
    [],
  ],
  [
    'en: "Human Resources, Benefits" over "Halden Logistics Inc.": the company line below wins',
    inbound(
      "Omar Reyes <oreyes@halden.example>",
      "Office cleaning",
      "Hi,\n\nCould you send a quote?\n\nOmar Reyes | Benefits Lead\nHuman Resources, Benefits\nHalden Logistics Inc.\n617-555-0166",
    ),
    { name: "Omar Reyes", company: "Halden Logistics Inc." },
    [],
  ],
];

/** A title whose "of" is followed by a department ("Head of Facilities") is one title, not a title and a company. */
const ofDepartment: Case[] = [
  [
    'en: "looping in my colleague X (Head of Facilities)": the whole title; the company is the one they share',
    inbound(
      "Ivan Petrov <ipetrov@calder-foods.example>",
      "Re: Freezer room survey",
      "Hi,\n\nLooping in my colleague Rosa Lindqvist (Director of Operations), who will take it from here.\n\nBest,\nIvan\n\nIvan Petrov\nPlant Manager\nCalder Foods Ltd.\n312-555-0150",
      { cc: "Rosa Lindqvist <rlindqvist@calder-foods.example>" },
    ),
    {
      name: "Rosa Lindqvist",
      email: "rlindqvist@calder-foods.example",
      title: "Director of Operations",
      company: "Calder Foods Ltd.",
    },
    ["source"],
  ],
];

/** Outlook's "<mailbox> On Behalf Of <person>": the person's own address, when their text or signature gives it. */
const delegates: Case[] = [
  [
    'en: "direct all correspondence to me at jane@…" under a shared mailbox\'s "On Behalf Of" gives her own address',
    note(
      "RFP from a new prospect.",
      "From: Facilities Desk <facilities@brightmoor.example> On Behalf Of Shah, Anita\nSent: Monday, March 9, 2026 1:47 PM\nTo: Owner Person <owner@owner-co.example.com>\nSubject: Cleaning RFP\n\nHello,\n\nPlease send proposals to me at anita.shah@brightmoor.example rather than the shared mailbox.\n\nAnita Shah | Facilities Director | Brightmoor Labs Inc.\nT 919-555-0142",
    ),
    { name: "Anita Shah", email: "anita.shah@brightmoor.example" },
    [],
  ],
  [
    "en: an assistant's mailbox sending on behalf of her CEO, whose signature gives his own address: his",
    note(
      "See below.",
      "From: Lena Ortiz <lortiz@quayside.example> On Behalf Of Martin Quayle\nSent: Monday, March 9, 2026 9:02 AM\nTo: Owner Person <owner@owner-co.example.com>\nSubject: Spring event\n\nDear team,\n\nPlease contact me directly about our spring event.\n\nMartin Quayle\nChief Executive Officer\nQuayside Hotels Ltd.\nM +1 912 555 0177\nmquayle@quayside.example",
    ),
    { name: "Martin Quayle", email: "mquayle@quayside.example" },
    [],
  ],
];

describe("who the lead is, and their fields, in the causes of the retired final4 set", () => {
  test.each([
    ...noteNames,
    ...relatives,
    ...relativesElsewhere,
    ...handovers,
    ...conventions,
    ...colleagueNotes,
    ...delegates,
    ...departments,
    ...ofDepartment,
    ...cjkHeads,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
