// The blind "who12" set's causes, in fresh wordings: the lead's own name where a couple signs or a shared mailbox writes.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 16 Jun 2026 10:40:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A couple signing together: the writer is the one the From header names, not both names run together. */
const couples: Case[] = [
  [
    'en: a wedding enquiry signed "Priya Shah & Tom Reid" is from Priya Shah',
    inbound(
      "Priya Shah <priya.shah@mailbox.example>",
      "Wedding in May",
      "Hi there,\n\nWe are getting married on 8 May and would love a quote for the full day.\n\nPriya Shah & Tom Reid",
    ),
    { name: "Priya Shah", email: "priya.shah@mailbox.example" },
    [],
  ],
  [
    'de: a reply whose quoted first mail is signed "Lena Vogt und Jonas Brandt" is from Lena Vogt',
    inbound(
      "Lena Vogt <lena.vogt@postfach.example>",
      "Re: Angebot Hochzeit",
      "Hallo,\n\ndanke, das passt uns gut. Rufen Sie mich an: 0151 55501234.\n\nLena\n\nAm 10.06.2026 um 09:12 schrieb Owner Person <owner@owner-co.example.com>:\n> Gerne, anbei unser Angebot.\n>\n>> Am 09.06.2026 um 20:01 schrieb Lena Vogt <lena.vogt@postfach.example>:\n>> Wir suchen einen Fotografen für den 5. September.\n>>\n>> Lena Vogt und Jonas Brandt",
    ),
    { name: "Lena Vogt", email: "lena.vogt@postfach.example" },
    [],
  ],
];

/** ja: a company's or department's shared mailbox; the writer introduces themselves and signs below. */
const japaneseMailboxes: Case[] = [
  [
    "ja: 「総務部の佐藤と申します」 from a department's mailbox: the signed 佐藤 健, with the company and title signed",
    inbound(
      "株式会社あおば 総務部 <soumu@aoba.example.jp>",
      "お見積りのお願い",
      "ご担当者様\n\n株式会社あおば 総務部の佐藤と申します。\n事務所の複合機の入れ替えについてお見積りをお願いいたします。\n\nよろしくお願いいたします。\n\n--\n株式会社あおば\n総務部 課長\n佐藤 健\nTEL：06-5555-0121\n",
    ),
    {
      name: "佐藤 健",
      company: "株式会社あおば",
      title: "総務部 課長",
      email: "soumu@aoba.example.jp",
    },
    [],
  ],
  [
    "ja: 「高橋でございます」 under a company mailbox's name, signature between rule lines",
    inbound(
      "みどり物産株式会社 <office@midori-bussan.example.jp>",
      "ご相談",
      "いつもお世話になっております。\nみどり物産の高橋でございます。\n\n来月の展示会用の備品についてご相談させてください。\n\n====================\nみどり物産株式会社\n営業部\n高橋 由美\nTEL：03-5555-0177\n====================",
    ),
    { name: "高橋 由美", company: "みどり物産株式会社" },
    [],
  ],
];

describe("The lead's own name where a couple signs or a shared mailbox writes (blind who12 set's causes)", () => {
  test.each([...couples, ...japaneseMailboxes])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
