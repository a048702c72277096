import { regionFromEmail, regionFromText, regionHint } from "../../../src/core/email/region";

// Where a number without a country code belongs: a named place beats a sign-off's language, which beats prose.
describe("region of a lead's numbers", () => {
  test.each([
    [
      "a Brussels address outranks the French sign-off",
      "Cordialement,\nRue de la Loi 16, 1000 Bruxelles",
      "BE",
    ],
    [
      "a Zürich address outranks the German-language sign-off",
      "Mit freundlichen Grüßen\nBahnhofstrasse 1, 8001 Zürich",
      "CH",
    ],
    ["Geneva in English is Switzerland", "Best regards,\nGeneva office", "CH"],
    ["a sign-off alone names its language's main country", "Cordialement,\nClaire", "FR"],
    ["Luxembourg is its own country", "Bien à vous\nL-1234 Luxembourg", "LU"],
    ["nothing named: no region", "Thanks,\nPat", undefined],
  ])("%s", (_why, text, region) => {
    expect(regionFromText(text)).toBe(region);
  });

  test("prose language is the last resort", () => {
    expect(regionHint("Vielen Dank für das Gespräch, wir melden uns gerne bei Ihnen.")).toBe("DE");
  });

  test.each([
    ["a country domain", "a@firm.be", "BE"],
    ["a .co.uk domain", "a@firm.co.uk", "GB"],
    ["a generic-use ccTLD says nothing", "a@startup.io", "US"],
  ])("%s", (_why, email, region) => {
    expect(regionFromEmail(email, "US")).toBe(region);
  });
});
