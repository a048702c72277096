// The fixed field cases of the retired blind sets final6 (d16–d45: forwards, business layouts) and final7 (a16–a30).
import path from "node:path";
import { expectedOf } from "../../helpers/email-fixtures";
import { fixtureMisses } from "../../helpers/fixture-table";

const FIXTURES = path.resolve(__dirname, "../../fixtures");

const CASES: [why: string, folder: string, fixture: string][] = [
  [
    'Lotus Notes forward: "Support Services" (a department) over the company line',
    "emails-final6",
    "d25-inbound-notes",
  ],
  [
    'zh-CN Outlook: "下周一" is Monday, and the mobile without "+86" is Chinese',
    "emails-final6",
    "d26-inbound-outlook-zh",
  ],
  [
    'zh-TW Outlook: "展覽" is a trade show, and the 09xx mobile is Taiwanese',
    "emails-final6",
    "d30-note-outlook-zh-tw",
  ],
  [
    'en-GB: "BSc (Hons) MRICS" after the name; a title with its department over "… Chartered Surveyors"',
    "emails-final6",
    "d32-signature-outlook-uk",
  ],
  [
    "HTML-table signature: P/E/W labels glued to their values; the company only in the logo's alt text",
    "emails-final6",
    "d35-signature-none-html",
  ],
  ['en-AU: "… Pty Ltd - tagline | www…" on one long footer line', "emails-final6", "d39-signature-none-au"],
  [
    '"Dockmaster, Harborview Marina": a "-master" title, then the company',
    "emails-final7",
    "a21-signature-none",
  ],
  ['pt-BR: "Instagram @handle · www…" is neither title nor company', "emails-final7", "a30-freemail-none-pt"],
];

describe("final6/final7 field cases (fixed)", () => {
  test.each(CASES)("%s (%s/%s)", async (_why, folder, fixture) => {
    const file = path.join(FIXTURES, folder, `${fixture}.eml`);
    const { got, bad } = await fixtureMisses(file);
    expect(bad).toEqual([]);
    // The scorer compares the last ten digits; the country code must be right too.
    expect(got.lead.phone).toBe(expectedOf(file).lead.phone);
  });
});
