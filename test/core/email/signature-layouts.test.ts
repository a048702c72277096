import { readSignature } from "../../../src/core/email/signature";
import { splitThread } from "../../../src/core/email/thread";
import { findPhoneCandidates } from "../../../src/core/contact/phone";

// Real-business signature layouts (issue 13): each case is one general cause, written with made-up people.
const read = (name: string, lines: string[], region = "US") =>
  readSignature(
    ["Hello,", "", "Please send us your offer.", "", ...lines].join("\n"),
    { name, email: "p@firm.example.com" },
    region,
  );

describe("titles a signature writes", () => {
  test.each([
    [
      "de: a compound title ending in -betreuerin, over a department and the company",
      [
        "Mit freundlichen Grüßen",
        "",
        "Lena Fuchs",
        "Kundenbetreuerin",
        "Technische Verwaltung",
        "",
        "Fuchs Wohnbau GmbH",
      ],
      "Kundenbetreuerin",
      "Fuchs Wohnbau GmbH",
    ],
    [
      "de: a compound title ending in -verwalter",
      ["Lena Fuchs", "Hausverwalter", "Fuchs Wohnbau GmbH"],
      "Hausverwalter",
      "Fuchs Wohnbau GmbH",
    ],
    [
      "en: 'Title, Department' with a company-like department, the legal-form company after the bar",
      ["Lena Fuchs | Director, Property & Real Estate | Orrin Holdings Ltd."],
      "Director, Property & Real Estate",
      "Orrin Holdings Ltd.",
    ],
    [
      "en: 'Title, Department' over a company line with its legal form",
      ["Lena Fuchs", "Head, Workplace Services", "Tamber Capital LLC"],
      "Head, Workplace Services",
      "Tamber Capital LLC",
    ],
    [
      "en: two English roles joined by a slash are one title, not a bilingual line",
      ["Lena Fuchs", "Owner / Site Manager", "Fuchs Renovations Inc."],
      "Owner / Site Manager",
      "Fuchs Renovations Inc.",
    ],
    [
      "fr/en: a bilingual title still gives the version read first",
      ["Lena Fuchs", "Directrice générale / General Manager", "Fuchs Design inc."],
      "Directrice générale",
      "Fuchs Design inc.",
    ],
  ])("%s", (_why, lines, title, company) => {
    const got = read("Lena Fuchs", lines);
    expect([got.title, got.company]).toEqual([title, company]);
  });
});

describe("two numbers on one line", () => {
  test.each([
    [
      "uk: a mobile and a landline split by ' / '",
      "07700 900412 / 029 2018 0777",
      "GB",
      ["+447700900412", "+442920180777"],
    ],
    ["us: office / cell", "(312) 555-0140 / (312) 555-0141", "US", ["+13125550140", "+13125550141"]],
  ])("%s", (_why, line, region, want) => {
    expect(findPhoneCandidates(line, region).map((p) => p.e164)).toEqual(want);
  });
});

describe("an interleaved reply quoted once more (Thunderbird, mailing lists)", () => {
  test("the quoted writer's answers and signature are their own text, not the message they quote", () => {
    const body = [
      "See below.",
      "",
      "-------- Forwarded Message --------",
      "Subject: Re: Re: Window cleaning",
      "Date: Tue, 3 Nov 2026 10:00:00 +0000",
      "From: Sam Reed <sam@reedclean.example>",
      "To: Nia Cole <nia@colebars.example>",
      "",
      "On 03/11/2026 09:10, Nia Cole wrote:",
      "> On 02/11/2026 16:40, Sam Reed wrote:",
      ">> How many floors are there?",
      ">",
      "> Four floors, two buildings.",
      "",
      "Thanks, we can do that.",
      "",
      "> --",
      "> Nia Cole",
      "> Facilities Lead, Cole Bars Ltd",
      "> 07700 900511",
    ].join("\n");
    const t = splitThread(body, "Fwd: Re: Re: Window cleaning");
    const nia = t.messages.find((m) => m.from?.email === "nia@colebars.example");
    expect(nia?.body).toContain("Four floors");
    expect(nia?.body).toContain("Facilities Lead, Cole Bars Ltd");
    const sam = t.messages.filter((m) => m.from?.name === "Sam Reed").pop();
    expect(sam?.body).not.toContain("Cole Bars");
  });
});
