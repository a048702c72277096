import { readSignature } from "../../../src/core/email/signature";

// Causes found on the blind set emails-business6 (issue 13), each with made-up people and firms.
const read = (name: string, lines: string[], email = "p@firm.example") =>
  readSignature(["Hello,", "", "Could you send a price?", "", ...lines].join("\n"), { name, email }, "US");

describe("two people signing side by side: the sender's column only", () => {
  test.each([
    [
      "en (Thunderbird plain text): sender in the left column",
      "Tova Brandt",
      [
        "Best,",
        "",
        "Tova Brandt                    Ike Morrow, PE",
        "Site Engineer                  Partner",
        "D 555-0140                     D 555-0141",
        "",
        "BRANDT MORROW ENGINEERING",
      ],
      { name: "Tova Brandt", title: "Site Engineer", company: "BRANDT MORROW ENGINEERING" },
    ],
    [
      "en: sender in the right column",
      "Ike Morrow",
      ["Regards,", "", "Tova Brandt        Ike Morrow", "Site Engineer        Partner"],
      { name: "Ike Morrow", title: "Partner" },
    ],
    [
      "en: a wide gap inside one person's line is not a second column",
      "Tova Brandt",
      ["Tova Brandt    |    Site Engineer", "Brandt Engineering Group"],
      { name: "Tova Brandt", title: "Site Engineer", company: "Brandt Engineering Group" },
    ],
  ])("%s", (_why, name, lines, want) => {
    expect(read(name, lines)).toMatchObject(want);
  });
});
