// The company, title and source causes behind the retired final6/final7 who-blocks' misses, in fresh wordings.
import path from "node:path";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { fixtureMisses } from "../../helpers/fixture-table";
import { forwardedMessage, OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, cc = "") =>
  forwardedMessage("Fri, 4 Dec 2026 09:00", from, body, { cc, subject: "Angebot" });

const prose: Case[] = [
  [
    'de: "ist Geschäftsführerin der Hahn Statik GmbH und sucht … für die Montage": the genitive company, not the later "für"',
    inbound(
      "Uwe Kern <u.kern@kern-verwaltung.example>",
      "Vorstellung",
      "Sehr geehrter Herr Person,\n\nich möchte Ihnen Frau Dr. Ina Hahn vorstellen. Frau Dr. Hahn ist Geschäftsführerin der Hahn Statik GmbH und sucht einen Partner für die Montage.\n\nSie erreichen sie unter i.hahn@hahn-statik.example.\n\nMit freundlichen Grüßen\nUwe Kern",
    ),
    { name: "Ina Hahn", company: "Hahn Statik GmbH", title: "Geschäftsführerin" },
    [],
  ],
  [
    'en: "meet Dev Rao, who has Copper Kettle Cafe over on Main": the business he has',
    inbound(
      "Lou Park <lou@parkplumbing.example>",
      "Intro",
      "Owner, meet Dev Rao, who has Copper Kettle Cafe over on Main. He needs a bookkeeper.\n\nLou",
      { cc: "Dev Rao <dev@copperkettle.example>" },
    ),
    { name: "Dev Rao", company: "Copper Kettle Cafe" },
    [],
  ],
  [
    'nl: "mijn collega Eva Smit (inkoper, 06 5550 1299)": the title beside the number in the aside',
    note(
      "Eva Smit beslist hierover, bel haar.",
      fwd(
        "Kees Bos <k.bos@bos-bouw.example>",
        "Goedemiddag,\n\nMijn collega Eva Smit (inkoper, 06 5550 1299) is het aanspreekpunt.\n\nMet vriendelijke groet,\nKees Bos\nBos Bouw B.V.",
        "Eva Smit <e.smit@bos-bouw.example>",
      ),
    ),
    { name: "Eva Smit", title: "inkoper" },
    [],
  ],
  [
    'en: "(Office Manager, 555-0142)" in an introduction: the title, the number read apart',
    inbound(
      "Ann Cole <ann@colelaw.example>",
      "Intro",
      "Hi Owner,\n\nI'd like to introduce Rita Moss (Office Manager, 617-555-0142) from Moss Dental.\n\nBest,\nAnn",
      { cc: "Rita Moss <rita@mossdental.example>" },
    ),
    { name: "Rita Moss", title: "Office Manager", phone: "+16175550142" },
    [],
  ],
];

const principals: Case[] = [
  [
    'en: an assistant writing from the principal\'s mailbox "on behalf of Omar Diaz, COO of Diaz Freight": his title',
    inbound(
      "Omar Diaz <odiaz@diazfreight.example>",
      "Fleet",
      "Hello,\n\nI am writing on behalf of Omar Diaz, COO of Diaz Freight. He would like a call.\n\nMany thanks,\nJune Park\nAssistant to Omar Diaz",
    ),
    { name: "Omar Diaz", title: "COO" },
    [],
  ],
  [
    'es: "escribo en nombre de Elena Vidal, directora de Vidal Textil" from her own mailbox: her title',
    inbound(
      "Elena Vidal <evidal@vidaltextil.example>",
      "Presupuesto",
      "Buenos días:\n\nEscribo en nombre de Elena Vidal, directora de Vidal Textil. Le gustaría recibir un presupuesto.\n\nSaludos cordiales,\nPilar Ruiz\nAsistente",
    ),
    { name: "Elena Vidal", title: "directora" },
    [],
  ],
  [
    'en: the note hands it to "our Operations Director, Kate Lowe" named by the assistant below: her title',
    note(
      "The assistant wrote, but the one who decides is Kate Lowe (kate.lowe@lowe-hotels.example).",
      fwd(
        "Ben Hart <ben.hart@lowe-hotels.example>",
        "Hello,\n\nOn behalf of our Operations Director, Kate Lowe, I'm asking about new carpets.\n\nKind regards,\nBen Hart\nLowe Hotels",
      ),
    ),
    { name: "Kate Lowe", title: "Operations Director" },
    [],
  ],
];

const referrals: Case[] = [
  [
    'en: the lead answers a thread an outside venue began with "passing along Nina\'s booking - over to you": a referral',
    inbound(
      "Nina Ford <nina@fordevents.example>",
      "RE: Party",
      `Great, the 12th works.\n\nNina Ford\n\nFrom: Owner Person <owner@owner-co.example.com>\nSent: Tuesday, December 1, 2026 10:00 AM\nTo: Nina Ford <nina@fordevents.example>\nSubject: RE: Party\n\nWe have the 12th open.\n\nFrom: Joe Kerr <joe@kerrhall.example>\nSent: Monday, November 30, 2026 9:00 AM\nTo: ${OWNER}\nSubject: Party\n\nPassing along Nina's booking at our hall - she needs a caterer. Over to you.\nJoe Kerr`,
    ),
    { name: "Nina Ford", source: "Referral: Joe Kerr" },
    [],
  ],
  [
    'es: "te paso el pedido de Lucía" from another company, answered above by Lucía: a referral',
    inbound(
      "Lucía Mora <lucia@moraeventos.example>",
      "RE: Cena",
      `Perfecto, el día 12.\n\nLucía Mora\n\nDe: Owner Person <owner@owner-co.example.com>\nEnviado: martes, 1 de diciembre de 2026 10:00\nPara: Lucía Mora <lucia@moraeventos.example>\nAsunto: RE: Cena\n\nTenemos el 12 libre.\n\nDe: Pablo Ruiz <pablo@salonruiz.example>\nEnviado: lunes, 30 de noviembre de 2026 9:00\nPara: ${OWNER}\nAsunto: Cena\n\nTe paso el pedido de Lucía, necesita un catering.\nPablo Ruiz`,
    ),
    { name: "Lucía Mora", source: "Referral: Pablo Ruiz" },
    [],
  ],
];

const cjk: Case[] = [
  [
    'ja: "株式会社みどり製菓の営業部長、森 由美さん": the company and title before her name',
    inbound(
      "田中 一郎 <tanaka@tanaka-shoji.example>",
      "ご紹介",
      "山本様\n\n株式会社みどり製菓の営業部長、森 由美さん（CCに入れています）をご紹介します。\n\n田中",
      { cc: "森 由美 <mori@midori-seika.example>" },
    ),
    { name: "森 由美", company: "株式会社みどり製菓", title: "営業部長" },
    [],
  ],
  [
    'ja: "小林運輸株式会社の小林 健さん … 小林さんは総務部の課長で": the company starting with his family name, his title',
    inbound(
      "田中 一郎 <tanaka@tanaka-shoji.example>",
      "ご紹介",
      "山本様\n\n小林運輸株式会社の小林 健さんをご紹介します。\n小林さんは総務部の課長で、新しい倉庫を探しています。\n\n田中",
      { cc: "小林 健 <kobayashi@kobayashi-unyu.example>" },
    ),
    { name: "小林 健", company: "小林運輸株式会社", title: "課長" },
    [],
  ],
];

describe("company, title and source in the causes of the retired final6/final7 who-blocks", () => {
  test.each([...prose, ...principals, ...referrals, ...cjk])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

/** The fixtures these causes fixed (their folders also hold blocks other fixers own, so no whole-folder table here). */
const fixed: [why: string, file: string][] = [
  ['de genitive company before a later "für"', "emails-final6/d02-intro-outlook-de"],
  [
    "the assistant's \"our General Manager, X\" under the note's decision maker",
    "emails-final6/d05-note-gmail",
  ],
  ["an assistant writing from the CEO's mailbox", "emails-final6/d06-inbound-outlook"],
  ["nl title beside the number in an aside", "emails-final6/d12-note-outlook-nl"],
  ['ja company before the name, title after "は"', "emails-final6/d15-intro-ios-ja"],
  ['en "who has <business>"', "emails-final7/a01-intro-none"],
  ["an outside venue passing the lead along at the thread's bottom", "emails-final7/a11-chain-outlook-web"],
  ["ja company that starts with the family name", "emails-final7/a15-intro-none-ja"],
];

describe("final6/final7 who-block fixtures fixed by the field causes", () => {
  test.each(fixed)("%s (%s)", async (_why, file) => {
    const { bad } = await fixtureMisses(path.join(__dirname, "../../fixtures", `${file}.eml`));
    expect(bad).toEqual([]);
  });
});
