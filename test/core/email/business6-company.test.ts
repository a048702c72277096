import { readSignature } from "../../../src/core/email/signature";

// Company lines of real-business signatures (issue 13, blind set emails-business6), with made-up people and firms.
const read = (name: string, lines: string[]) =>
  readSignature(
    ["Hello,", "", "Could you send a price?", "", ...lines].join("\n"),
    { name, email: "p@firm.example" },
    "US",
  );

describe("the company over the name line beats taglines under it", () => {
  test.each([
    [
      "en (US trades): company in capitals first, then 'Name - Title', a licence tagline last",
      [
        "Thanks",
        "",
        "ORTEGA & WEISS ROOFING",
        "Lia Ortega - Estimator",
        "Cell (555) 555-0133",
        "Licensed & insured | Free estimates on request",
      ],
      { title: "Estimator", company: "ORTEGA & WEISS ROOFING" },
    ],
    [
      "en: 'Fully licensed, bonded and insured' is never the company",
      ["Lia Ortega", "Owner", "Fully licensed, bonded and insured"],
      { title: "Owner" },
    ],
  ])("%s", (_why, lines, want) => {
    const got = read("Lia Ortega", lines);
    expect(got).toMatchObject(want);
    if (!("company" in want)) expect(got.company).toBeUndefined();
  });
});

describe("a logo's alt text over the name line (Outlook's plain text of an HTML signature)", () => {
  test.each([
    [
      "a company-like alt text is the company",
      ["Thank you,", "", "[Fenwick Dental Clinic]", "Lia Ortega", "Office Manager"],
      "Fenwick Dental Clinic",
    ],
    [
      "a file name or 'logo' is not",
      ["Thank you,", "", "[cid:image001.png@01DC]", "Lia Ortega", "Office Manager"],
      undefined,
    ],
    [
      "alt text without a company word is not",
      ["Thanks,", "", "[Facebook]", "Lia Ortega", "Office Manager"],
      undefined,
    ],
  ])("%s", (_why, lines, company) => {
    expect(read("Lia Ortega", lines).company).toBe(company);
  });
});
