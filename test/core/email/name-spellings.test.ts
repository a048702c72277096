// Names as people write them: an ASCII header beside a signature's umlauts, a courtesy title in brackets after the name.
import { normalizeName } from "../../../src/core/contact/name";
import { chooseName } from "../../../src/core/email/display-name";
import { readSignature } from "../../../src/core/email/signature";

describe("the signed spelling over a header written in ASCII", () => {
  test.each<[why: string, display: string, signed: string, expected: string]>([
    ["de: ü spelled out as ue in the header", "Hans Mueller", "Hans Müller", "Hans Müller"],
    ["de: ö and ß spelled out", "Joerg Grosse", "Jörg Große", "Jörg Große"],
    ["nb: ø and å spelled out", "Kaare Groenlund", "Kåre Grønlund", "Kåre Grønlund"],
    ["fr: accents dropped (as before)", "Rene Lefevre", "René Lefèvre", "René Lefèvre"],
    ["another person signing keeps the header's name", "Hans Mueller", "Hanna Müller", "Hans Mueller"],
  ])("%s", (_why, display, signed, expected) => {
    expect(chooseName(display, signed)).toBe(expected);
  });
});

describe("a courtesy title in brackets after the name is no part of it", () => {
  test.each<[why: string, raw: string, expected: string]>([
    ["vi: (Mr.) after a family-name-first name", "Nguyen Van An (Mr.)", "Nguyen Van An"],
    ["en-IN: (Ms) without a dot", "Priya Nair (Ms)", "Priya Nair"],
    ["a bracketed word that is no title stays", "Jo Park (Sales)", "Jo Park (Sales)"],
  ])("%s", (_why, raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});

describe("a display name's middle initial the signature leaves out still finds the signature", () => {
  it("'Sarah J. Connor' signs 'Sarah Connor' over her title and company", () => {
    const body =
      "Hi,\n\nQuote please.\n\nSarah\n\nSarah Connor\nOffice Manager\nCyberdyne Ltd\n+1 416 555 0142";
    const sig = readSignature(body, { name: "Sarah J. Connor", email: "sconnor@cyberdyne.example" }, "US");
    expect(sig.company).toBe("Cyberdyne Ltd");
    expect(sig.title).toBe("Office Manager");
  });
});
