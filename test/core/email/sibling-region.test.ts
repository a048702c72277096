import { inSiblingRegion, siblingRegion } from "../../../src/core/email/sibling-region";
import { findPhones } from "../../../src/core/contact/phone";

// A mobile written without its country code that happens to be a valid +1 number is read in the country its text
// names when another number beside it (a landline with a trunk "0") only reads there: a user would see +1 otherwise.
const firstIn = (text: string) => (r: string) => findPhones(text, r)[0]?.e164;

describe("a number's country told by the number beside it", () => {
  test.each([
    [
      "an Italian signature: the landline's trunk 0 is never North American",
      "Cordiali saluti\nArch. Marta Bellini\ncell. 347 555 0171 - tel. 06 5550 1234",
      ["IT"],
      "+393475550171",
    ],
    [
      "an Indian signature (legal form or +0530 zone as the cue): a 5-5 mobile beside an 0-area landline",
      "Mob: 98455 50142 | Ph: 022 5555 0188\nSharma Tools Pvt Ltd",
      ["IN"],
      "+919845550142",
    ],
    [
      "no number beside it that only reads abroad: a US mobile in Italian prose stays +1",
      "Cordiali saluti\nMarta\ncell. 347 555 0162",
      ["IT"],
      "+13475550162",
    ],
    [
      "a number written with +1 keeps its country even beside a foreign landline",
      "cell. +1 347 555 0162 - tel. 06 5550 1234",
      ["IT"],
      "+13475550162",
    ],
    ["no cue from the text: left as read", "cell. 347 555 0171 - tel. 06 5550 1234", [], "+13475550171"],
  ])("%s", (_why, text, cues, e164) => {
    const read = firstIn(text);
    expect(inSiblingRegion(read("US"), text, "US", () => cues, read)).toBe(e164);
  });

  test("the default region itself is never a cue", () => {
    expect(siblingRegion("tel. 06 5550 1234", "IT", ["IT"])).toBeUndefined();
  });
});
