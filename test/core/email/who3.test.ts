import path from "node:path";
import { describeFixtureTable, type FixtureCase } from "../../helpers/fixture-table";

// The blind "who is the lead?" set of issue 13 (emails-who3): picking the right person is the hard part. A tuning
// set since wave/fixwho; its first-sight score is in the folder's README.
const DIR = path.resolve(__dirname, "../../fixtures/emails-who3");

const CASES: FixtureCase[] = [
  [
    "an intro under a long introducer signature with office, mobile, fax and assistant numbers",
    "w01-intro-gmail",
  ],
  [
    "the prospect only in the intro's body with an inline address and mobile; the introducer's assistant in Cc",
    "w02-intro-outlook-fr",
  ],
  ["two people named in an intro: the decision maker is the lead", "w03-intro-apple-de"],
  ["the owner only in Cc; the introducer writes To the prospect, no forward header", "w04-intro-none-es"],
  ["the prospect's reply on top of the intro, the introducer moved to Bcc", "w05-intro-none-it"],
  [
    "the prospect in a quoted CC under a Thunderbird-nl forward, a Dutch disclaimer signature",
    "w06-intro-thunderbird-nl",
  ],
  [
    "an HTML-only Outlook-web forward (one <div> per line): two people named, the decision maker leads",
    "w07-intro-outlook-web-pt",
  ],
  [
    "the prospect only in the body with their address beside the name (a Swedish referral)",
    "w08-intro-yahoo-sv",
  ],
  ['the introducer\'s EA copied with her own phone; a "Dr." prefix on the lead', "w09-intro-proton"],
  ["an Outlook chain: the newest outside author, not the broker who passed him along", "w10-chain-outlook"],
  [
    'a French chain ("Le … a écrit :"): the newest author, introduced by an architect deeper down',
    "w11-chain-gmail-fr",
  ],
  [
    'a German chain ("Am … schrieb"): the newest author, not the receptionist who first asked',
    "w12-chain-gmail-de",
  ],
  [
    'a Spanish chain ("El … escribió:"): the newest author, not the friend who introduced',
    "w13-chain-outlook-es",
  ],
  ["the owner's colleague writes newest; the client is quoted", "w14-chain-none"],
  ['"Sent from my iPhone" on top; the full signature only in the quoted part', "w15-chain-ios"],
  ['a Gmail-nl "Op … schreef" chain under a Thunderbird forward', "w16-chain-thunderbird-nl"],
  ["a voicemail transcript; the phone company's support number is not the caller's", "w17-inbound-none"],
  ["a marketplace lead notice in HTML; the platform's support phone is not the lead's", "w18-inbound-none"],
  ['a German directory notice in "Feld: Wert" lines', "w19-inbound-none-de"],
  ["a web form as an HTML table, the person in Reply-To", "w20-inbound-none"],
  ['a French web form in "Champ : valeur" lines', "w21-inbound-none-fr"],
  ['a booking notice with Reply-To ("Location: … Meet" is no intro)', "w22-inbound-none"],
  ["a shared info@ mailbox signed by a person", "w23-inbound-none"],
  ['"X on behalf of Y" with the assistant\'s signature below: the principal', "w24-inbound-outlook"],
  ["a Finnish labelled contact block pasted under the owner's note", "w25-note-none-fi"],
  ["a Polish contact block (ISO-8859-2) pasted under the owner's note", "w26-note-none-pl"],
  ['"X from Company" above a newsletter forward: no contact, so it needs review', "w27-incomplete-gmail"],
  ['a partial name ("Carla M.") and a mobile in the note above an organiser\'s recap', "w28-note-apple"],
  ['the lead named in German prose with the company in the same sentence, "Frau Dr."', "w29-note-outlook-de"],
  ["the lead named in Italian prose above a conference office's mailing", "w30-note-gmail-it"],
];

/**
 * Still weak. w04, w14: the owner is only in Cc and the message has no Delivered-To, so the command line takes the To
 * (the prospect) as the mailbox's owner; with the real owner (as the add-on knows it) both are exact. w06: "volgende
 * week bellen?" gives a week on by the ledger's "next week" rule; the answer leaves it out. w09: "owner of …" in the
 * intro is read as a title; the answer gives none.
 */
const KNOWN_WEAK = new Set<string>([
  "w04-intro-none-es",
  "w06-intro-thunderbird-nl",
  "w09-intro-proton",
  "w14-chain-none",
]);

describeFixtureTable("who the lead is in blind mail, set 3 (tuning set)", DIR, CASES, KNOWN_WEAK);
