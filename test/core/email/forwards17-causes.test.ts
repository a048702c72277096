// Forward causes of the forwards17 set: a person signing from a venue's events@/bookings@ mailbox, how the lead came
// in (zh/ja "…展", webinar with any ending, tr case endings), a note saying the signature's number is wrong (pl, cs, sv,
// tr, es), a phone line with a bracketed note ("（代表）") taken as the company, zh call-back wordings. Fresh data.
import { sourceFromNote } from "../../../src/core/email/note";
import { followUpFromNote } from "../../../src/core/followup/followup";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";
import { describePersonFixed } from "../../helpers/fixture-table";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 14 Oct 2025 09:30:00 -0400");
const lines = (...l: string[]) => l.join("\n");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A shared mailbox a venue's staff write from is a system address by its name; the person who signs is the lead. */
const staffedMailbox: Case[] = [
  [
    "en: an inn's bookings@ under the inn's name, signed 'Name | Title' under 'Best regards' — that person, at bookings@",
    inbound(
      "Lakeside Inn Bookings <bookings@lakeside-inn.example>",
      "Group dinner in November",
      lines(
        "Hello,",
        "",
        "We would like a quote for a rehearsal dinner for 40 guests on November 21.",
        "",
        "Best regards,",
        "Priya Raman | Guest Relations Manager",
        "Lakeside Inn Ltd",
        "604-555-0142",
      ),
    ),
    { name: "Priya Raman", email: "bookings@lakeside-inn.example", title: "Guest Relations Manager" },
    [],
  ],
  [
    "de: a hotel's reservierungen@ forwarded by the owner, signed 'Name, Title' under 'Viele Grüße' — that person",
    note(
      "Vom Hotel am See, bitte Angebot bis Freitag.",
      lines(
        "From: Hotel Seeblick Reservierung <reservierungen@hotel-seeblick.example>",
        "Date: Mon, 13 Oct 2025 11:02:00 +0200",
        "Subject: Anfrage Firmenfeier",
        "To: Owner Person <owner@owner-co.example.com>",
        "",
        "Guten Tag,",
        "wir planen eine Firmenfeier für 80 Personen und bitten um ein Angebot.",
        "",
        "Viele Grüße",
        "Sabine Huber, Bankettleiterin",
        "Hotel Seeblick GmbH",
      ),
    ),
    { name: "Sabine Huber", email: "reservierungen@hotel-seeblick.example" },
    [],
  ],
  [
    "en: an events@ notice signed by a team, no person — still nobody to follow up at that address",
    inbound(
      "Riverside Hall Events <events@riverside-hall.example>",
      "Your event listing is live",
      lines(
        "Your listing for the Autumn Craft Market is now live on our calendar.",
        "",
        "Thanks,",
        "The Events Team",
      ),
    ),
    {},
    ["email", "name"],
  ],
  [
    "de: a booking portal's bookings@ notice signed by its brand ('Ihr Ferienhaus.example') — the guest of its 'Gast:' row, never the brand or its address",
    inbound(
      "Ferienportal Buchungen <bookings@ferienportal.example>",
      "Neue Buchungsanfrage",
      lines(
        "Sie haben eine neue Buchungsanfrage.",
        "",
        "Gast: Tom Okafor",
        "Telefon: +49 151 55501234",
        "",
        "Viele Grüße",
        "Ihr Ferienhaus.example",
      ),
    ),
    { name: "Tom Okafor" },
    ["email"],
  ],
];

/** A labelled number with a bracketed note after it is a phone line, never the company (region-independent). */
const bracketedNumberNote: Case[] = [
  [
    "ja: 'TEL 03-… （代表）' (main line) under the company in a ja signature — the 株式会社 line is the company",
    inbound(
      "山田 花子 <hanako.yamada@kaede-shoji.example>",
      "カタログ送付のお願い",
      lines(
        "お世話になっております。カタログをお送りいただけますでしょうか。",
        "",
        "よろしくお願いいたします。",
        "",
        "株式会社かえで商事",
        "営業部長",
        "山田 花子",
        "TEL 03-5555-0177（代表）",
        "携帯 090-5555-0168",
      ),
    ),
    { name: "山田 花子", company: "株式会社かえで商事" },
    [],
  ],
  [
    "en (IE): 'Tel 01 555 0199 (reception)' a US-region owner cannot read — not the company",
    inbound(
      "Orla Byrne <orla@byrne-fab.example>",
      "Steel brackets",
      lines(
        "Hi, could you price 300 wall brackets?",
        "",
        "Thanks,",
        "Orla Byrne",
        "Tel 01 555 0199 (reception)",
      ),
    ),
    { name: "Orla Byrne" },
    ["company"],
  ],
];

/** A colleague's note saying the signature's number is wrong, in languages the correction table lacked. */
const correctedNumber: Case[] = [
  [
    "pl: 'zły numer … dobry to …' above a Polish signature — the note's number",
    note(
      "W stopce jest zły numer komórki, dobry to 602 555 017.",
      lines(
        "From: Marek Zając <m.zajac@zajac-dach.example>",
        "Date: Mon, 13 Oct 2025 10:00:00 +0200",
        "Subject: Wycena",
        "To: Owner Person <owner@owner-co.example.com>",
        "",
        "Dzień dobry, proszę o wycenę.",
        "",
        "Pozdrawiam",
        "Marek Zając",
        "kom. 602 555 071",
      ),
    ),
    { name: "Marek Zając", phone: "+48602555017" },
    [],
  ],
  [
    "sv: 'fel nummer i signaturen, rätt är …' — the note's number",
    note(
      "Fel nummer i signaturen, rätt är 070-555 01 29.",
      lines(
        "From: Karin Lund <karin@lund-bygg.example>",
        "Date: Mon, 13 Oct 2025 10:00:00 +0200",
        "Subject: Offert",
        "To: Owner Person <owner@owner-co.example.com>",
        "",
        "Hej, kan ni lämna en offert?",
        "",
        "Med vänliga hälsningar",
        "Karin Lund",
        "Mobil 070-555 01 92",
      ),
    ),
    { name: "Karin Lund", phone: "+46705550129" },
    [],
  ],
  [
    "tr: 'imzadaki telefon yanlış, doğrusu …' (a landline, no mobile word) — the note's number",
    note(
      "İmzadaki telefon yanlış, doğrusu 0212 555 01 44.",
      lines(
        "From: Elif Demir <elif@demir-insaat.example>",
        "Date: Mon, 13 Oct 2025 10:00:00 +0300",
        "Subject: Teklif",
        "To: Owner Person <owner@owner-co.example.com>",
        "",
        "Merhaba, teklif rica ediyoruz.",
        "",
        "Saygılarımla",
        "Elif Demir",
        "Tel: 0212 555 01 41",
      ),
    ),
    { name: "Elif Demir", phone: "+902125550144" },
    [],
  ],
];

describe("the lead the forwards17 causes now read right", () => {
  test.each([...staffedMailbox, ...bracketedNumberNote, ...correctedNumber])(
    "%s",
    (_why, input, expected, absent) => {
      expectLeadOf(input, ctx, expected, absent);
    },
  );
});

describe("how the lead came in, in wordings the source tables missed", () => {
  test.each<[why: string, text: string, source: string | undefined]>([
    ["zh: a show named by its trade then 展 ('建材展上')", "在上海建材展上认识的，周四联系。", "Trade show"],
    ["zh: 车展 followed by 期间", "车展期间留了名片。", "Trade show"],
    ["zh: 博会 short for an expo ('美博会')", "美博会上加的微信。", "Trade show"],
    ["ja: a trade then 展 then で", "建材展で名刺交換しました。", "Trade show"],
    ["ja: 'ショーで' (at the … show)", "東京ギフト・ショーで名刺交換。", "Trade show"],
    ["zh: 发展 (development) is no show", "他们公司发展很快，下周联系。", undefined],
    ["ja: 親展 (confidential) is no show", "親展：見積書を同封します。", undefined],
    ["tr: the webinar with a case ending ('webinarda tanıştık')", "Eylüldeki webinarda tanıştık.", "Webinar"],
    ["en: the plural ('one of our webinars')", "She sat in on one of our webinars last month.", "Webinar"],
    ["pl: locative 'na webinarze'", "Był na naszym webinarze o pompach ciepła.", "Webinar"],
    ["es: 'seminario web'", "Se apuntó a nuestro seminario web de octubre.", "Webinar"],
    ["fr: 'séminaire en ligne'", "Inscrite à notre séminaire en ligne.", "Webinar"],
    ["tr: conference with a case ending ('konferansında')", "İzmir konferansında tanıştık.", "Conference"],
  ])("%s", (_why, text, source) => {
    expect(sourceFromNote(text)).toBe(source);
  });

  test("en: a show's name joined by '&' is read whole", () => {
    expect(sourceFromNote("Met him at the Coast Boat & Yacht Expo.")).toBe("Trade show: Coast Boat & Yacht");
  });
});

describe("zh call-back wordings ask for a follow-up", () => {
  const thu = { y: 2025, m: 10, d: 16 };
  test.each<[why: string, text: string, date: string]>([
    ["a measure word between 回 and 电话 ('回个电话')", "明天给他回个电话。", "2025-10-17"],
    ["'打个电话' with a weekday", "周一打个电话问问。", "2025-10-20"],
    ["formal 致电", "下周三致电客户。", "2025-10-22"],
    ["a follow-up visit 回访", "后天回访。", "2025-10-18"],
  ])("%s", (_why, ask, date) => {
    // Longer than a bare date (a short note that is only a date is read without a cue), as a colleague writes it.
    const text = `王经理，这位客户是从展会名单里找到的，对我们的新款灯具很感兴趣，${ask}`;
    expect(followUpFromNote(text, thu).date).toBe(date);
  });
});

describePersonFixed("forwards17 fixtures fixed by these causes", [
  ["a prospect signing from a hotel's events@ mailbox (Yahoo, en)", "emails-forwards17/hm25-note-yahoo"],
]);
