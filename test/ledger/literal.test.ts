import { literalText, toCell } from "../../src/core/ledger/literal";

describe("values from outside stay literal text", () => {
  test.each([
    ["a formula-like name would run as a formula", '=HYPERLINK("http://x.example","y")', true],
    ["a plus-sign phone would become a number", "+14165550142", true],
    ["a leading minus or at-sign is a formula to Sheets", "-Jane", true],
    ["@mention", "@jane", true],
    ["a bare number loses leading zeros", "00123", true],
    ["a date-looking company is coerced to a date", "2024-01-05", true],
    ["TRUE becomes a boolean", "true", true],
    ["a text starting with an apostrophe would lose it", "'Tis Bakery", true],
    ["ordinary text is written as is", "Jane Doe", false],
    ["a company with digits inside is plain text", "3M Canada", false],
  ])("%s", (_why, input, prefixed) => {
    expect(literalText(input)).toBe(prefixed ? `'${input}` : input);
  });

  test("non-strings are written as they are", () => {
    const d = new Date("2025-01-01T00:00:00Z");
    expect(toCell(d)).toBe(d);
    expect(toCell(3)).toBe(3);
    expect(toCell(undefined)).toBe("");
  });
});
