import path from "node:path";
import { fixtureMisses, fixturesIn } from "../../helpers/fixture-table";

// Real business mail layouts (issue 13): signatures and reply/forward layouts modelled on real public mail, people
// made up. Two tuning folders: emails-business (written blind by wave/biz) and emails-real-layouts (wave/fixbiz,
// rewritten from Enron, mailing-list and reply-parser fixtures). Never the holdout (test/holdout/business).
const FIXTURES = path.resolve(__dirname, "../../fixtures");
const BUSINESS = "emails-business";
const REAL = "emails-real-layouts";

const CASES: [why: string, folder: string, fixture: string, lead: string][] = [
  [
    '"Vice President, Research" over the company line: one title, the company below',
    BUSINESS,
    "b01-signature-none",
    "Erik Halvorsen",
  ],
  [
    '"Kittiwake - Open Source Search & Analytics <http://…>": the company before the tagline and its site',
    BUSINESS,
    "b03-signature-none",
    "Rupert Gale",
  ],
  [
    '", Ph.D." on the name line, "Director of Clinical Analytics", "Home page: http://…", "(617) … direct"',
    BUSINESS,
    "b04-signature-none",
    "Anneliese Korver",
  ],
  ["an Australian signature under a Pty Ltd company", BUSINESS, "b07-signature-none-au", "Liam Fitzgerald"],
  [
    'a German signature: "Mobil: 0171 …" is read in the country of the "Tel.: +49 …" above it and wins',
    BUSINESS,
    "b08-signature-none-de",
    "Katrin Vogelsang",
  ],
  [
    "a French signature with a legal form (SAS) and an RFC 2047 subject",
    BUSINESS,
    "b09-signature-none-fr",
    "Sébastien Morel",
  ],
  [
    'an inbound Outlook reply from "Whitcombe, Thomas": "(c)" after the number is a mobile',
    BUSINESS,
    "b11-chain-none",
    "Thomas Whitcombe",
  ],
  [
    'a Canadian Gmail reply: "Priya Raman, CPA" under "--", "ext. 204" dropped',
    BUSINESS,
    "b12-chain-none-ca",
    "Priya Raman",
  ],
  ["a Dutch inquiry with no forward header", BUSINESS, "b14-inbound-none-nl", "Femke Jansen"],
  [
    'a compound surname, a P.O. Box line, "Tel/Fax" then "Mobile"',
    BUSINESS,
    "b15-signature-none",
    "José Martínez-Ybarra",
  ],
  ["a free mailbox: the company only in the signature", BUSINESS, "b16-freemail-none", "Ken Murakami"],
  [
    'an old Outlook "FW:" ("[mailto:…]"): "Manager, Origination" is one title; "Direct"/"Main" after the numbers',
    BUSINESS,
    "b17-note-outlook",
    "Sue Lambert",
  ],
  ["a Gmail forward of an intro: the introduced person", BUSINESS, "b19-intro-gmail", "Oluwaseun Adeyemi"],
  ["a forward of a forward: the outside sender at the bottom", BUSINESS, "b20-nested-gmail", "Aisha Bello"],
  [
    'a Lotus Notes forward ("Forwarded by … on <date>" banner, "\\"Last, First\\" <addr> on <date>"): the quoted sender, and no phone from the date',
    BUSINESS,
    "b21-note-lotus",
    "Marisol Reyes",
  ],
  [
    '"Mob: 0491 570 110" under a Pty Ltd company and an AEDT date: an Australian mobile (the follow-up is the languages wave\'s)',
    BUSINESS,
    "b23-note-apple-au",
    "Josh Whitaker",
  ],
  [
    "a first name and a company in a note above an exhibitor mailing",
    BUSINESS,
    "b25-incomplete-gmail",
    "Rosalind",
  ],
  [
    "\"Fenella's mobile is 07700 900 319.\" in an Outlook-forwarded intro: the introducer's own mobile is not hers",
    BUSINESS,
    "b26-intro-outlook-uk",
    "Fenella Marsh",
  ],
  [
    'a German Outlook forward ("WG:") with a GmbH & Co. KG signature',
    BUSINESS,
    "b28-note-outlook-de",
    "Rainer Albrecht",
  ],
  [
    'a Spanish Outlook-web forward ("RV:") from an expo',
    BUSINESS,
    "b30-note-outlook-web-es",
    "Carmen Robles Vidal",
  ],
  [
    'an Apple Mail forward: "Dr." on the name line, "Tel: … / Fax: …" on one line, "Home page:"',
    BUSINESS,
    "b32-signature-apple",
    "Miriam Okonjo",
  ],
  [
    'an Outlook "FW: RE:" chain: the outside person deeper down, not the colleague',
    BUSINESS,
    "b34-chain-outlook",
    "Lorena Castillo",
  ],
  ['an Outlook-web "Fw: Re:" chain (UK)', BUSINESS, "b38-chain-outlook-web-uk", "Rebecca Thornbury"],
  [
    'a Spanish Gmail reply: "Tel. … / Móvil …" on one line, read in Spain',
    BUSINESS,
    "b39-chain-none-es",
    "Jordi Puig",
  ],
  [
    'an Outlook reply signed "- Ravi": the full signature is in his first message deeper down',
    BUSINESS,
    "b40-chain-none-ca",
    "Ravi Chandrasekar",
  ],
  [
    "a Lotus banner wrapped onto two lines and a To: list wrapping mid-name: the banner's date is no follow-up",
    REAL,
    "r01-note-lotus-wrapped-banner",
    "Liesl Karsten",
  ],
  [
    'Lotus inside Lotus: the tabbed memo "From:  Name @ ORG   <date>" of a colleague, then a bare-address sender',
    REAL,
    "r02-nested-lotus-tabbed-from",
    "Teresa Barros",
  ],
  [
    "Notes 6's one-line header under the forwarder's own signature: the quoted sender, \"(619) … cell\"",
    REAL,
    "r03-note-lotus-one-line-header",
    "Marcie Milner",
  ],
  [
    'no display name; "Name, Ph.D." over a title, the institute and two department lines',
    REAL,
    "r04-signature-none-phd-departments",
    "Tobias R. Quill",
  ],
  [
    '"Company | Department, Unit" and a signed middle initial the "Last, First" display name lacks',
    REAL,
    "r05-chain-none-pipe-department",
    "Lorna K. Petrakis",
  ],
  [
    '"Quarry - Open Source Document Search": the company before the tagline; "tel/fax:" and "mobile:"',
    REAL,
    "r06-signature-none-tagline-dashdash",
    "Philippa Ward",
  ],
  [
    '"Home Page: http://…" gives the website; "PGP Key:" is no company',
    REAL,
    "r07-signature-none-home-page",
    "Rupert Vance",
  ],
  [
    '"My cell phone number is 713/555-0148." in the text beats the signature\'s office line; "Director, Southwest Region"',
    REAL,
    "r08-signature-none-slash-phones-cell-in-text",
    "Helen B. Corrigan",
  ],
  [
    'lower-case labels without a colon ("off.", "fax", "cell")',
    REAL,
    "r09-signature-none-lowercase-labels",
    "Kai Morrow",
  ],
  [
    'an Outlook XP reply with tab-separated quoted headers ("From: \\tThomas, Paul D.")',
    REAL,
    "r10-chain-none-outlook-tabbed-headers",
    "Rebecca M. Grace",
  ],
  [
    "a street address and a city line between the company and the phone",
    REAL,
    "r11-signature-none-street-address",
    "Noreen Castellanos",
  ],
  [
    'an all-capitals disclaimer right under the signature; "x 3481" is an extension',
    REAL,
    "r12-signature-none-caps-disclaimer",
    "Marcy Dunleavy",
  ],
  [
    '"Vice President, Research" over "Trellis Grid Corp."; "(404) … cell" after the number',
    REAL,
    "r13-signature-none-title-dept-labels-after",
    "Owen Halloway",
  ],
  [
    'a law-firm letter: typist initials and "Enclosure: 482117v2" are no company',
    REAL,
    "r14-signature-none-law-firm-enclosure",
    "Margaret A. Ellison",
  ],
  [
    'a bilingual title line, "Blog:", and "T … | C …" on one line',
    REAL,
    "r15-signature-none-ca-bilingual-blog",
    "Sophie Tremblay",
  ],
  [
    'no display name; "Name | Title"; "(917) 555-0122 cell"',
    REAL,
    "r16-chain-none-gmail-bare-from-cell-after",
    "Chidi Okafor",
  ],
  [
    '"Founder - Lumen Hollow Studio <http://www.…/>": title, company and website on one line',
    REAL,
    "r17-signature-none-angle-url",
    "Priya Raman",
  ],
  [
    "blank lines inside a UK signature and a rule-line disclaimer with a switchboard number",
    REAL,
    "r18-signature-none-uk-blank-lines-rule",
    "Imogen Fairweather",
  ],
  [
    '"Sent from my BlackBerry® wireless device" under the signature',
    REAL,
    "r19-signature-none-blackberry-footer",
    "Derek Amundsen",
  ],
  [
    'an Outlook Express "----- Original Message -----" (From/To/Sent/Subject) quoted with ">"',
    REAL,
    "r20-note-outlook-express-original",
    "Gordon Pryce",
  ],
  [
    "a bare Notes name over a European date line (a colleague), wrapping the outside sender's Notes header",
    REAL,
    "r21-nested-lotus-name-date-lines",
    "Fern Hollis",
  ],
  // Added after the fixes they test (regressions, not first sight): layouts met while probing real mail.
  [
    "a bottom-posted mailing-list reply: the text and signature under the quote are the replier's",
    REAL,
    "r22-chain-none-bottom-posted",
    "Karl Jensen",
  ],
  [
    "Outlook's \"From: Acme Sales <sales@…> On Behalf Of Jane Doerr\": the person, at the mailbox's address",
    REAL,
    "r23-note-outlook-on-behalf-of",
    "Jane Doerr",
  ],
  [
    'Gmail\'s plain text of bold names ("*Dolores Finch*")',
    REAL,
    "r24-note-gmail-bold-asterisks",
    "Dolores Finch",
  ],
  [
    "an HTML signature read as text, two blank lines between all of its lines",
    REAL,
    "r25-signature-none-html-paragraphs",
    "Aisha Rahman",
  ],
  [
    'a logo\'s text over the name line, and "Licensed Master Plumber #12345" is no company',
    REAL,
    "r26-signature-none-logo-text-licence",
    "Ben Carter",
  ],
  [
    'an Outlook header with a name and no address ("From: \tGrace, Rebecca M."): the address her signature gives',
    REAL,
    "r27-note-outlook-name-only-from",
    "Rebecca M. Grace",
  ],
];

/** Fields not right yet, left out of a fixture's comparison (known weak, named in the closing note). */
const NOT_YET: Record<string, string[]> = {
  // A past weekday in the note ("met him at the Expo on Saturday") is taken before "Follow up in 2 weeks".
  "b23-note-apple-au": ["followUp"],
};

describe("real business mail layouts: signatures, reply and forward layouts (tuning sets)", () => {
  test("every fixture on disk is in the table", () => {
    const onDisk = [BUSINESS, REAL].flatMap((folder) =>
      fixturesIn(path.join(FIXTURES, folder)).map((f) => `${folder}/${f}`),
    );
    expect(onDisk.sort()).toEqual(CASES.map((c) => `${c[1]}/${c[2]}`).sort());
  });

  test.each(CASES)("%s (%s/%s)", async (_why, folder, fixture, lead) => {
    const file = path.join(FIXTURES, folder, `${fixture}.eml`);
    const { got, bad } = await fixtureMisses(file, NOT_YET[fixture]);
    expect(got.lead.name).toBe(lead);
    expect(bad).toEqual([]);
  });
});
