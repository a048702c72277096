import path from "node:path";
import { describeFixtureTable, type FixtureCase } from "../../helpers/fixture-table";

// The tuning set of wave/intros (issue 13): who the lead is in intros, reply chains and notes above newsletters,
// and the title and company written in prose. Never the holdout (test/holdout/intros), which is scored, not tuned.
const DIR = path.resolve(__dirname, "../../fixtures/emails-intros");

const CASES: FixtureCase[] = [
  [
    '"Head of Marketing at X": the workplace preposition, not the "of" inside the title',
    "t01-intro-gmail-head-of",
  ],
  [
    'a direct intro: the person in Cc, not the introducer\'s paralegal also in Cc; "with" opens the company',
    "t02-intro-none-outlook-with",
  ],
  [
    '"(en copie)" is an aside, not part of the title; "Vins Roux et Fils" keeps its "et"',
    "t03-intro-none-apple-fr",
  ],
  [
    '"Geschäftsführer von X GmbH" in a Thunderbird forward with a "CC:" line; "Rückruf am Montag"',
    "t04-intro-thunderbird-de-von",
  ],
  [
    '"directora de operaciones de Clínicas Sonrisa": the lower-case "de" belongs to the title',
    "t05-intro-outlook-es",
  ],
  ['a double opt-in quoted under the intro; "SVP, Marketing" is one title', "t06-intro-none-gmail-svp-comma"],
  [
    'the introducer\'s assistant listed first in Cc; "owner of Gupta Hotels"',
    "t07-intro-outlook-assistant-first",
  ],
  [
    "the introduced person replying on top of the intro: the newest part's author, and it came by referral",
    "t08-intro-none-reply-bcc",
  ],
  [
    'a colleague forwards an Outlook intro whose quoted Cc is "Lima, Beatriz <…>;"',
    "t09-nested-outlook-original",
  ],
  [
    "an inbound Outlook reply: the author of the newest part, not the owner or the colleague in the quoted Cc",
    "t10-chain-none-outlook-reply",
  ],
  [
    "an inbound Gmail reply: the newest author, not the colleague who wrote first deeper in the quote",
    "t11-chain-none-gmail-reply",
  ],
  ['an Apple Mail reply ("On Apr 17, 2025, at 9:12 AM, … wrote:")', "t12-chain-none-apple-us"],
  [
    'a German Outlook reply ("-----Ursprüngliche Nachricht-----", "Müller, Heike" as the sender)',
    "t13-chain-none-outlook-de",
  ],
  ['a Spanish Gmail reply ("El lun, … escribió:")', "t14-chain-none-gmail-es"],
  [
    "a forwarded Outlook-web thread: the newest outside author; the note's follow-up",
    "t15-chain-outlook-web-note",
  ],
  [
    "a colleague's reply is the newest part: the outside person deeper down",
    "t16-chain-gmail-colleague-newest",
  ],
  ['"My name is X and I\'m the general manager of Y" from a free mailbox', "t17-freemail-none-my-name-is"],
  ['"Director, Business Development" over the company line', "t18-signature-gmail-title-dept"],
  ['"Rosa from Petal & Stem" in a note above a trade-show bulletin', "t19-incomplete-gmail-newsletter"],
  [
    '"Herr Jonas Becker von der Becker Transporte GmbH war am Stand" above a fair newsletter',
    "t20-incomplete-thunderbird-de-von-der",
  ],
  [
    '"Lead: Dana K., Riverside Yoga." — a first name and an initial is a name',
    "t21-incomplete-gmail-initial",
  ],
  [
    '"Marta Gil (Cerámicas Gil)" above a Spanish fair bulletin, never the organiser',
    "t22-incomplete-outlook-es-parens",
  ],
  [
    '"Vu Bruno Lefebvre de Fromagerie Lefebvre au salon" above the show\'s newsletter',
    "t23-incomplete-apple-fr-de",
  ],
  ['"Met Gordon Hale of Hale Brewing at the mixer", from an iPhone', "t24-incomplete-ios-of"],
  [
    "a name, company and mobile in the note above a webinar mailing: the note's person, not the mailing",
    "t25-note-gmail-webinar-mobile",
  ],
  [
    "a forward of a forward of an intro: the middle forwarder's note is kept; no phone from the introducer",
    "t26-nested-gmail-intro",
  ],
  [
    'a French Outlook forward ("De :", "Cc : Girard, Élodie"), "responsable des achats chez …"',
    "t27-intro-outlook-fr",
  ],
  ["a Spanish intro with the lead in To beside the owner", "t28-intro-none-es-to"],
  [
    '"who handles purchasing for Collins Farms": a company, no title; the brother named is not the lead',
    "t29-intro-outlook-web-no-title",
  ],
  ["a reply from an address without a display name: the signed name", "t30-chain-none-outlook-bare-address"],
  [
    'a French Outlook reply ("RE :", "De : … Envoyé : …" without a separator line)',
    "t31-chain-none-outlook-fr-reply",
  ],
  [
    "a reply whose subject was edited (no Re:): the attribution line says it is a reply",
    "t32-chain-none-gmail-edited-subject",
  ],
  ['a German Gmail reply ("Am Di., 20. Mai 2025 um 16:12 Uhr schrieb …:")', "t33-chain-none-gmail-de-reply"],
  [
    'the introduced person replies "te paso a copia oculta": a Bcc, not a pass-along; her address from her reply',
    "t34-intro-none-es-reply-bcc",
  ],
  ['"looping in Mia Chen (cc), COO of Tandem Bikes"', "t35-intro-gmail-looping-in"],
  ['an Italian intro: "responsabile acquisti di Conti Arredamenti"', "t36-intro-none-it"],
  ['"meet Rob Diaz — GM at Sunset Grill": an em dash before the title', "t37-intro-outlook-web-em-dash"],
  [
    'the title and company in the next sentence ("She\'s the practice manager at …")',
    "t38-intro-gmail-next-sentence",
  ],
  ['"Spoke with Marcus Webb of Webb & Sons Plumbing at the home show"', "t39-incomplete-gmail-spoke-with"],
  [
    '"Kontakt vom Stand: Anja Roth (Roth Design GmbH)" above a "Handwerksmesse" mailing',
    "t40-incomplete-thunderbird-de-kontakt",
  ],
  ['"Joe P. @ Pinecrest Realty": an initial and an at-sign', "t41-incomplete-gmail-at-sign"],
  [
    '"Lead : Sylvie Caron, Caron Design." above a show\'s mailing: the show is the source',
    "t42-incomplete-apple-fr-label",
  ],
  [
    'a Thunderbird reply ("On 6/3/25 4:45 PM, Nora Quist wrote:") with the lead\'s colleague in Cc',
    "t43-chain-none-thunderbird-en",
  ],
  ['a Portuguese intro: "diretora comercial da Sousa Têxteis"', "t44-intro-none-pt"],
  [
    "a colleague forwards an outside reply thread: the outside author, not the colleague in the quoted Cc",
    "t45-nested-outlook-partner-reply",
  ],
  ['"Met Ana de la Cruz from Cruz Foods": name particles', "t46-incomplete-gmail-particle-name"],
  [
    '"Met Jane Okafor at Expo West": a name alone; the expo is where they met, not their company',
    "t47-incomplete-gmail-name-only",
  ],
  ['"Hi, this is Dana Cole from Cole Dental Studio" from a free mailbox', "t48-inbound-none-this-is"],
  [
    '"North Peak Climbing\'s new head of operations": the possessive names the company',
    "t49-intro-gmail-possessive",
  ],
  ['"I\'ve copied him here" is an introduction; "head of facilities for …"', "t50-intro-none-head-of-for"],
  [
    'a Thunderbird "Kopie (CC):" line the library reads and the tables do not: the library\'s reading is kept',
    "t51-intro-thunderbird-de-kopie-cc",
  ],
  // wave/accuracy: intro wordings and reply chains in more languages (written after the fresh holdout was scored).
  [
    '"wanted to connect the two of you": a direct intro under an introducer\'s long signature',
    "u01-intro-none-connect-two-of-you",
  ],
  [
    '"darf ich Ihnen heute Herrn X vorstellen?", then "Herr X ist Leiter Marketing der Y AG" (genitive, last name)',
    "u02-intro-outlook-de-darf-ich",
  ],
  ['"ich bringe euch mal zusammen"; "Inhaberin der Winter Immobilien GmbH"', "u03-intro-none-de-zusammen"],
  [
    '"Je vous mets en relation avec …"; "Domaine des Pins" keeps its "des"',
    "u04-intro-gmail-fr-mise-en-relation",
  ],
  ['"breng ik je in contact met X, directeur bij Y B.V."', "u05-intro-none-nl-in-contact"],
  ['"ti metto in contatto con X, direttore dell\'Hotel Belvedere"', "u06-intro-none-it-metto-in-contatto"],
  [
    '"Te pongo en contacto con …"; a Spanish mobile without a country code in the intro text',
    "u07-intro-none-es-pongo-en-contacto",
  ],
  [
    '"(Head of Operations, Brightline Tools)": the "of" inside the title gives way to the comma',
    "u08-intro-gmail-parenthesis-comma",
  ],
  [
    "an Outlook reply above a first-name-only intro, forwarded: referral",
    "u09-chain-outlook-reply-above-first-name-intro",
  ],
  [
    "the owner answered an intro with the lead in Cc and forwarded it: the lead's address comes from that Cc",
    "u10-chain-gmail-owner-reply-to-intro",
  ],
  [
    'a French reply: "Port. 06 55 50 44 21" under "Cordialement" is French, not +1',
    "u11-chain-none-fr-portable",
  ],
  [
    '"hiermit stelle ich Ihnen Frau X vor, Geschäftsführerin der Y GmbH"',
    "u12-intro-none-de-stelle-vor-genitiv",
  ],
  [
    'an inbound Gmail reply above "Gabe, meet Lorena": a first name alone still makes it a referral',
    "u13-chain-none-gmail-reply-first-name-intro",
  ],
  ['"making the intro" (double opt-in); "the Asset Manager at …"', "u14-intro-none-making-the-intro"],
  ['"I think you two should talk"; the greeting names both sides', "u15-intro-none-you-two-should-talk"],
  ['"ich vernetze euch beide mal: X ist Leiterin Technik bei der Y GmbH"', "u16-intro-none-de-vernetzen"],
  ['"Je fais les présentations : X, qui est gérante de la Y"', "u17-intro-none-fr-presentations"],
  [
    '"Te presento a X, que es el director general de Y": the relative clause is not the title',
    "u18-intro-none-es-quien-es",
  ],
  ['"ti metto in copia X, proprietaria della Y"', "u19-intro-none-it-metto-in-copia"],
  ['"Leuk om jullie aan elkaar voor te stellen"', "u20-intro-none-nl-aan-elkaar-voorstellen"],
  ['"Cc\'ing Mark Ruiz, who handles facilities at …": a company, no title', "u21-intro-none-ccing"],
  [
    'an inbound Outlook reply from "Alvarez, Jorge" signed "Jorge": his mobile, not the direct line',
    "u22-chain-none-outlook-last-first",
  ],
  [
    'a Dutch reply ("Op … schreef …:"): "Tel: 020 555 0199" under "Met vriendelijke groet" is Dutch',
    "u23-chain-none-nl-reply",
  ],
  [
    'an Italian reply ("Il giorno … ha scritto:"): "Cell. 347 …" is Italian; "Titolare – Ottica Moretti"',
    "u24-chain-none-it-reply",
  ],
  ['a German reply ("Am … schrieb …:"): "Mobil: 0170 …" is German; "gGmbH"', "u25-chain-none-de-reply"],
  ['a reply signed under "--" with "Office Manager | Peak Analytics"', "u26-chain-none-dashdash-sig"],
  ['"Hi both," greets both sides: an introduction', "u27-intro-none-hi-both"],
  [
    'a subject "Aaron <> Kira (Westfield Dental)" and a text naming the copied person: an introduction',
    "u28-intro-gmail-subject-only",
  ],
  [
    "\"here's Cole Parker (cc'd)\" introduces the owner to the lead in To: the lead is the other side",
    "u29-intro-none-lead-in-to-owner-cc",
  ],
  [
    '"titolare della Pasticceria Neri di Torino": the town is not part of the company',
    "u30-intro-none-it-company-town",
  ],
  [
    'an English reply with "07700 900456" and no region: read where a trunk "0" is written (UK)',
    "u31-chain-none-uk-mobile",
  ],
  ['"Bel haar vrijdag." is a Dutch follow-up', "u32-intro-outlook-nl-bel-haar"],
  [
    "a customer writes \"Our architect, Dana Lee (cc'd)\": the sender's own party copied is no introduction",
    "u33-inbound-none-customer-ccs-architect",
  ],
  [
    '"Hi both," to the owner and a colleague, subject "Introduction - …": the sender, not the owner\'s colleague',
    "u34-inbound-none-hi-both-two-owners",
  ],
];

/** Cases this wave does not get right yet (kept visible: they fail loudly once fixed, to be moved up). */
// (None now: phones without a country code read in the region the text's places, sign-off or language imply.)
const KNOWN_WEAK = new Set<string>([]);

describeFixtureTable("intros, reply chains and notes (tuning set)", DIR, CASES, KNOWN_WEAK);
