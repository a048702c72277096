// The blind "business12" set's field causes, in fresh wordings: units, footers, titles, image and two-script signatures.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { inbound } = ownerInbox("Tue, 15 Dec 2026 10:20:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A unit named by its opening words ("Avdelningen för …") over the organisation's line is no company. */
const unitLines: Case[] = [
  [
    'sv: "Avdelningen för upphandling" over "Ekby kommun": the council is the company',
    inbound(
      "Lena Strand <lena.strand@ekby.example>",
      "Offertförfrågan",
      "Hej,\n\nKan ni lämna en offert på cykelservice?\n\nVänliga hälsningar\n\nLena Strand\nUpphandlare\nAvdelningen för upphandling\nEkby kommun\n",
    ),
    { name: "Lena Strand", company: "Ekby kommun" },
    [],
  ],
  [
    'en: "Office of Student Services" over "Harrowgate College": the college is the company',
    inbound(
      "Dana Whitlow <dwhitlow@harrowgate.example>",
      "Catering for orientation",
      "Hi,\n\nCould you cater our orientation lunch?\n\nThanks,\n\nDana Whitlow\nEvents Coordinator\nOffice of Student Services\nHarrowgate College\n",
    ),
    { name: "Dana Whitlow", company: "Harrowgate College" },
    [],
  ],
];

/** A legal footer's registry line ("… no. 01234567") is never the company. */
const registryLines: Case[] = [
  [
    'en-GB: a charity\'s "Registered charity no. … | Company limited by guarantee no. …": the signed charity',
    inbound(
      "a.moss@lanternhouse.example",
      "Talk for volunteers",
      "Dear Sam,\n\nWould you give a short talk to our volunteers?\n\nKind regards\n\nAnnie Moss\nVolunteer Lead\nLantern House Trust\nRegistered charity no. 5550999 | Company limited by guarantee no. 05550999\n",
    ),
    { name: "Annie Moss", company: "Lantern House Trust", title: "Volunteer Lead" },
    [],
  ],
  [
    'en-GB: "Company No 05550777" under a firm without a legal form: the firm',
    inbound(
      "Owen Pryce <owen@pryce-joinery.example>",
      "Stair parts",
      "Hi,\n\nDo you stock oak newels?\n\nCheers\n\nOwen Pryce\nDirector\nPryce Joinery\nCompany No 05550777\n",
    ),
    { name: "Owen Pryce", company: "Pryce Joinery" },
    [],
  ],
];

/** Titles: one in the writer's language beside its English department; a ja/ko job written as a loanword. */
const titles: Case[] = [
  [
    'cs: "nákupčí / Purchasing": the Czech title, read first',
    inbound(
      "Jana Horká <horka@pekarna-lipa.example>",
      "Poptávka",
      "Dobrý den,\n\nprosím o ceník.\n\nS pozdravem\n\nJana Horká\nnákupčí / Purchasing\nPekárna Lípa s.r.o.\n",
    ),
    { name: "Jana Horká", title: "nákupčí", company: "Pekárna Lípa s.r.o." },
    [],
  ],
  [
    'de: "Einkäuferin / Procurement": the German title, read first',
    inbound(
      "Sabine Roth <s.roth@roth-mechanik.example>",
      "Anfrage",
      "Guten Tag,\n\nbitte um ein Angebot.\n\nMit freundlichen Grüßen\n\nSabine Roth\nEinkäuferin / Procurement\nRoth Mechanik GmbH\n",
    ),
    { name: "Sabine Roth", title: "Einkäuferin" },
    [],
  ],
  [
    'ja: "企画部 プランナー" (a department, then a job in katakana): the job alone',
    inbound(
      "佐藤 美咲 <m.sato@hoshizora.example>",
      "お問い合わせ",
      "お世話になっております。\n\nよろしくお願いいたします。\n\n株式会社ほしぞら企画\n企画部 プランナー\n佐藤 美咲\nTEL: 03-5555-0123\n",
    ),
    { name: "佐藤 美咲", title: "プランナー" },
    [],
  ],
  [
    'ko: "(주)별빛 미디어" then "디자이너 | 브랜드팀": the company in full, the job as the title',
    inbound(
      "이수진 <sj.lee@byeolbit.example>",
      "문의",
      "안녕하세요.\n\n견적 부탁드립니다.\n\n감사합니다.\n\n이수진 드림\n\n(주)별빛 미디어\n디자이너 | 브랜드팀\nM. 010-5555-0163\n",
    ),
    { name: "이수진", company: "(주)별빛 미디어", title: "디자이너" },
    [],
  ],
];

/** A signature sent as a picture: Gmail's plain text drops its alt text, the HTML holds the lines. */
const imageSignatures: Case[] = [
  [
    'en: an image whose alt text is "Name | Title | Company | phone | site" under an HTML-only message',
    inbound(
      "Theo Marsh <theo@lanternfilms.example>",
      "Studio booking",
      "Hi,\n\nCan we book two days in June?\n\nThanks!",
      {
        htmlBody:
          '<div dir="ltr">Hi,<br><br>Can we book two days in June?<br><br>Thanks!<br><br><div><img src="https://sig.lanternfilms.example/theo.png" alt="Theo Marsh | Line Producer | Lantern Films | (415) 555-0148 | lanternfilms.example"></div></div>',
      },
    ),
    { name: "Theo Marsh", title: "Line Producer", company: "Lantern Films", phone: "+14155550148" },
    [],
  ],
  [
    "en-GB: the alt text's parts split by bullets",
    inbound(
      "Priya Shah <priya@kiteworks.example>",
      "Banner quote",
      "Hello,\n\nPlease quote for three banners.\n\nRegards",
      {
        htmlBody:
          '<p>Hello,</p><p>Please quote for three banners.</p><p>Regards</p><img alt="Priya Shah • Marketing Manager • Kiteworks Ltd • 07700 900517" src="cid:sig">',
      },
    ),
    { name: "Priya Shah", title: "Marketing Manager", company: "Kiteworks Ltd" },
    [],
  ],
];

/** A signature repeated in the writer's own script under the Latin one adds no company. */
const secondScript: Case[] = [
  [
    "ar: the block again in Arabic (name, title, mobile) under the English one",
    inbound(
      "Karim Haddad <k.haddad@mail.example>",
      "Quote",
      "Hello,\n\nPlease call me about the quote.\n\nThanks,\nKarim Haddad\nSite Engineer\nMobile: +971 50 555 0142\n\nكريم حداد\nمساح كميات\nجوال: +971 50 555 0142\n",
    ),
    { name: "Karim Haddad", title: "Site Engineer", phone: "+971505550142" },
    ["company"],
  ],
  [
    "he: the block again in Hebrew under the English one",
    inbound(
      "Yael Cohen <yael.cohen@mail.example>",
      "Kitchen",
      "Hi,\n\nCan you measure our kitchen next week?\n\nBest regards,\nYael Cohen\nArchitect\nMobile: +972 52 555 0134\n\nיעל כהן\nאדריכלית\nנייד: +972 52 555 0134\n",
    ),
    { name: "Yael Cohen", title: "Architect" },
    ["company"],
  ],
];

/** The number the writer says to reach them on beats a house or office line named beside it. */
const reachMeOn: Case[] = [
  [
    'en-GB: "best to reach me on …" before "The house phone is …"',
    inbound(
      "Gwen Harper <gwen.harper@mail.example>",
      "Arrangements",
      "Dear Sir,\n\nI'm not often at my desk, so best to reach me on +44 7700 900512. The house phone is +44 1632 960777 but nobody is in.\n\nGwen",
    ),
    { name: "Gwen Harper", phone: "+447700900512" },
    [],
  ],
  [
    'fr: "vous pouvez me joindre au …" after "Le téléphone du bureau est le …"',
    inbound(
      "Paul Mercier <paul.mercier@courriel.example>",
      "Devis",
      "Bonjour,\n\nLe téléphone du bureau est le +33 1 99 00 55 12 ; vous pouvez me joindre au +33 6 39 98 55 12.\n\nPaul Mercier",
    ),
    { name: "Paul Mercier", phone: "+33639985512" },
    [],
  ],
];

describe("business12 field causes", () => {
  test.each([...unitLines, ...registryLines, ...titles, ...imageSignatures, ...secondScript, ...reachMeOn])(
    "%s",
    (_why, input, expected, absent) => expectLeadOf(input, OWNER_CTX, expected, absent),
  );
});
