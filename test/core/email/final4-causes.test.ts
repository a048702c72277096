// The general causes behind the retired final4 set's misses (who the lead is, and their fields), in fresh wordings.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Thu, 12 Mar 2026 10:30:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, more = "") =>
  `From: ${from}\nDate: Tue, 10 Mar 2026 09:00\nSubject: Quote\nTo: Owner Person <owner@owner-co.example.com>\n${more}\n${body}`;

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

describe("who the lead is, and their fields, in the causes of the retired final4 set", () => {
  test.each([...noteNames, ...relatives, ...handovers, ...conventions, ...colleagueNotes])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
