import { readSignature } from "../../../src/core/email/signature";

// Sign-offs and company lines found on the blind set emails-business6 (issue 13), each with made-up people and firms.
const read = (name: string, lines: string[], email = "p@firm.example") =>
  readSignature(["Hello,", "", "Could you send a price?", "", ...lines].join("\n"), { name, email }, "US");

describe("a dash and initials sign off; a company holding the surname stays the company", () => {
  test.each([
    [
      "en (Yahoo/phone mail): '-KB' then the firm named after the writer",
      "Kira Bolton",
      ["Thanks", "-KB", "", "Bolton Roofing Co.", "cell (555) 555-0121"],
      { company: "Bolton Roofing Co.", phone: "+15555550121" },
    ],
    [
      "en: '- Kira' (first name) over a company line with a company word",
      "Kira Bolton",
      ["- Kira", "", "Bolton Plumbing Services", "555-555-0122"],
      { company: "Bolton Plumbing Services" },
    ],
  ])("%s", (_why, name, lines, want) => {
    expect(read(name, lines, "kb@mail.example")).toMatchObject(want);
  });

  test("en: initials that are not the writer's are no sign-off", () => {
    expect(read("Kira Bolton", ["Talk soon?", "-ZQ", "", "Quell Roofing Co."]).company).toBeUndefined();
  });
});
