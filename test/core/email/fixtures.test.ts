import fs from "node:fs";
import { FIXTURES, expectedOf, extractFixture } from "../../helpers/email-fixtures";

// Each fixture is a fictional forward with the answer beside it (same format as the shared corpus).
const CASES: [title: string, fixture: string][] = [
  [
    "the introduced person, not the introducer, and not the introducer's cell from his signature",
    "intro-gmail-introducer-phone",
  ],
  [
    "the owner's own sent mail forwarded to themselves: the recipient, never the owner",
    "sent-outlook-owner-wrote",
  ],
  [
    "a fax listed first and a toll-free number are never the phone; the extension is dropped; Last, First and ALL CAPS fixed",
    "inbound-outlook-fax-first",
  ],
  [
    'a freemail sender: no company "Gmail", no website from the domain; name from the address; phone from the text',
    "freemail-gmail-no-company",
  ],
  [
    '"tomorrow" at 23:30 -0500 is the next day in the sender\'s own time zone, not in UTC',
    "note-gmail-tomorrow-late",
  ],
  [
    "a nested forward: an outside partner passing it on is the referral, not the lead; mobile beats office",
    "nested-apple-partner-passes-on",
  ],
  [
    "an ISO-2022-JP message attached as message/rfc822: headers and body decoded, company without the department",
    "attachment-outlook-iso-2022-jp",
  ],
  [
    "a contact form: the person in the fields; a formula-like name is kept literal and flagged",
    "form-gmail-formula-name",
  ],
  [
    "a voicemail notification: the caller who speaks in the transcript, never the voicemail system",
    "voicemail-gmail-transcript",
  ],
  [
    'not a forward at all (labelled from the inbox): the sender; "Name | Title" on one line',
    "direct-none-title-company-line",
  ],
  [
    'HTML-only, base64, entities and non-breaking hyphens: read without DOM APIs; "Title, Company" split',
    "html-gmail-base64-entities",
  ],
];

describe("e-mail fixtures", () => {
  test("every fixture on disk is in the table", () => {
    const onDisk = fs
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".eml"))
      .map((f) => f.replace(/\.eml$/, ""));
    expect(onDisk.sort()).toEqual(CASES.map((c) => c[1]).sort());
  });

  test.each(CASES)("%s (%s)", async (_title, fixture) => {
    const expected = expectedOf(`${FIXTURES}/${fixture}.eml`);
    const got = await extractFixture(fixture);
    expect(got.lead).toEqual(expected.lead);
    expect(got.needsReview).toBe(expected.needsReview);
  });
});
