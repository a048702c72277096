// The general causes behind the who-is-the-lead misses of the who25 set, in fresh wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A cue the writer negates names whom to avoid: the writer (or the next cue) stays the lead. */
const negatedCue: Case[] = [
  [
    'en: "please do not contact him directly" after the absent owner and his number — the manager who writes',
    inbound(
      "Tessa Moreno <tessa@harbourlet.example>",
      "Gutter repair, 14 Quay Lane",
      "Hello,\n\nWe let 14 Quay Lane for the landlord, Mr. Victor Hale (overseas, 416-555-0170), but please do not contact him directly - all work is arranged through us.\n\nThe front gutter is leaking. Could you quote?\n\nThanks,\nTessa Moreno\nLettings Manager\nHarbour Lettings Ltd\nDirect: 416-555-0181\n",
    ),
    { name: "Tessa Moreno", email: "tessa@harbourlet.example", phone: "+14165550181" },
    ["source"],
  ],
  [
    'en: "don\'t call her" is skipped, the next cue ("ring him") names the one to reach',
    inbound(
      "Jo Pike <jo.pike@mailbox.example>",
      "Fence",
      "Hi,\n\nMy aunt, Rosa Quinn, owns the plot, but don't call her. Our neighbour Sam Dorrell is handling it, so please ring him on 416-555-0133.\n\nJo\n",
    ),
    { name: "Sam Dorrell" },
    [],
  ],
];

/** A writer acting for someone copied, in languages the cue tables lacked, or for a board with a copied colleague. */
const writesForCopied: Case[] = [
  [
    'nb: "på vegne av vår økonomisjef, X" with X copied — X, titled from the possessive',
    inbound(
      "Ola Berg <ola.berg@fjordbygg.example>",
      "Tilbud på regnskap",
      "Hei,\n\nJeg skriver på vegne av vår økonomisjef, Kari Lunde, som er bortreist denne uken. Hun tar avgjørelsen.\n\nMvh\nOla Berg\nFjordbygg AS\n",
      { cc: "Kari Lunde <kari.lunde@fjordbygg.example>" },
    ),
    { name: "Kari Lunde", email: "kari.lunde@fjordbygg.example", title: "økonomisjef" },
    [],
  ],
  [
    'pl: "w imieniu prezesa, X" with X copied — X, not the secretary who writes',
    inbound(
      "Ewa Nowak <ewa.nowak@drewbud.example>",
      "Zapytanie o ofertę",
      "Dzień dobry,\n\nPiszę w imieniu prezesa, Tomasza Wójcika (w kopii). Prosimy o ofertę na obsługę księgową.\n\nPozdrawiam\nEwa Nowak\n",
      { cc: "Tomasz Wójcik <t.wojcik@drewbud.example>" },
    ),
    { name: "Tomasz Wójcik", email: "t.wojcik@drewbud.example" },
    [],
  ],
  [
    'fi: "hallituksen puolesta" (cue after the board) — the copied colleague named in full, title in apposition',
    inbound(
      "Liisa Koskinen <liisa.koskinen@saimaanvene.example>",
      "Tarjouspyyntö",
      "Hei,\n\nKirjoitan Saimaan Vene Oy:n hallituksen puolesta. Asiaa hoitaa toimitusjohtaja Mikko Heinonen (kopiona), joka päättää valinnasta.\n\nTerveisin\nLiisa Koskinen\n",
      { cc: "Mikko Heinonen <mikko.heinonen@saimaanvene.example>" },
    ),
    { name: "Mikko Heinonen", email: "mikko.heinonen@saimaanvene.example", title: "toimitusjohtaja" },
    [],
  ],
  [
    'en: "on behalf of the board" with a colleague copied and named — that colleague',
    inbound(
      "Amy Lau <amy.lau@northpier.example>",
      "Audit tender",
      "Dear Ms Person,\n\nI am writing on behalf of the board of North Pier Holdings. Our finance director Owen Tran (copied) will lead the selection.\n\nRegards,\nAmy Lau\nCompany Secretary\n",
      { cc: "Owen Tran <owen.tran@northpier.example>" },
    ),
    { name: "Owen Tran", email: "owen.tran@northpier.example" },
    [],
  ],
];

/** An introducer names the person, then a longer capitalised name (their business) before the number. */
const businessAfterPerson: Case[] = [
  [
    'en: "X owns Blue Harbor Kayak Rentals … call him" — X, not the first three words of the business\'s name',
    inbound(
      "Nina Cole <nina@webhost.example>",
      "a referral for you",
      "Hi,\n\nA customer of ours, Owen Pratt, owns Blue Harbor Kayak Rentals and needs a booking site. He prefers the phone, so call him: 416-555-0191.\n\nNina\n",
    ),
    { name: "Owen Pratt", phone: "+14165550191" },
    [],
  ],
  [
    'es: "X tiene Ferretería Nueva Castilla Sur … llámala" — X, the person, not the shop',
    inbound(
      "Pablo Ruiz <pablo.ruiz@correo.example>",
      "Una clienta",
      "Hola,\n\nUna clienta mía, Marta Gil, tiene Ferretería Nueva Castilla Sur y busca quien le haga la web. Llámala al 416-555-0192.\n\nPablo\n",
    ),
    { name: "Marta Gil", phone: "+14165550192" },
    [],
  ],
];

/** ja writes a shop's or firm's name in corner brackets before the person ("「X」のオーナー、NAME様"): X. */
const bracketedCompany: Case[] = [
  [
    'ja: "『山の上珈琲』の店長、中村 愛様" (CC) — the company in the brackets, no legal form needed',
    inbound(
      "田村 誠 <tamura@mame-shoji.example>",
      "ご紹介",
      "お世話になっております。\n\n弊社のお客様である『山の上珈琲』の店長、中村 愛様をご紹介いたします。\n中村様の携帯：090-5550-3344\n\nよろしくお願いいたします。\n田村\n",
      { cc: "中村 愛 <ai@yamanoue.example>" },
    ),
    { name: "中村 愛", email: "ai@yamanoue.example", company: "山の上珈琲" },
    [],
  ],
  [
    "ja: 「…」 then the role, the name on the next line — the same company across the line break",
    inbound(
      "田村 誠 <tamura@mame-shoji.example>",
      "ご紹介：みどり工房様",
      "いつもお世話になっております。\n\n「みどり工房」の代表、\n小川 純さんをご紹介します（CCに入れています）。\n小川さんの携帯：080-5550-7721\n\n田村\n",
      { cc: "小川 純 <jun@midori-kobo.example>" },
    ),
    { name: "小川 純", email: "jun@midori-kobo.example", company: "みどり工房" },
    [],
  ],
];

describe("who the lead is in the causes of the who25 set", () => {
  test.each([...negatedCue, ...writesForCopied, ...businessAfterPerson, ...bracketedCompany])(
    "%s",
    (_why, input, expected, absent) => {
      expectLeadOf(input, ctx, expected, absent);
    },
  );
});

describePersonFixed("who25 fixtures fixed by these causes", [
  [
    "property manager writes, the owner she must not be contacted past (US)",
    "emails-who25/hg21-signature-none",
  ],
  ["colleague writes 'på vegne af' the copied marketing chief (da)", "emails-who25/hg20-inbound-none-da"],
  ["board secretary writes 'hallituksen puolesta', CFO copied (fi)", "emails-who25/hg23-inbound-none-fi"],
  ["hosting supplier names the customer, then his co-op's long name (US)", "emails-who25/hg03-intro-none"],
]);
