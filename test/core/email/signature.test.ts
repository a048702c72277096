import { readSignature } from "../../../src/core/email/signature";

// Signature blocks read line by line; each case says which general cause it guards.
const read = (name: string, lines: string[], region = "US") =>
  readSignature(
    ["Hi,", "", "Could you send a quote?", "", ...lines].join("\n"),
    { name, email: "p@firm.example.com" },
    region,
  );

describe("a 'Title, Part' line", () => {
  test.each([
    [
      "a department name after the comma",
      ["Vice President, Research", "Calloway Energy Corp."],
      "Vice President, Research",
      "Calloway Energy Corp.",
    ],
    [
      "a one-word part over a company-like line",
      ["Architektin, Partnerin", "Weber Architekten PartGmbB"],
      "Architektin, Partnerin",
      "Weber Architekten PartGmbB",
    ],
    [
      "the company after the comma, a city under it",
      ["Owner, Doyle Coffee Roasters", "Bristol"],
      "Owner",
      "Doyle Coffee Roasters",
    ],
    [
      "the company after the comma, nothing under it",
      ["Studio Director, Hollis Acoustics"],
      "Studio Director",
      "Hollis Acoustics",
    ],
    [
      "split at the comma, not at 'of'",
      ["Head of Design, Fjord Hotels AS"],
      "Head of Design",
      "Fjord Hotels AS",
    ],
  ])("%s", (_why, lines, title, company) => {
    const got = read("Pat Doe", ["Pat Doe", ...lines]);
    expect([got.title, got.company]).toEqual([title, company]);
  });
});

describe("lines that are not the company", () => {
  test.each([
    [
      "an enclosure line",
      ["Associate", "Greaves Thornton LLP", "Enclosure: 136928v1"],
      "Greaves Thornton LLP",
    ],
    ["a street address alone", ["27 Kelso Road", "Leeds LS6 1AB"], undefined],
    ["a blog line", ["Marsh Studio", "Blog: marshstudio.com/journal"], "Marsh Studio"],
    ["a tagline after a dash", ["Flaxen - Open Source Enterprise Search"], "Flaxen"],
    [
      "a department line",
      ["Fleet Manager", "Logistics Division", "Bennett Logistics LLC"],
      "Bennett Logistics LLC",
    ],
    ["an image placeholder", ["[cid:image001.png@01DC4E2A.8F3B1C60]", "Alder Health"], "Alder Health"],
  ])("%s", (_why, lines, company) => {
    expect(read("Pat Doe", ["Pat Doe", ...lines]).company).toBe(company);
  });

  test("a company written in two languages gives the one read first", () => {
    expect(read("Pat Doe", ["Pat Doe", "Directeur", "Groupe Boréal inc. / Boreal Group Inc."]).company).toBe(
      "Groupe Boréal inc.",
    );
  });

  test("a bilingual title line gives the title read first", () => {
    expect(
      read("Pat Doe", ["Pat Doe", "Directrice des ventes / Sales Director", "Laurentide Mobilier inc."])
        .title,
    ).toBe("Directrice des ventes");
  });
});

describe("signature blocks broken by small things", () => {
  test("post-nominals on the name line", () => {
    expect(read("Pat Doe", ["Pat Doe, CPA, CFE", "Partner", "Doe & Lee LLP"])).toMatchObject({
      name: "Pat Doe",
      title: "Partner",
      company: "Doe & Lee LLP",
    });
  });
  test("a blank line inside, then a rule-line disclaimer", () => {
    const got = read("Pat Doe", [
      "Pat Doe",
      "Operations Manager",
      "",
      "Brightwell Ltd",
      "",
      "-----------",
      "CONFIDENTIAL notice: 1-800-555-0199",
    ]);
    expect(got).toMatchObject({ title: "Operations Manager", company: "Brightwell Ltd" });
    expect(got.phone).toBeUndefined();
  });
  test("no display name: the signed name under the sign-off", () => {
    expect(read("", ["Regards,", "Dr. Miriam Osei, DDS", "Osei Family Dentistry"]).name).toBe("Miriam Osei");
  });
});
