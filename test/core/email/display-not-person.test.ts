// The signed full name wins over a display name that is no full name of the same person (company, initials, pet name).
import { signedOverNonPersonDisplay } from "../../../src/core/email/display-not-person";

describe("the signed full name over a display name that is not the person's full name", () => {
  test.each<
    [why: string, display: string, signed: string, company: string | undefined, expected: string | undefined]
  >([
    [
      "en: the display name is the shop they sign for",
      "Hartley's Bike Shed",
      "Owen Hartley",
      "Hartley's Bike Shed",
      "Owen Hartley",
    ],
    [
      "fr: the display name is the start of the signed company",
      "Boulangerie Roux",
      "Claire Roux",
      "Boulangerie Roux SARL",
      "Claire Roux",
    ],
    [
      "de: initials with the particle's initial",
      "K. v. Lindenau",
      "Karl von Lindenau",
      undefined,
      "Karl von Lindenau",
    ],
    [
      "nl: initials without dots over a hyphenated given name",
      "JP de Wit",
      "Jan-Pieter de Wit",
      undefined,
      "Jan-Pieter de Wit",
    ],
    ["en: one initial and the surname", "T Grady", "Tessa Grady", undefined, "Tessa Grady"],
    ["en: a pet name of another letter", "Bill", "William Ashdown", undefined, "William Ashdown"],
    ["en: a pet name with the surname", "Peggy Larkin", "Margaret Larkin", undefined, "Margaret Larkin"],
    [
      "vi: a romanised header, the name signed in its own order with marks",
      "Lan Tran",
      "Trần Thị Ngọc Lan",
      undefined,
      "Trần Thị Ngọc Lan",
    ],
    ["he: a Latin given name, the full name signed in Hebrew", "Yael", "יעל שמעוני", undefined, "יעל שמעוני"],
    [
      "el: a Latin given name, the full name signed in Greek",
      "Eleni",
      "Ελένη Κωστάκη",
      undefined,
      "Ελένη Κωστάκη",
    ],
    [
      "a full given name with its accents is not initials",
      "René Lefèvre",
      "Rene Lefevre",
      undefined,
      undefined,
    ],
    ["initials that are another person's", "K. Lindenau", "Martin Lindenau", undefined, undefined],
    ["a pet name of another given name", "Bobby", "William Ashdown", undefined, undefined],
    [
      "a signed line that is a role, not a name",
      "Dana Reyes",
      "Executive Assistant to Dana Reyes",
      undefined,
      undefined,
    ],
    ["a one-word signed name is not fuller", "Ashdown Print", "William", "Ashdown Print", undefined],
    [
      "a company that merely starts like the display name",
      "Ash",
      "William Ashdown",
      "Ashdown Print",
      undefined,
    ],
  ])("%s", (_why, display, signed, company, expected) => {
    expect(signedOverNonPersonDisplay(display, signed, company)).toBe(expected);
  });
});
