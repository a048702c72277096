import path from "node:path";
import { describeFixtureTable, type FixtureCase } from "../../helpers/fixture-table";

// The fourth blind set of real-business layouts (issue 13, wave/biz5 tuning set): Notes and Exchange headers,
// delegates, auto-replies, vCards, quoted signatures, nine languages. Never the holdout (test/holdout/business).
const DIR = path.resolve(__dirname, "../../fixtures/emails-business4");

const CASES: FixtureCase[] = [
  [
    "RFQ; -----Original Message----- with From: Okonkwo, Adaeze [mailto:…]; Title / Department / Company on separate lines; T:/M:/F: with ext.; W: with a path",
    "t01-signature-outlook",
  ],
  [
    "Hausverwaltung → plumbing firm; German Gmail header; i.A. before the name; Tel./Fax/Mobil with ·; Handelsregister footer naming other people",
    "t02-inbound-gmail-de",
  ],
  [
    "introduction, lead in Cc; pipe-separated signatures for introducer and lead; lead's quoted reply",
    "t03-intro-outlook-web",
  ],
  [
    "top-posted reply on a >/>> quoted thread; lead 'Priya Raman, CPA'; note names the decision maker",
    "t04-chain-gmail",
  ],
  [
    "Lotus Notes 'Forwarded by … on …' block with 'Last, First' <…> on … / Please respond to (no listed client → none); AU Ph:/Mob:",
    "t05-inbound-none",
  ],
  ["Outlook FR De : / Envoyé : / À : / Objet :; T./P. labels; ISO-8859-1 QP", "t06-signature-outlook-fr"],
  ["hotel events inquiry; Tel.: …", "t07-inbound-gmail-es"],
  [
    "Apple Mail Italian (Inizio messaggio inoltrato: Da/Oggetto/Data/A); owner note with fair + 'Call her Thursday'; website only after the disclaimer",
    "t08-note-apple-it",
  ],
  ["Outlook NL Van/Verzonden/Aan/Onderwerp; dental practice; T:/M: with pipes", "t09-inbound-outlook-nl"],
  [
    "HTML-only; signature in a two-cell table with logo; Dr. … , DDS; Office/Cell/Fax",
    "t10-signature-outlook",
  ],
  [
    "law firm; Esq.; Direct line only; long disclaimer with a toll-free number; note says website inquiry",
    "t11-inbound-thunderbird",
  ],
  ["shared mailbox 'on behalf of' the buyer; tender invitation; direct vs main", "t12-inbound-outlook"],
  [
    "out-of-office auto-reply naming the real contact; owner note 'Follow up with him Monday'",
    "t13-note-outlook",
  ],
  ["details only in an attached vCard (text/vcard, base64)", "t14-signature-gmail"],
  [
    "iPhone 'Begin forwarded message:' with > quoting; 'Owner / Project Manager'; Sent from my iPhone",
    "t15-inbound-ios",
  ],
  ["owner's note only: name, title, company, expo — no contact → needsReview", "t16-incomplete-gmail"],
  ["company legitimately named '+Plus Interiors Ltd' → starts with + → needsReview", "t17-signature-outlook"],
  ["forward whose only content is a scanned PNG → no lead → needsReview", "t18-bad-gmail"],
  [
    "Yahoo ----- Forwarded Message -----; contractor on a free mailbox; company only in signature",
    "t19-freemail-yahoo",
  ],
  ["Japanese introduction, ISO-2022-JP body and RFC 2047 names; TEL/携帯", "t20-intro-none-ja"],
  [
    "bottom-posted, interleaved quoting; lead signature inside > quote with two phones and a URL path",
    "t21-chain-thunderbird",
  ],
  [
    "Von: Vogt, Katrin; i.V. Dr.; department line; Telefon/Telefax/Handy; Vorstand footer with other Dr. names; base64",
    "t22-inbound-outlook-web-de",
  ],
  [
    "HubSpot-style sales pitch, HTML only; tracking pixel, unsubscribe footer with toll-free; owner note 'Follow up in 2 weeks'",
    "t23-note-gmail",
  ],
  [
    "website contact-form notification (Name:/Company:/Job title:/Email:/Phone:) → source Website",
    "t24-inbound-gmail",
  ],
  [
    "Apple Mail FR; Québec law firm; Me; bilingual title; poste extension; Cell./Téléc.; bilingual disclaimer",
    "t25-signature-apple-fr",
  ],
  ["forward of a forward: outside accountant (ACA) passes on his client → Referral", "t26-nested-gmail"],
  ["HTML body > 1 MB (inline data: URI logo) → needsReview, lead still expected", "t27-signature-outlook"],
  ["French owner note from a salon: name, title, company only → needsReview", "t28-incomplete-outlook-fr"],
  [
    "Apache-style users@ list post, --  signature, list unsubscribe footer, Reply-To the list",
    "t29-inbound-thunderbird",
  ],
  ["purchase order with Ship to / Bill to / AP contact; buyer's Direct/Main/Mobile", "t30-inbound-outlook"],
];

/** Cases not right yet (kept visible: they fail loudly once fixed, to be moved up). */
const KNOWN_WEAK = new Set<string>([
  // "he's the one to chase now. Follow up with him Monday": "chase now" is read as today (follow-up words)
  "t13-note-outlook",
  // a note's prose "met Ravi Menon at the … Expo, Head of Facilities at Castlegate Hotels Group": title and company
  // after the event are not read (incomplete lead from prose)
  "t16-incomplete-gmail",
  // a French note "Rencontrée au salon … : Hélène Marchand, cheffe de projet chez Atelier Soli" names nobody the
  // note reader finds (incomplete lead from prose)
  "t28-incomplete-outlook-fr",
]);

describeFixtureTable("real-business layouts, fourth blind set (tuning set)", DIR, CASES, KNOWN_WEAK);
