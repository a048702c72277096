// Causes left by earlier fixers (second round): a form relayed "X via <form>", a de verb-final company, a lone body's
// letters after a name, a showroom desk's title line, a ja card typed into a note, a zh titled person to reach.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { normalizeName } from "../../../src/core/contact/name";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 8 Dec 2026 10:15:00 +0100");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const cases: Case[] = [
  [
    'sv: a forwarded "Name via Kontaktformulär" over the form\'s fields is a form — its "Företag:" field is the company',
    note(
      "Ny förfrågan från hemsidan.",
      "From: Tove Lindahl via Kontaktformulär <formular@owner-co.example.com>\nDate: Sat, 5 Dec 2026 at 11:02\nSubject: Ny förfrågan\nTo: <owner@owner-co.example.com>\n\nNamn: Tove Lindahl\nFöretag: Lindahl Städ AB\nE-post: tove@lindahlstad.example\nMeddelande: Vi vill ha en offert på två maskiner.\n",
      "Fwd: Ny förfrågan",
    ),
    { name: "Tove Lindahl", email: "tove@lindahlstad.example", company: "Lindahl Städ AB" },
    [],
  ],
  [
    'fr: "Nom via Formulaire de contact" forwarded, the "Société :" field read as the company',
    note(
      "Demande du site.",
      "From: Luc Garnier via Formulaire de contact <site@owner-co.example.com>\nDate: Sat, 5 Dec 2026 at 11:02\nSubject: Nouvelle demande\nTo: <owner@owner-co.example.com>\n\nNom : Luc Garnier\nSociété : Garnier Paysages SARL\nEmail : luc@garnier-paysages.example\nMessage : Un devis pour l'entretien, svp.\n",
      "Fwd: Nouvelle demande",
    ),
    { name: "Luc Garnier", email: "luc@garnier-paysages.example", company: "Garnier Paysages SARL" },
    [],
  ],
  [
    'de: the company in a verb-final clause about the person ("hat … die X GmbH übernommen"), legal form written',
    inbound(
      "Jens Bohlen <jens@bohlen-recht.example>",
      "Kontakt: Frau Dr. Wiebke Stahl",
      "Sehr geehrter Herr Person,\n\nich möchte Ihnen Frau Dr. Wiebke Stahl vorstellen (wiebke.stahl@stahl-dental.example).\n\nFrau Dr. Stahl hat im Frühjahr mit ihrem Bruder die Stahl Dentaltechnik GmbH übernommen und sucht Unterstützung bei der Buchhaltung.\n\nMit freundlichen Grüßen\nJens Bohlen\n",
    ),
    { name: "Wiebke Stahl", company: "Stahl Dentaltechnik GmbH" },
    [],
  ],
  [
    'en: a showroom\'s mailbox ("Showroom - Company") signed by a "Showroom Manager": the title line is no name',
    note(
      "See below.",
      "From: Showroom - Harrow Tiles <showroom@harrow-tiles.example>\nDate: Tue, 1 Dec 2026 at 10:00\nSubject: enquiry\nTo: <owner@owner-co.example.com>\n\nHello, could you send a quote for 40 m2?\n\nPriya Lal\nShowroom Manager\nHarrow Tiles Ltd\n",
    ),
    { name: "Priya Lal", title: "Showroom Manager", company: "Harrow Tiles Ltd" },
    [],
  ],
  [
    "ja: a business card typed into the note between rules (company, department and title, name, TEL, 携帯, mail)",
    note(
      "展示会で名刺交換。打ち込んでおきます。\n\n----\n株式会社あさひ文具\n購買部 主任\n森田 恵子\nTEL 03-5555-0140\n携帯 090-5555-0177\nk.morita@asahi-bungu.example\n----\n",
      "",
      "名刺",
    ),
    {
      name: "森田 恵子",
      email: "k.morita@asahi-bungu.example",
      company: "株式会社あさひ文具",
      phone: "+819055550177",
    },
    [],
  ],
  [
    'zh: a secretary names "总经理 王立新" and asks the reader to "联系他" with his address: him, titled',
    inbound(
      "秘书处 <office@jinhe-trade.example>",
      "订购会议室家具",
      "您好，\n\n我是杭州金禾贸易有限公司总经理办公室的秘书。我们想为新会议室订一套桌椅。\n\n具体方案由我们的总经理 王立新 决定，请直接联系他：手机 139 5555 0188，邮箱 wanglixin@jinhe-trade.example。\n\n谢谢！\n\n总经理办公室\n杭州金禾贸易有限公司\n",
    ),
    { name: "王立新", email: "wanglixin@jinhe-trade.example", title: "总经理" },
    [],
  ],
];

describe("the causes left by earlier fixers (second round)", () => {
  test.each(cases)("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describe("a body's letters after a full name that no table holds", () => {
  test.each([
    ["Irish engineers' MIEI, three vowels in four", "Ciara Nolan MIEI", "Ciara Nolan"],
    ["UK higher-education FHEA, a start no surname has", "Declan Moore FHEA", "Declan Moore"],
    ["physiotherapists' MCSP, no vowel", "Orla Quinn MCSP", "Orla Quinn"],
    ["a surname in capitals stays (it)", "Maria Luisa ROSSI", "Maria Luisa Rossi"],
    ["a surname in capitals stays (de)", "Anna Lena SCHMIDT", "Anna Lena Schmidt"],
    ["a surname in capitals stays (vi)", "Tran Thi NGUYEN", "Tran Thi Nguyen"],
    ["a surname in capitals stays, three vowels in five (de)", "Karl Heinz MEIER", "Karl Heinz Meier"],
  ])("%s: %s", (_why, raw, name) => {
    expect(normalizeName(raw)).toBe(name);
  });
});
