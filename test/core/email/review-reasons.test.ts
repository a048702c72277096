// Why a lead is flagged for review: each reason the owner reads in the Activity tab, and leads that need none.
import { reviewReasons } from "../../../src/core/email/review-reasons";
import type { Lead } from "../../../src/core/lead";

const CASES: [why: string, lead: Lead, reason: RegExp | undefined][] = [
  ["nothing found at all: the owner must look at the message", {}, /no lead found/],
  [
    "a name and a company but no way to reach them",
    { name: "Ines Laurent", company: "Atelier Laurent" },
    /no e-mail address or phone/,
  ],
  [
    "a phone with no name and no address: nobody to call it as",
    { phone: "+16135550142" },
    /only a phone number/,
  ],
  [
    "a phone and a company but no person: still nobody to ask for",
    { phone: "+16135550142", company: "Laurent Ltd" },
    /only a phone number/,
  ],
  ["a name with a phone is a lead to call", { name: "Ines Laurent", phone: "+16135550142" }, undefined],
  ["an address alone is a lead to write to", { email: "ines@atelier-laurent.example" }, undefined],
  [
    "a formula-like name is kept as text and flagged",
    { name: "=HYPERLINK(1)", email: "x@y.example" },
    /looks like a spreadsheet formula/,
  ],
];

describe("review reasons", () => {
  test.each(CASES)("%s", (_why, lead, reason) => {
    const warnings: string[] = [];
    reviewReasons(lead, warnings);
    if (reason) expect(warnings.join("\n")).toMatch(reason);
    else expect(warnings).toEqual([]);
  });
});
