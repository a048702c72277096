// A one-word display name (nickname, initials, login, surname) gives way to the full name the person signs with.
import { signedOverShortDisplay } from "../../../src/core/email/display-short";

describe("the signed full name over a one-word display name of the same person", () => {
  test.each<[why: string, display: string, signed: string, email: string, expected: string | undefined]>([
    [
      "a nickname, the address spelling the signed name",
      "Bob",
      "Robert McAllister",
      "robert.mcallister@acme.example",
      "Robert McAllister",
    ],
    ["initials as the display name", "KB", "Klaus Berger", "kb@berger-metall.example", "Klaus Berger"],
    ["a login shown as the name", "Jsmith", "John Smith", "jsmith@acme.example", "John Smith"],
    ["the surname alone", "Berger", "Klaus Berger", "kb@berger-metall.example", "Klaus Berger"],
    ["a particle kept in the signed name", "Jan", "Jan van der Berg", "jan@bouw.example", undefined],
    [
      "a colleague's name in the signature: the address spells neither",
      "Bob",
      "Klaus Berger",
      "bob@acme.example",
      undefined,
    ],
    [
      "a two-word display name is chooseName's to decide",
      "Bob Smith",
      "Robert Smith",
      "robert.smith@acme.example",
      undefined,
    ],
    [
      "a signed line that is no name (a title in capitals)",
      "KB",
      "SALES MANAGER",
      "kb@acme.example",
      undefined,
    ],
  ])("%s", (_why, display, signed, email, expected) => {
    expect(signedOverShortDisplay(display, signed, email)).toBe(expected);
  });
});
