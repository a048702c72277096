import path from "node:path";
import { describeFixtureTable, type FixtureCase } from "../../helpers/fixture-table";

// The tuning set of wave/who (issue 13): who the lead is in mail written blind, before reading the parser. Never the
// holdout (test/holdout/who), which is scored, not tuned.
const DIR = path.resolve(__dirname, "../../fixtures/emails-who");

const CASES: FixtureCase[] = [
  [
    "a direct intro whose subject names both sides: the introduced person in Cc, not the introducer",
    "w01-intro-none",
  ],
  [
    'a forwarded Outlook intro, the introducer\'s colleague in a quoted "Cc: …;" line: "VP, Development at …"',
    "w02-intro-outlook",
  ],
  [
    "a colleague forwards his own reply to an inbound request: the outside author deeper down",
    "w04-chain-gmail",
  ],
  [
    "\"Dorothea from Kestrel Cabinetry came by the booth\" above a show's daily mailing: the note's person, a trade show",
    "w05-incomplete-gmail",
  ],
  ["a website form forwarded by a colleague: the person in the form's fields", "w07-inbound-gmail"],
  [
    'a network\'s "Joaquim sent you a new message" notification: the member, their headline, not the notifier',
    "w10-inbound-none",
  ],
  ["the owner's own sent mail forwarded to themselves: the person they wrote to", "w11-note-outlook"],
  [
    'a double forward: "… Condominium Corporation No. 1442" is a company with a number, not a street address',
    "w12-nested-gmail",
  ],
  [
    "an assistant writing on behalf of her boss from her own address (German Outlook forward): the assistant",
    "w13-inbound-outlook-de",
  ],
  [
    "a Google Groups post (\"'X' via List\" in From, the member in Reply-To): the member, not the footer's moderator",
    "w16-inbound-none",
  ],
  [
    'a bilingual French intro ("Je me permets de vous mettre en relation", "directrice des achats chez …")',
    "w18-intro-gmail-fr",
  ],
  [
    'a German intro forwarded from Thunderbird ("möchte ich Ihnen gern Herrn X vorstellen, Leiter Einkauf bei der …")',
    "w19-intro-thunderbird-de",
  ],
  [
    'an Italian intro from Apple Mail ("ti presento X, responsabile marketing di …", a mobile in the text)',
    "w22-intro-apple-it",
  ],
  [
    '"Connecting you two": an intro forwarded by the colleague it was sent to, the introducer\'s colleague in Cc',
    "w25-intro-outlook",
  ],
  [
    'the forwarder names the decision maker "Wen Zhou (CFO, Harlow Freight Ltd)", who is only in a quoted Cc',
    "w27-chain-outlook",
  ],
  [
    "the lead's colleague hands the thread over to the lead: the newest outside author, not the one who handed off",
    "w28-chain-gmail",
  ],
  [
    "an outside partner forwards a customer's free-mail request: the customer, by referral",
    "w31-inbound-gmail",
  ],
  [
    'a Yahoo "----- Forwarded Message -----" (HTML only) to the owner\'s work account; "Whitcombe, Harriet" in From',
    "w33-freemail-yahoo",
  ],
  ["the owner's own newsletter draft forwarded to a colleague: nobody to follow up", "w34-bad-gmail"],
  [
    "a fair the lead will exhibit at (named again in the colleague's note) is their project, not how they came in",
    "w35-inbound-apple",
  ],
  ['"Met Teodora at the Build Summit conference" from an iPhone, above her own e-mail', "w36-note-ios"],
  [
    '"came in through the website" in an Outlook-web note above an HTML-only form notification: Website',
    "w37-inbound-outlook-web",
  ],
  [
    'an intro "Sent on behalf of" the introducer by his assistant: the introduced person, not either of them',
    "w38-intro-outlook",
  ],
  [
    "the lead replies above the owner's auto-reply naming the owner's colleague: the lead",
    "w39-inbound-none",
  ],
  [
    'a Spanish thread forwarded by a colleague ("Llámala el jueves"): the client, not the colleague quoted below',
    "w40-inbound-gmail-es",
  ],
];

/** Cases this wave does not get right yet (kept visible: they fail loudly once fixed, to be moved up). */
const KNOWN_WEAK = new Set<string>([]);

describeFixtureTable("who the lead is in mail written blind (tuning set)", DIR, CASES, KNOWN_WEAK);
