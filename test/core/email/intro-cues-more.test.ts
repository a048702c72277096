// Introductions worded politely or only in the subject: the copied person is the lead, not the introducer.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput } from "../../../src/core/lead";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0100");

type Case = [why: string, input: EmailInput, name: string, email: string | undefined];

const cases: Case[] = [
  [
    'fr: "Je me permets de mettre en copie Camille Rousseau" with the introducer\'s colleague copied too',
    inbound(
      "Margaux Delcourt <margaux@fildor.example>",
      "Je vous mets en relation : Camille & Élodie",
      "Bonjour Élodie,\n\nJe me permets de mettre en copie Camille Rousseau, qui cherche une photographe.\n\nJe mets aussi Inès en copie, elle suit le planning chez nous.\n\nMargaux Delcourt\nFil d'Or Événements",
      {
        to: OWNER,
        cc: "Camille Rousseau <camille.rousseau@mail.example>, Inès Barbier <ines@fildor.example>",
      },
    ),
    "Camille Rousseau",
    "camille.rousseau@mail.example",
  ],
  [
    'fr: the subject alone says it ("Je vous mets en relation"), the body just greets both',
    inbound(
      "Margaux Delcourt <margaux@fildor.example>",
      "Je vous mets en relation",
      "Bonjour à toutes les deux,\n\nÉlodie, Camille cherche une photographe pour septembre. Camille, voici Élodie.\n\nMargaux",
      { to: OWNER, cc: "Camille Rousseau <camille.rousseau@mail.example>" },
    ),
    "Camille Rousseau",
    "camille.rousseau@mail.example",
  ],
  [
    'ja: "佐藤さんの携帯は …" with "佐藤 美咲" in To beside the owner: her address and full name',
    inbound(
      "森 千尋 <chihiro.mori@pta-mail.example>",
      "ご紹介：佐藤さん",
      "中村様\n佐藤様\n\nお二人をおつなぎいたします。\n佐藤美咲さんは、家庭教師を探していらっしゃいます。\n\n佐藤さんの携帯は 090-5555-0138 です。\n\n森 千尋",
      { to: `${OWNER}, 佐藤 美咲 <misaki.sato@mail.example>` },
    ),
    "佐藤 美咲",
    "misaki.sato@mail.example",
  ],
  [
    'en: a compact pass-on, "Priya Shah (Shah Design, 416 555 0142) needs a new roof. Give her a call."',
    inbound(
      "Mark Tully <mark@tullylaw.example>",
      "A lead for you",
      "Sam - Priya Shah (Shah Design, 416 555 0142) needs a new roof. Give her a call.\nMark",
    ),
    "Priya Shah",
    undefined,
  ],
];

describe("introductions in more wordings", () => {
  test.each(cases)("%s", (_why, input, name, email) => {
    const { lead } = extractLeadFromEmail(input, OWNER_CTX);
    expect({ name: lead.name, email: lead.email }).toEqual({ name, email });
  });
});
