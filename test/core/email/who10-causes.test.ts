// The general causes behind the blind "who10" set's misses (mail a small business really gets), in fresh wordings.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 16 Jun 2026 10:40:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (
  from: string,
  body: string,
  to = "Owner Person <owner@owner-co.example.com>",
  subject = "Hello",
) => `From: ${from}\nDate: Mon, 15 Jun 2026 09:00\nSubject: ${subject}\nTo: ${to}\n\n${body}`;

/** A booking platform's notice: the guest it names, from its labelled fields; the platform is a system sender. */
const bookings: Case[] = [
  [
    'en: a restaurant platform\'s "reservations@" notice names the guest; it is no person to follow up',
    note(
      "Big table - call him",
      fwd(
        "DineSpot Reservations <reservations@dinespot.example>",
        "New reservation\n\nGuest: Marlon Pryce\nParty size: 12\nPhone: (415) 555-0161\nEmail: marlon.pryce@pryce-legal.example\n\nManage this reservation in DineSpot.",
      ),
    ),
    { name: "Marlon Pryce", email: "marlon.pryce@pryce-legal.example", phone: "+14155550161" },
    ["company"],
  ],
  [
    'nl: "Gastnaam" and "Telefoon" are the guest\'s name and number on a Dutch booking notice',
    note(
      "Nieuwe gast",
      fwd(
        "Kamerboek <noreply@kamerboek.example>",
        "Nieuwe boeking\n\nGastnaam: Femke Bakker\nAankomst: 3 juli\n\nTelefoon: +31 6 55501122\nE-mail: femke.b@gast.kamerboek.example",
      ),
    ),
    { name: "Femke Bakker", phone: "+31655501122", email: "femke.b@gast.kamerboek.example" },
    [],
  ],
];

/** A weekday written with its date ("maandag 6 juli"): the date names the day, not the next such weekday. */
const weekdayWithDate: Case[] = [
  [
    'nl: "Bellen maandag 6 juli" is 6 July, not the Monday after the note',
    note(
      "Bellen maandag 6 juli.",
      fwd("Joost Smit <joost@smit-bouw.example>", "Graag een offerte.\n\nJoost Smit"),
    ),
    { name: "Joost Smit", followUp: "2026-07-06" },
    [],
  ],
  [
    'fr: "rappeler lundi 13 juillet" is 13 July',
    note(
      "À rappeler lundi 13 juillet.",
      fwd("Inès Roy <ines@roy-deco.example>", "Bonjour,\n\nUn devis svp.\n\nInès Roy"),
    ),
    { name: "Inès Roy", followUp: "2026-07-13" },
    [],
  ],
];

/** A calendar invitation: the outside guest is the lead, never the organiser (a colleague, or an introducer). */
const invitations: Case[] = [
  [
    "en: a colleague's Google Calendar invitation: the outside guest from the guest list, with the number in the notes",
    inbound(
      "Priya Nair <priya@owner-co.example.com>",
      "Invitation: Walkthrough - Okafor kitchen @ Tue Jun 23, 2026 2pm - 3pm (EDT)",
      "You have been invited to the following event.\n\nWalkthrough - Okafor kitchen\nTuesday Jun 23, 2026 2pm - 3pm (EDT)\n\nDaniel's cell: 646-555-0128. Bring samples.\n\nOrganizer\nPriya Nair\npriya@owner-co.example.com\n\nGuests\nPriya Nair - organizer\nowner@owner-co.example.com\nDaniel Okafor\ndan.okafor@mailbox.example\n\nView all guest info\n\nInvitation from Google Calendar",
    ),
    { name: "Daniel Okafor", email: "dan.okafor@mailbox.example", phone: "+16465550128" },
    ["source", "title", "company"],
  ],
  [
    "fr: an outside agent's Outlook meeting request (Quand/Où) introduces the client whose address she writes",
    note(
      "Cliente de Sylvie.",
      fwd(
        "Sylvie Garnier <s.garnier@garnier-conseil.example>",
        "Quand : mardi 23 juin 2026 10:00-11:00\nOù : Atelier, 4 rue Haute, Nantes\n\nBonjour,\n\nJe vous propose ce créneau pour rencontrer Maëlle Tanguy, gérante de la Boulangerie Tanguy SARL.\n\nSon adresse : maelle@boulangerie-tanguy.example\n\nBien cordialement,\nSylvie Garnier\nCourtière – Garnier Conseil\nTél. 02 40 00 12 34",
      ),
    ),
    {
      name: "Maëlle Tanguy",
      email: "maelle@boulangerie-tanguy.example",
      title: "gérante",
      source: "Referral: Sylvie Garnier",
    },
    [],
  ],
];

/** A chat pasted into a mail: the outside speaker, or the person that speaker passes on ("her name is …"). */
const chats: Case[] = [
  [
    'en: a WhatsApp export in the owner\'s note: the friend passes on "her name is X" with her number; the friend referred',
    note(
      "From Omar - call her tomorrow.\n\n[14/06/26, 19:02:11] Omar Haddad: Hey! My cousin is opening a bakery\n[14/06/26, 19:02:40] Omar Haddad: Her name is Leila Haddad, here's her number\n[14/06/26, 19:02:55] Omar Haddad: 917-555-0133\n[14/06/26, 19:05:12] Owner Person: Thanks, will call!",
    ),
    { name: "Leila Haddad", phone: "+19175550133", followUp: "2026-06-17", source: "Referral: Omar Haddad" },
    ["email"],
  ],
  [
    "en: a LinkedIn conversation a colleague pasted: the other speaker, with the profile's title and company",
    inbound(
      "Dara Quinn <dara@owner-co.example.com>",
      "LinkedIn lead",
      "Pasting my chat with their ops lead. Follow up next Monday please.\n\nNoor Saleh · 2nd\nOperations Manager at Bayside Clinics\n\nNoor Saleh  10:02 AM\nHi Dara, we need new signage for three sites.\n\nDara Quinn  10:05 AM\nHappy to help - how can we reach you?\n\nNoor Saleh  10:09 AM\nnoor.saleh@baysideclinics.example or 312-555-0172\n\nDara Quinn\nSales | Owner Co\n312-555-0100",
    ),
    {
      name: "Noor Saleh",
      email: "noor.saleh@baysideclinics.example",
      phone: "+13125550172",
      title: "Operations Manager",
      company: "Bayside Clinics",
      followUp: "2026-06-22",
    },
    ["source"],
  ],
  [
    'cs: an SMS a friend forwards ("Od: +420 …", "tady X"): the texter named in it, the number it came from',
    note(
      "Zavolat zítra.",
      fwd(
        "Petr Novák <petr.novak@posta-mail.example>",
        "Ahoj,\n\nposílám ti SMS od známého.\n\n---\nOd: +420 603 555 021\nDobrý den, tady Karel Dušek, potřebuji novou střechu. Děkuji\n---\n\nPetr",
      ),
    ),
    { name: "Karel Dušek", phone: "+420603555021", source: "Referral: Petr Novák" },
    ["email"],
  ],
];

/** An attendee list or a fair's lead scans under a note that names one person listed: that person's row. */
const listedRows: Case[] = [
  [
    'en: "Met Pia from …" over a chamber\'s "Name | Company | Title | Email | Phone" list: her row, with the header\'s columns',
    note(
      "Met Pia from Harbor Pediatrics at the mixer - call her Friday!",
      fwd(
        "Chamber Events <events@chamber.example>",
        "Here are the attendees:\n\nName | Company | Title | Email | Phone\nTed Lowe | Lowe Roofing | Owner | ted@loweroofing.example | 503-555-0121\nPia Novak | Harbor Pediatrics | Office Manager | pia@harborpeds.example | 503-555-0177\n\nSee you next month!",
      ),
    ),
    {
      name: "Pia Novak",
      email: "pia@harborpeds.example",
      phone: "+15035550177",
      company: "Harbor Pediatrics",
      title: "Office Manager",
      followUp: "2026-06-19",
    },
    [],
  ],
  [
    'de: "Herr Brandt (Nr. 3)" over numbered lead scans: his row, the honorific dropped and "Herr" naming no one else',
    note(
      "Interessant ist Herr Brandt (Nr. 3).",
      fwd(
        "Messe Scan <noreply@scan.messe.example>",
        "Besucher:\n\n1. Frau Uta Kern – privat – uta.kern@post.example – Tel. 030 5550 1201\n2. Herr Olaf Zeh – Zeh GmbH – o.zeh@zeh.example – Tel. 030 5550 1202\n3. Herr Tobias Brandt – privat – t.brandt@post.example – Tel. 030 5550 1203",
      ),
    ),
    { name: "Tobias Brandt", email: "t.brandt@post.example" },
    ["company"],
  ],
  [
    "de: the same list's dashes decoded as Latin-1 C1 codes (windows-1252 labelled ISO-8859-1) still separate its cells",
    note(
      "Interessant ist Herr Brandt.",
      fwd(
        "Messe Scan <noreply@scan.messe.example>",
        "Besucher:\n\n1. Frau Uta Kern \u0096 privat \u0096 uta.kern@post.example\n2. Herr Tobias Brandt \u0096 privat \u0096 t.brandt@post.example",
      ),
    ),
    { name: "Tobias Brandt", email: "t.brandt@post.example" },
    [],
  ],
];

/** Web forms: Japanese bracketed labels; a label under the name is never a title or company. */
const forms: Case[] = [
  [
    'ja: a form\'s "【お名前】 …" bracketed labels give name, company, title, e-mail and phone',
    inbound(
      "お問い合わせフォーム <form@owner-co.example.com>",
      "【お問い合わせ】",
      "以下の内容で送信がありました。\n\n【お名前】 山田 花子\n【会社名】 株式会社やまだ商店\n【役職】 店長\n【メールアドレス】 hanako@yamada-shoten.example\n【電話番号】 06-5555-0142\n【ご紹介者】 佐藤 一郎 様",
    ),
    {
      name: "山田 花子",
      email: "hanako@yamada-shoten.example",
      company: "株式会社やまだ商店",
      title: "店長",
      source: "Website",
    },
    [],
  ],
  [
    'en: a form whose labels stand alone over their values ("Email", "Phone" under the name) gives no title or company',
    inbound(
      "Acme Site <wordpress@owner-co.example.com>",
      "New Contact Us entry",
      "Name\nRosa Tran\nEmail\nrosa.tran@mailbox.example\nPhone\n(503) 555-0166\nReferred by\nKim Ode\nMessage\nPlease call me.",
    ),
    { name: "Rosa Tran", email: "rosa.tran@mailbox.example", source: "Website" },
    ["company", "title"],
  ],
];

/** A household's shared mailbox writing for one of the family: that person, at the household's address. */
const households: Case[] = [
  [
    'en: "The Parks" writing "for my wife, June Park": June, at the household address, with her cell',
    note(
      "",
      fwd(
        "The Parks <parkfamily@mailbox.example>",
        "Hi,\n\nThis is Sam - I'm writing for my wife, June Park. She wants a quote for a fence.\n\nHer cell is 206-555-0119.\n\nSam & June",
      ),
    ),
    { name: "June Park", email: "parkfamily@mailbox.example", phone: "+12065550119" },
    [],
  ],
  [
    'es: "Familia Ruiz" writing "por mi madre Carmen": a first name alone takes the household\'s surname',
    note(
      "",
      fwd(
        "Familia Ruiz <familia.ruiz@correo.example>",
        "Hola,\n\nSoy Lucía, escribo por mi madre Carmen, que quiere reformar la cocina.\n\nGracias,\nLucía",
      ),
    ),
    { name: "Carmen Ruiz", email: "familia.ruiz@correo.example" },
    [],
  ],
];

/** A customer passes on a neighbour with a name and a number only. */
const neighbours: Case[] = [
  [
    'en: "his name is X … his number is …" from a customer: X with that number, referred by the customer',
    inbound(
      "Kara Boyd <kara.boyd@mailbox.example>",
      "neighbor",
      "Hi!\n\nMy neighbor loved your work. His name is Ivan Petrov, he wants a new deck. His number is 503 555 0183.\n\nTell him Kara sent you :)\n\nKara",
    ),
    { name: "Ivan Petrov", phone: "+15035550183", source: "Referral: Kara Boyd" },
    ["email"],
  ],
];

/** A voicemail notice: the caller who names themselves in the transcript, in the notice's language. */
const voicemails: Case[] = [
  [
    'sv: "Röstbrevlådan" is a system sender; "det är X från Y" names the caller, whose Swedish mobile is read as SE',
    note(
      "Ring Oskar på måndag.",
      fwd(
        "Röstbrevlådan <rost@telefoni.example>",
        'Du har ett nytt röstmeddelande.\n\nTranskribering:\n"Hej, det är Oskar Lund från Lunds Bygg. Ring mig på mobilen, 070-555 01 44. Tack!"',
      ),
    ),
    { name: "Oskar Lund", phone: "+46705550144", company: "Lunds Bygg" },
    ["email"],
  ],
];

/** A supplier's rep hands the account to a successor on the same company domain: the successor, with that company. */
const handovers: Case[] = [
  [
    'en: "your account will be handled by X (cc\'d)", "X is our new Regional Account Manager": X, with the shared company',
    note(
      "New rep - call in 2 weeks.",
      fwd(
        "Gail Ortiz <gortiz@pinecrest-supply.example>",
        "Hi,\n\nI'm retiring at the end of the month, so your account will be handled by Victor Huang (cc'd). Victor is our new Regional Account Manager for the valley. You can reach him on his cell at 541-555-0138.\n\nGail\n\nGail Ortiz | Sales\nPinecrest Supply Co.\nP 541-555-0100",
        undefined,
      ).replace("\n\nHi,", "\nCc: Victor Huang <vhuang@pinecrest-supply.example>\n\nHi,"),
    ),
    {
      name: "Victor Huang",
      email: "vhuang@pinecrest-supply.example",
      phone: "+15415550138",
      title: "Regional Account Manager",
      company: "Pinecrest Supply Co.",
      source: "Referral: Gail Ortiz",
    },
    [],
  ],
];

/** Localised thread layouts: Polish Thunderbird's "Adresat:" header and "W dniu …, X pisze:" attribution. */
const threads: Case[] = [
  [
    'pl: a colleague wrote last in a Thunderbird thread; the customer quoted under "W dniu …, X pisze:" with his signature',
    note(
      "Oddzwonić jutro.",
      "From: Ewa Lis <ewa@owner-co.example.com>\nDate: Tue, 16 Jun 2026 10:05\nSubject: Re: Wycena\nTo: Owner Person <owner@owner-co.example.com>\n\n-------- Treść przekazanej wiadomości --------\nTemat: \tRe: Wycena\nData: \tTue, 16 Jun 2026 10:05:31 +0200\nNadawca: \tEwa Lis <ewa@owner-co.example.com>\nAdresat: \tMarek Wrona <m.wrona@wrona-druk.example>\n\nDzień dobry,\n\ndziękuję, przekazuję sprawę szefowi.\n\nPozdrawiam\nEwa Lis\n\nW dniu 15.06.2026 o 09:14, Marek Wrona pisze:\n> Dzień dobry,\n>\n> proszę o wycenę.\n>\n> Z poważaniem\n> Marek Wrona\n> Prezes\n> Wrona Druk Sp. z o.o.\n> tel. kom. 601 555 044",
    ),
    {
      name: "Marek Wrona",
      email: "m.wrona@wrona-druk.example",
      phone: "+48601555044",
      title: "Prezes",
      followUp: "2026-06-17",
    },
    [],
  ],
];

/** A signature whose numbers read only in the region the text implies: its title is read in that region too. */
const signatureRegions: Case[] = [
  [
    'de: the new rep\'s "Dipl.-Ing." signature under German prose keeps its title; the old rep\'s quoted "übergebe ich an … Frau X" referred her',
    note(
      "Rückruf am Montag.",
      fwd(
        "Karin Voss <karin.voss@nordhandel.example>",
        "Sehr geehrter Herr Person,\n\nwie angekündigt betreue ich ab dem 1. Juli Ihr Kundenkonto.\n\nMit freundlichen Grüßen\nKarin Voss\n\n--\nDipl.-Ing. Karin Voss\nKey Account Managerin Industrie\nNordhandel GmbH\nTel. 040 5550 1417\n\nAm 12.06.2026 um 10:14 schrieb Uwe Brink:\n> Sehr geehrter Herr Person,\n>\n> Ihr Konto übergebe ich an meine Kollegin Frau Voss, die sich bei Ihnen meldet.\n>\n> Uwe Brink",
      ).replace("\n\nSehr geehrter", "\nCc: Uwe Brink <uwe.brink@nordhandel.example>\n\nSehr geehrter"),
    ),
    {
      name: "Karin Voss",
      phone: "+494055501417",
      title: "Key Account Managerin Industrie",
      company: "Nordhandel GmbH",
      source: "Referral: Uwe Brink",
    },
    [],
  ],
];

/** What an introducer's prose says about the person: a company they own later in the sentence, not their flat. */
const prose: Case[] = [
  [
    'en: "meet Dr. Ana Cruz, DVM - she\'s a client of ours and owns Cruz Animal Clinic, PLLC": the company with its legal form',
    inbound(
      "Tom Reyes <tom@reyes-cpa.example>",
      "Intro",
      "Hi,\n\nMeet Dr. Ana Cruz, DVM - she's a longtime client of ours and owns Cruz Animal Clinic, PLLC in Salem. She needs new phones.\n\nTom",
      { cc: "Ana Cruz <ana@cruzclinic.example>" },
    ),
    { name: "Ana Cruz", email: "ana@cruzclinic.example", company: "Cruz Animal Clinic, PLLC" },
    [],
  ],
  [
    'en: "one of our owners, Mrs. Lee Park (Unit 12C)": the unit in brackets is where she lives, not her company',
    inbound(
      "Dan Moss <dan@harbor-pm.example>",
      "Quote request",
      "Hello,\n\nI manage the building on behalf of the HOA. One of our owners, Mrs. Lee Park (Unit 12C), would like a quote. She asked that you contact her directly: lee.park@inbox.example.\n\nDan Moss\nCommunity Manager",
    ),
    { name: "Lee Park", email: "lee.park@inbox.example" },
    ["company"],
  ],
];

/** Someone writing for a principal who is not copied, whose own address the text gives: the principal. */
const principals: Case[] = [
  [
    'nl: "Namens de heer Joris van Beek … ontvangen op j.vanbeek@…": the principal (particle kept), not the secretariat',
    note(
      "",
      fwd(
        "Secretariaat Directie <secretariaat@beek-bouw.example>",
        "Beste mevrouw,\n\nNamens de heer Joris van Beek, directeur van Van Beek Bouw B.V., vraag ik een offerte aan.\n\nDe heer Van Beek wil de offerte graag ontvangen op j.vanbeek@beek-bouw.example. Hij is bereikbaar op 06 55501299.\n\nMet vriendelijke groet,\n\nLinda Smit\nDirectiesecretaresse\nT 020 555 0190",
      ),
    ),
    { name: "Joris van Beek", email: "j.vanbeek@beek-bouw.example", phone: "+31655501299" },
    [],
  ],
  [
    "cs: a building manager's \"kontaktujte ji přímo … e-mailem X\" refers the owner; her name with its accents, not the address's",
    note(
      "",
      fwd(
        "Ing. Eva Malá <mala@sprava-domu.example>",
        "Dobrý den,\n\nspravuji dům pro SVJ. Paní Mgr. Věra Dvořáková, vlastnice bytu č. 7, by ráda poptala malování.\n\nProsím kontaktujte ji přímo na tel. 604 555 027 nebo e-mailem vera.dvorakova@posta-cz.example.\n\nS pozdravem\nIng. Eva Malá",
      ),
    ),
    { name: "Věra Dvořáková", email: "vera.dvorakova@posta-cz.example", phone: "+420604555027" },
    ["company"],
  ],
];

/** ja: a customer passes on a neighbour by name and mobile ("鈴木さんの携帯は …"), nobody copied. */
const japanese: Case[] = [
  [
    'ja: "お隣の鈴木さん（鈴木 大樹さん）… 鈴木さんの携帯は 080-… です": the neighbour\'s full name and mobile, referred',
    note(
      "来週電話する。",
      fwd(
        "佐藤 花 <hana.sato@mail.example>",
        "山田様\n\nいつもお世話になっております。佐藤です。\n先日はありがとうございました。\n\n実は、お隣の鈴木さん（鈴木 大樹さん）が外壁の塗装を考えているそうです。\n鈴木さんの携帯は 080-5555-0177 です。\n\nよろしくお願いいたします。\n\n佐藤 花",
      ),
    ),
    { name: "鈴木 大樹", phone: "+818055550177", source: "Referral: 佐藤 花" },
    ["email"],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind who10 set", () => {
  test.each([
    ...bookings,
    ...weekdayWithDate,
    ...invitations,
    ...chats,
    ...listedRows,
    ...forms,
    ...households,
    ...neighbours,
    ...voicemails,
    ...handovers,
    ...threads,
    ...signatureRegions,
    ...prose,
    ...principals,
    ...japanese,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
