// The general causes behind the who-is-the-lead misses of the who30 set, in fresh wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { parseEml } from "../../../sandbox/eml";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Wed, 9 Dec 2026 10:15:00 +0100");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/**
 * Written on someone's behalf: the person written for is the lead, with the number given for them; the writer's own
 * number ("reach me on …", "numărul meu") and address are never theirs.
 */
const writtenForThem: Case[] = [
  [
    'ro: "în numele mamei mele, doamna X" — the mother, her number; the daughter\'s own +44 number says nothing of the country',
    inbound(
      "Ioana Marin <ioana.marin@mailbox.example>",
      "Cerere ofertă - pentru mama mea",
      "Bună ziua,\n\nVă scriu în numele mamei mele, doamna Elena Marin, care are nevoie de o ofertă pentru o bucătărie nouă. Vă rog să o sunați la 0722 555 104, mai ales dimineața. Eu sunt plecată, dar numărul meu este +44 7700 900123.\n\nMulțumesc,\nIoana Marin\n",
    ),
    { name: "Elena Marin", phone: "+40722555104" },
    ["email"],
  ],
  [
    'en-NG: "on behalf of my mother, Alhaja X" — the mother, not the son who adds "you can reach me on …"',
    inbound(
      "Kunle Bello <kunle.bello@mail.example>",
      "Borehole for my mother - Abeokuta",
      "Good morning sir,\n\nI am writing on behalf of my mother, Alhaja Kudirat Bello, who needs a borehole drilled at her house. Please call her on 0806 555 0123 in the afternoon. If she is not reachable, you can reach me on 0812 555 0177.\n\nThank you,\nKunle\n",
    ),
    { name: "Kudirat Bello", phone: "+2348065550123" },
    ["email"],
  ],
  [
    'he: "פונה בשם ד"ר X" with her address in the text — the doctor and her address, not the office manager',
    inbound(
      "רונית שמעוני <ronit@avraham-clinic.example>",
      "הצעת מחיר לשיפוץ המרפאה",
      'שלום,\n\nאני פונה בשם ד"ר מיכל אברהם, מנהלת המרפאה. היא מבקשת שתחזרו אליה לנייד 052-5550133 או למייל michal@avraham-clinic.example.\n\nתודה,\nרונית שמעוני\nמזכירה\n',
    ),
    { name: "מיכל אברהם", email: "michal@avraham-clinic.example", phone: "+972525550133" },
    [],
  ],
  [
    'zh-CN: "代表我们董事长 X 先生与您联系", the reach cue a sentence later — X, titled 董事长',
    inbound(
      "李娜 <li.na@huaan-wl.example>",
      "仓库照明改造咨询",
      "王经理您好：\n\n我是华安物流有限公司董事长办公室助理李娜，代表我们董事长 陈志强 先生与您联系。\n\n公司的新仓库需要整体照明改造。董事长希望直接和您沟通，请您与他联系：\n手机：138 5555 0188\n邮箱：zq.chen@huaan-wl.example\n\n李娜\n华安物流有限公司\n",
    ),
    { name: "陈志强", email: "zq.chen@huaan-wl.example", title: "董事长" },
    [],
  ],
];

/** Places and greetings that name the country of a national number (de-CH "Grüezi", Flemish towns). */
const numberCountry: Case[] = [
  [
    'de-CH: a booking notice greeting "Grüezi" — the 078 mobile is Swiss, not German',
    inbound(
      "Buchungen <noreply@bookit.example>",
      "Neue Buchung: Fensterreinigung",
      "Grüezi Reinigung Keller\n\nSie haben eine neue Buchung.\n\nName: Claudia Steiner\nE-Mail: claudia.steiner@mail.example\nTelefon: 078 555 23 45\n",
    ),
    { name: "Claudia Steiner", phone: "+41785552345" },
    [],
  ],
  [
    "nl-BE: an introduction from Leuven — the 0486 gsm is Belgian, not Dutch",
    inbound(
      "Koen Peeters <koen@peeters-advies.example>",
      "Kennismaking: Lies Maes",
      "Dag,\n\nIk breng je graag in contact met Lies Maes van Bakkerij Maes. Ze zoekt een nieuwe oven. Lies is bereikbaar op 0486 55 51 77.\n\nMet vriendelijke groeten,\nKoen Peeters\nPeeters Advies BV\nNaamsestraat 55, 3000 Leuven\n",
      { cc: "Lies Maes <lies@bakkerij-maes.example>" },
    ),
    { name: "Lies Maes", email: "lies@bakkerij-maes.example", phone: "+32486555177" },
    [],
  ],
];

/** Notices in more languages: Thai chat labels and "website", Serbian/Croatian callers, a brand line labelled "Telefon". */
const notices: Case[] = [
  [
    'th: a site chat\'s offline message with "ชื่อ-นามสกุล / อีเมล์ / เบอร์โทร" — the visitor, source Website',
    inbound(
      "Chat Widget <noreply@chatbox.example>",
      "มีข้อความใหม่จากเว็บไซต์ของคุณ",
      "มีผู้เยี่ยมชมฝากข้อความไว้\n\nชื่อ-นามสกุล: ปวีณา ทองดี\nอีเมล์: paweena.t@mail.example\nเบอร์โทร: 089-555-0123\n\nข้อความ:\nอยากได้ใบเสนอราคาค่ะ\n",
    ),
    { name: "ปวีณา ทองดี", email: "paweena.t@mail.example", source: "Website" },
    [],
  ],
  [
    'sr: a voicemail "Ovde Jelena Petrović" over a footer "Telefon Zvono – …" — the caller, not the brand as a number',
    inbound(
      "Govorna pošta <voicemail@centrala.example>",
      "Nova govorna poruka od +381 64 555 0123",
      'Imate novu govornu poruku.\n\nOd: +381 64 555 0123\nTrajanje: 0:31\n\nTranskripcija:\n"Dobar dan, ovde Jelena Petrović. Treba mi ponuda za nova vrata. Pozovite me na ovaj broj, hvala."\n\n--\nTelefon Zvono - usluga govorne pošte\n',
    ),
    { name: "Jelena Petrović", phone: "+381645550123" },
    [],
  ],
];

describe("who the lead is in the causes of the who30 set", () => {
  test.each([...writtenForThem, ...numberCountry, ...notices])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

/** Encoded words labelled with Python's codec names, which Gmail decodes: the sandbox shows them as Gmail does. */
describe("sandbox .eml header charsets", () => {
  test.each([
    ["big5_tw (zh-TW)", "=?big5_tw?b?qkyn06n6?=", "林志明"],
    ["euc_kr (ko)", "=?euc_kr?b?sejHz7TD?=", "김하늘"],
  ])("a sender name labelled %s is decoded", async (_why, word, name) => {
    const raw = `From: ${word} <sender@mail.example>\r\nTo: owner@owner-co.example.com\r\nSubject: hi\r\nDate: Wed, 9 Dec 2026 10:15:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n`;
    expect((await parseEml(raw)).from).toContain(name);
  });
});

describePersonFixed("who30 fixtures fixed by these causes", [
  [
    "daughter writes for her father, her own German number beside his (ro)",
    "emails-who30/hq19-inbound-none-ro",
  ],
  ["secretary writes for the general manager, Big5 headers (zh-TW)", "emails-who30/hq21-inbound-none-zh-TW"],
  ["son writes for his father, a Chief (en-NG)", "emails-who30/hq22-inbound-none"],
  ["office manager writes for the managing partner (he)", "emails-who30/hq23-inbound-none-he"],
  ["Croatian voicemail under a telephony brand's footer (hr)", "emails-who30/hq27-inbound-none-hr"],
  ["Thai website chat's offline message (th)", "emails-who30/hq28-inbound-none-th"],
]);
