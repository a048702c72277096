import fs from "node:fs";
import path from "node:path";
import { parseEmlFile } from "../../../sandbox/cli/parse-eml";
import { expectedOf } from "../../helpers/email-fixtures";

// The signatures tuning set: fictional forwards whose signatures break in the ways real ones do. Changes to
// signature reading are tuned here; test/holdout/signatures is never tuned on (see its README).
const DIR = path.resolve(__dirname, "../../fixtures/email-signatures");

const CASES: [why: string, fixture: string][] = [
  [
    "post-nominals without a comma (PhD); a label after the number: (mobile) beats (main)",
    "t01-signature-gmail",
  ],
  ['"Esq." ends the name line with a dot; "c:" is a cell; "Website:" with a path', "t02-signature-outlook"],
  ["a blank line inside the signature; (m) after the number", "t03-inbound-gmail"],
  ["a disclaimer between star rules, with a toll-free number in it", "t04-signature-outlook"],
  [
    "no display name: the signed name; a German street and postcode are no company; Handy",
    "t05-signature-gmail-de",
  ],
  ['"Patel, Ravi" in an old-style Outlook header becomes Ravi Patel', "t06-signature-outlook-old"],
  [
    "a company with an em-dash tagline, the site in angle brackets, 'mobile' after the number",
    "t07-signature-apple",
  ],
  ['"Owner, Company" split; "web:" and "mob:" in lower case', "t08-signature-gmail"],
  [
    '"Senior Vice President, Operations" over the company line: the whole line is the title',
    "t09-signature-outlook",
  ],
  [
    '"Assistant Principal, Student Affairs": a department after the comma; the extension dropped',
    "t10-inbound-outlook",
  ],
  ['street address lines and an "Attachments:" line are not the company', "t11-signature-gmail"],
  ["a freemail sender with only an address under the name: no company", "t12-signature-gmail"],
  [
    '"Twitter:", "Blog:" (holding the name) are not the name line or the site; "Website:" is',
    "t13-signature-gmail",
  ],
  [
    'a bilingual title "Président / President": the one read first; Québec address; Cellulaire',
    "t14-signature-outlook-fr",
  ],
  ['"Dra." before the name; Spanish street with postcode; "M." is the mobile', "t15-signature-gmail-es"],
  [
    '"Name -- Title" on one line; "Company: tagline <https://…>"; (cell) after the number',
    "t16-signature-thunderbird",
  ],
  ["an HTML table signature with CFP® after the name and M/O on one line", "t17-signature-outlook"],
  ['"my mobile is …" in the message beats the signature\'s Tel; RGN after the name', "t18-inbound-none"],
  ['"Name | Title | Company | site" on one line', "t19-signature-ios"],
  ["no display name, the name is under a sign-off", "t20-signature-gmail"],
  ['"Architektin, Partnerin" over "… PartGmbB": the whole line is the title', "t21-signature-thunderbird-de"],
  ['"Logistics Division" is a department, not the company', "t22-signature-outlook"],
  ['"(móvil)" after the number; an AVISO LEGAL line', "t23-signature-outlook-es"],
  ['"Company - tagline"; "site | @handle"', "t24-signature-gmail"],
  ['an "Encl.:" line under the signature', "t25-signature-apple"],
  ['"Vice-présidente, Finances"; "(cellulaire)" after the number; "Site Web :"', "t26-signature-gmail"],
  [
    '"Service Manager, Ward Motors Ltd" is split; an "Unit 4, …" address is not the company',
    "t27-signature-yahoo",
  ],
  ['"Head of Design, Fjord Hotels AS": split at the comma, not at "of"', "t28-signature-outlook"],
  [
    'a "LinkedIn:" line holding the name; an unknown title word between the name and the company',
    "t29-signature-gmail",
  ],
  ['"please call my cell, …" in an HTML-only message beats the office number', "t30-signature-outlook-web"],
  [
    'Enron-style: "(fax)" after a number is never used; "Houston, Texas 77002" is an address',
    "t31-signature-outlook",
  ],
  [
    'mailing-list style: "tel/fax:" is a phone, "mobile:" wins; "Name - tagline" company',
    "t32-signature-thunderbird",
  ],
  [
    'pronouns after the name, "DDI:" is a direct line; a "Pronouns:" line is no title',
    "t34-signature-outlook",
  ],
  ["the display name is the address itself; the signature's ALL CAPS name and title", "t35-signature-gmail"],
  [
    'the company holds the person\'s name ("Tessa Lind Kitchen"): the name line is the one with only the name',
    "t36-signature-apple",
  ],
  [
    '"Title – Company GmbH" on one line; an Impressum line with "Geschäftsführer:" is no title',
    "t37-signature-outlook-de",
  ],
  ['"Title | Company | City"; "Mobile/WhatsApp:"', "t38-signature-gmail"],
  [
    '"Best, Wendy Park" on one line; "Level 3, …" and "Portland, OR" are address lines; an Outlook [cid:…] image and a CONFIDENTIAL heading',
    "t39-signature-outlook",
  ],
  ['"Denver, Colorado" is no company; an Apple Mail <image002.png> line; "c." is a cell', "t40-inbound-none"],
  [
    'a UK dental degree (BDS) after the name; "[… logo]" alt text is no company; "Manchester, UK"',
    "t41-signature-gmail",
  ],
  ['German "i. A." (signing for the company) before the name; an "E-Mail:" line', "t42-signature-outlook-de"],
  ['no display name and "Arq." before the signed name', "t43-signature-gmail-es"],
  [
    '"Sr. Director, Government Affairs" over the company; "(office)"/"(cell)" after numbers; a toll-free pager',
    "t44-signature-outlook",
  ],
  [
    "no display name, no sign-off, initials for the address: the name over the title line",
    "t45-signature-gmail",
  ],
  [
    'a company as the display name ("Granite Peak Properties" <leasing@…>): the signed person',
    "t46-inbound-outlook",
  ],
];

describe("signatures tuning set", () => {
  test("every message on disk is in the table", () => {
    const onDisk = fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(".eml"))
      .map((f) => f.replace(/\.eml$/, ""));
    expect(onDisk.sort()).toEqual(CASES.map((c) => c[1]).sort());
  });

  test.each(CASES)("%s (%s)", async (_why, fixture) => {
    const file = path.join(DIR, `${fixture}.eml`);
    const expected = expectedOf(file);
    const got = await parseEmlFile(file);
    expect(got.lead).toEqual(expected.lead);
    expect(got.needsReview).toBe(expected.needsReview);
  });
});
