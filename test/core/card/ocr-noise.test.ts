// OCR noise on cards: letters and digits confused, addresses broken or spaced, columns merged — repaired from evidence.
import { extractLeadFromCardText } from "../../../src/core/card/extract";
import type { Lead } from "../../../src/core/lead";

const US = { defaultRegion: "US" };
const card = (...lines: string[]) => lines.join("\n");

type Case = [why: string, text: string, expected: Partial<Lead>];

const cases: Case[] = [
  [
    "rn read for m in an e-mail is repaired when the card's own words say so",
    card("Rachel Kim", "Summit Dental Group", "rachel@surnmitdental.example"),
    { email: "rachel@summitdental.example" },
  ],
  [
    "a real rn in an address is kept when the card's words have it",
    card("Bernard Lee", "Lee Consulting", "bernard@leeconsulting.example"),
    { email: "bernard@leeconsulting.example" },
  ],
  [
    "O and l read for 0 and 1 in a phone number are repaired",
    card("Kevin Murphy", "Estimator", "Ce1l: 4l2-555-O166", "kmurphy@murphyroofing.example"),
    { phone: "+14125550166" },
  ],
  [
    "two columns read as one line are split at the wide gap",
    card(
      "Lauren Mitchell         M 312 555 0193",
      "Account Manager        lmitchell@clearwater-ins.example",
      "Clearwater Insurance Brokers",
    ),
    { name: "Lauren Mitchell", title: "Account Manager", phone: "+13125550193" },
  ],
  [
    "an e-mail broken over two lines is joined",
    card("Natasha Ivanova", "Lab Manager", "natasha.ivanova@", "polar-bear-labs.example"),
    { email: "natasha.ivanova@polar-bear-labs.example" },
  ],
  [
    "spaced-out logo letters do not become the company when a fuller form is written",
    card("A C M E", "Acme Fasteners", "Janet Moore", "Purchasing Manager", "jmoore@acme-fasteners.example"),
    { company: "Acme Fasteners", name: "Janet Moore" },
  ],
  [
    "a name broken over two lines is joined, and so is a two-line logo",
    card(
      "NORTHSTAR",
      "CONSULTING GROUP",
      "Priyanka",
      "Sharma",
      "Principal Consultant",
      "priyanka@northstar-cg.example",
    ),
    { name: "Priyanka Sharma", company: "Northstar Consulting Group", title: "Principal Consultant" },
  ],
  [
    "OCR's rn for m in the name is repaired when the e-mail spells it, and the e-mail is not spoilt by the name",
    card("Sarnantha Reyes", "Office Manager", "samantha.reyes@coastaldental.example"),
    { name: "Samantha Reyes", email: "samantha.reyes@coastaldental.example" },
  ],
  [
    "digits read inside a name and a lower-case l read for a capital I are repaired",
    card("Wi11iam Grant", "lsabel Navarro"),
    { name: "William Grant" },
  ],
  [
    "an address read with l for i is repaired from the name's initial and surname",
    card("lsabel Navarro", "Gerente de Ventas", "lnavarro@tridentmarine.com.mx"),
    { name: "Isabel Navarro", email: "inavarro@tridentmarine.com.mx" },
  ],
  [
    "a title broken after a connecting word is read whole",
    card("Will Grant", "Director of", "Business Development", "will@grantandsons.co.uk"),
    { title: "Director of Business Development", name: "Will Grant" },
  ],
  [
    "an address's dot read as a space is put back when the word before it is the person's name",
    card("Anna Kowalski", "Marketing Coordinator", "T 312 555 0150 E anna k@brightpath.example"),
    { email: "anna.k@brightpath.example", phone: "+13125550150" },
  ],
  [
    "a domain's dot read with a space before the top-level domain is put back",
    card("Chloe Nguyen", "Art Director", "chloe@pixelandpine. example"),
    { email: "chloe@pixelandpine.example" },
  ],
  [
    "a number cut short at the card's edge is not taken when a whole one is there",
    card(
      "Hélène Dubois",
      "Tél : 04 99 00 12 34 - Port. : 06 39 98 12 3",
      "helene.dubois@fromagerie-dubois.fr",
    ),
    { phone: "+33499001234" },
  ],
  [
    'the Québec legal form "ltée" is a real word, not an l misread for a capital I',
    card("Marc Roy", "Directeur", "Portes Roy ltée", "Cell. 514 555-0161", "marc@portesroy.example"),
    { company: "Portes Roy ltée" },
  ],
  [
    "an address read the same in three places is right: it repairs the misread company line, not the reverse",
    card(
      "RAJ IYER",
      "Principal Engineer",
      "lyer Structural",
      "O: 312-555-0188",
      "info@iyerstructural.example",
      "raj@iyerstructural.example",
      "iyerstructural.example",
    ),
    {
      name: "Raj Iyer",
      email: "raj@iyerstructural.example",
      company: "Iyer Structural",
      website: "iyerstructural.example",
    },
  ],
  [
    "the same rn misread in both the address and the website is still repaired: no card word spells it",
    card("Rachel Kim", "Summit Dental Group", "rachel@surnmitdental.example", "www.surnmitdental.example"),
    { email: "rachel@summitdental.example", website: "summitdental.example" },
  ],
];

describe("OCR noise on a card", () => {
  test.each(cases)("%s", (_why, text, expected) => {
    expect(extractLeadFromCardText(text, US).lead).toMatchObject(expected);
  });
});
