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

describe("who the lead is in the causes of the who25 set", () => {
  test.each([...negatedCue, ...writesForCopied])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("who25 fixtures fixed by these causes", [
  [
    "property manager writes, the owner she must not be contacted past (US)",
    "emails-who25/hg21-signature-none",
  ],
  ["colleague writes 'på vegne af' the copied marketing chief (da)", "emails-who25/hg20-inbound-none-da"],
  ["board secretary writes 'hallituksen puolesta', CFO copied (fi)", "emails-who25/hg23-inbound-none-fi"],
]);
