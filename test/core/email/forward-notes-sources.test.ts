// Owners' short notes naming the website as the source, and signatures whose name line has a longer twin below.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { note } = ownerInbox("Wed, 11 Nov 2026 22:47:02 -0300");
const sent = "Wed, 11 Nov 2026 15:10";

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'pt-BR: "Lead do site." in the owner\'s note: source Website',
    note(
      "Lead do site. ligar amanha cedo",
      forwardedMessage(
        sent,
        "Patrícia Almeida <patricia@aprendermais.example>",
        "Boa tarde!\nGostaria de um orçamento.\nPatrícia Almeida",
      ),
    ),
    { source: "Website" },
  ],
  [
    'zh: "网站来的询价" (an enquiry that came from the website): source Website',
    note(
      "网站来的询价，下周二回电",
      forwardedMessage(
        sent,
        "王丽 <wangli@lvyuanbrew.example>",
        "陈经理您好：\n想了解一下灌装线的价格。\n王丽",
      ),
    ),
    { source: "Website" },
  ],
  [
    'fr: "Camille Roux" over her title over "Camille Roux Photographie": the name alone, the studio as the company',
    note(
      "Rencontrée au salon.",
      forwardedMessage(
        sent,
        "Camille Roux <camille.roux@orange.example>",
        "Bonsoir,\nPourriez-vous m'envoyer un devis ?\n\nBelle soirée,\n\nCamille Roux\nPhotographe de mariage\nCamille Roux Photographie\n06 39 98 23 41",
      ),
    ),
    { name: "Camille Roux", title: "Photographe de mariage", company: "Camille Roux Photographie" },
  ],
  [
    'ko: "박서연 원장" (director of a clinic) on the name line: the name, and 원장 as the title',
    note(
      "전시회에서 만남.",
      forwardedMessage(
        sent,
        "박서연 <seoyeon.park@tuntun-physio.example>",
        "안녕하세요.\n견적 부탁드립니다.\n\n박서연 원장\n튼튼 물리치료 클리닉\n휴대폰: 010-5555-0123",
      ),
    ),
    { name: "박서연", title: "원장" },
  ],
];

describe("short notes and name lines in forwards", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    expect(extractLeadFromEmail(input, OWNER_CTX).lead).toMatchObject(expected);
  });
});
