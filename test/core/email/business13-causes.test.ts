// The general causes behind the misses of the business13 set, in fresh names, languages and wordings.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Wed, 9 Dec 2026 09:30:00 +0100");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** An accounts desk's mailbox shown by its desk's name is no person: the one who signs is the lead. */
const accountsDesk: Case[] = [
  [
    'de: "Rechnungswesen <rechnungswesen@…>" signed "i. V. Jonas Peters / Leiter Rechnungswesen" — Jonas Peters',
    inbound(
      "Rechnungswesen <rechnungswesen@peters-holzbau.example>",
      "Anfrage Jahresabschluss",
      "Guten Tag,\n\nwir suchen Unterstützung beim Jahresabschluss 2026.\n\nMit freundlichen Grüßen\n\ni. V. Jonas Peters\nLeiter Rechnungswesen\nPeters Holzbau GmbH\nTel. 0521 555 0142\n",
    ),
    { name: "Jonas Peters", email: "rechnungswesen@peters-holzbau.example", title: "Leiter Rechnungswesen" },
    [],
  ],
  [
    'fr: "Comptabilité <compta@…>" signed by its head — the signer, not the desk',
    inbound(
      "Comptabilité <compta@menuiserie-blanc.example>",
      "Demande de devis paie",
      "Bonjour,\n\nNous souhaitons externaliser nos fiches de paie.\n\nCordialement,\n\nCamille Roche\nResponsable Comptabilité\nMenuiserie Blanc SARL\n",
    ),
    { name: "Camille Roche", email: "compta@menuiserie-blanc.example" },
    [],
  ],
  [
    'en: "Accounting <accounting@…>" signed by a person — the signer',
    inbound(
      "Accounting <accounting@harbor-freightworks.example>",
      "Payroll quote",
      "Hello,\n\nCould you quote for running our payroll from January?\n\nThanks,\nPriya Natarajan\nAccounting Manager\nHarbor Freightworks LLC\n",
    ),
    { name: "Priya Natarajan", email: "accounting@harbor-freightworks.example" },
    [],
  ],
];

/** A zh/ja/ko signature adding an English name or romanisation after the name in the writer's own script. */
const ownScriptName: Case[] = [
  [
    'zh: display "陈思远", signature "陈思远 Steven Chen" — the name as written in Chinese',
    inbound(
      "陈思远 <chensy@jinhe-print.example>",
      "询价：彩盒印刷",
      "您好！\n\n请报价五千个彩盒。\n\n谢谢！\n\n陈思远 Steven Chen\n采购主管\n金禾印务有限公司\n",
    ),
    { name: "陈思远" },
    [],
  ],
  [
    'ko: display "Jiwoo Park", signature "박지우 (Jiwoo Park)" — the Hangul name',
    inbound(
      "Jiwoo Park <jiwoo.park@hanbit-tech.example>",
      "견적 문의",
      "안녕하세요.\n\n견적 부탁드립니다.\n\n감사합니다.\n\n박지우 (Jiwoo Park)\n과장\n한빛테크\n",
    ),
    { name: "박지우" },
    [],
  ],
];

/** The number the writer offers in prose ("ring me on …") is a direct line, over the signature's office line. */
const offeredNumber: Case[] = [
  [
    'en-GB: "you can ring me on 07700 900 461" above a signature "T: +44 161 496 0550" — the number offered',
    inbound(
      "Orders <orders@pennine-crisps.example>",
      "Printed boxes",
      "Hi,\n\nWe need 5,000 printed boxes. I'm mostly in the warehouse, so you can ring me on 07700 900 461.\n\nCheers,\nGemma Lowry\nPennine Crisps Ltd\nT: +44 161 496 0550\n",
    ),
    { phone: "+447700900461" },
    [],
  ],
  [
    'de: "erreichen Sie mich am besten unter 0171 5550123" above "Tel. +49 30 5550 1200 (Zentrale)" — the offered one',
    inbound(
      "Lena Vogt <l.vogt@vogt-kaelte.example>",
      "Wartungsvertrag",
      "Guten Tag,\n\nwir brauchen einen Wartungsvertrag. Tagsüber erreichen Sie mich am besten unter 0171 5550123.\n\nViele Grüße\nLena Vogt\nVogt Kälte GmbH\nTel. +49 30 5550 1200 (Zentrale)\n",
    ),
    { phone: "+491715550123" },
    [],
  ],
  [
    'en-US: "call me at 312-555-0164" beside a signature "Mobile: 312-555-0177" — the signed mobile still wins',
    inbound(
      "Marcus Reed <marcus@reedlogistics.example>",
      "Quote",
      "Hi,\n\nQuick question about pricing; call me at 312-555-0164 if easier.\n\nMarcus Reed\nReed Logistics\nMobile: 312-555-0177\n",
    ),
    { phone: "+13125550177" },
    [],
  ],
];

/** The lead met the business at its own stand or booth at a show: a trade show, named when written. */
const metAtYourStand: Case[] = [
  [
    'en: "we met at your booth at Build Expo Dallas" — Trade show',
    inbound(
      "Rosa Delgado <rosa@delgado-homes.example>",
      "Cabinet pricing",
      "Hi,\n\nWe met at your booth at Build Expo Dallas last month. Could you send pricing for 12 kitchens?\n\nRosa Delgado\nDelgado Homes\n",
    ),
    { source: expect.stringMatching(/^Trade show/) as unknown as string },
    [],
  ],
  [
    'de: "wir haben uns an Ihrem Stand auf der BAU kennengelernt" — Trade show',
    inbound(
      "Jan Köhler <j.koehler@koehler-dach.example>",
      "Anfrage Lüftung",
      "Guten Tag,\n\nwir haben uns letzte Woche an Ihrem Stand auf der BAU kennengelernt. Bitte senden Sie uns ein Angebot.\n\nGrüße\nJan Köhler\n",
    ),
    { source: "Trade show: BAU" },
    [],
  ],
  [
    'da: "Vi besøgte jeres stand" — Trade show',
    inbound(
      "Mette Holm <mette@holm-byg.example>",
      "Tilbud",
      "Hej,\n\nVi besøgte jeres stand i sidste uge og vil gerne have et tilbud.\n\nMed venlig hilsen\nMette Holm\n",
    ),
    { source: "Trade show" },
    [],
  ],
  [
    'da: "Vi mødtes sidste år … jeg er i stand til" ("able to") — no stand of the business, no source',
    inbound(
      "Søren Lund <soren@lund-el.example>",
      "Tilbud",
      "Hej,\n\nVi mødtes sidste år, og nu er jeg i stand til at bestille. Kan I sende et tilbud?\n\nHilsen\nSøren Lund\n",
    ),
    { name: "Søren Lund" },
    ["source"],
  ],
  [
    'en: "we met … come and see our booth at the fair" — the lead\'s own booth, no trade show of the business',
    inbound(
      "Tom Becker <tom@becker-toys.example>",
      "Display stands",
      "Hi,\n\nWe met last spring; this year you can come and see our booth at the toy fair. We need new display stands.\n\nTom Becker\n",
    ),
    { name: "Tom Becker" },
    ["source"],
  ],
];

describe("the causes of the business13 set", () => {
  test.each([...accountsDesk, ...ownScriptName, ...offeredNumber, ...metAtYourStand])(
    "%s",
    (_why, input, expected, absent) => {
      expectLeadOf(input, ctx, expected, absent);
    },
  );
});

describePersonFixed("business13 fixtures fixed by these causes", [
  ["an accounts desk's mailbox signed by its head (de)", "emails-business13/hp02-inbound-none-de"],
  [
    "a Chinese name with an English name beside it in the signature (zh)",
    "emails-business13/hp18-inbound-none-zh",
  ],
  ["met at the business's stand at a named show (sv)", "emails-business13/hp12-inbound-none-sv"],
]);
