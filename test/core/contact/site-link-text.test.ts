import { siteInLine } from "../../../src/core/contact/website";

// A link whose words only say "website" (Outlook's plain text of an HTML signature: "Visit our website<https://…>"):
// the host is the site, and the words are neither title nor company (issue 13, blind set emails-business6).
describe("website link words", () => {
  test.each([
    ["en", "Visit our website<https://www.fenwick-dental.example/about>", "fenwick-dental.example"],
    ["en", "Our website <https://fenwick-dental.example/>", "fenwick-dental.example"],
    ["fr", "Notre site web<https://cabinet-lune.example/>", "cabinet-lune.example"],
    ["de", "Zur Webseite<https://www.holz-ammer.example/>", "holz-ammer.example"],
  ])("%s: %s", (_lang, line, host) => {
    expect(siteInLine(line)).toEqual({ host, rest: "" });
  });

  test("other link words stay (a company written with its link)", () => {
    expect(siteInLine("Fenwick Dental <https://fenwick-dental.example/>").rest).toBe("Fenwick Dental");
  });
});
