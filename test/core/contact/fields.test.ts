import { looksLikeAddress } from "../../../src/core/contact/address";
import { parseAddressList } from "../../../src/core/contact/email";
import { isPostNominals, normalizeName } from "../../../src/core/contact/name";
import { bestPhone } from "../../../src/core/contact/phone-rank";
import { siteInLine } from "../../../src/core/contact/website";
import { htmlToText } from "../../../src/core/email/html-text";

// The one name, phone, website and address rule shared by e-mail signatures and cards.
describe("names", () => {
  test.each([
    ["post-nominals after a comma", "Dana Whitfield, Ph.D.", "Dana Whitfield"],
    ["several post-nominals", "Olivia Grant, MD, FAAP", "Olivia Grant"],
    ["a post-nominal without a comma", "Grace Okoye RGN", "Grace Okoye"],
    ["an engineer's P.E.", "Gregory T. Bann, P.E.", "Gregory T. Bann"],
    ["a registered mark after the credential", "Henry Cole, CFP®", "Henry Cole"],
    ["an honorific and a degree", "Dr. Miriam Osei, DDS", "Miriam Osei"],
    ["Last, First", "Kowalski, Anna", "Anna Kowalski"],
    ["a surname that is also a degree in lower case stays (Ma)", "Jack Ma", "Jack Ma"],
    ["a surname that is a post-nominal only in capitals stays (Do)", "Sam Do", "Sam Do"],
    ["a particle inside the name keeps its small letter (nl)", "Sanne de Vries", "Sanne de Vries"],
    ["particles written in capitals (es) stay as written", "Ana De La Cruz", "Ana De La Cruz"],
    ["a name written all in small letters", "sanne de vries", "Sanne de Vries"],
    // Honorifics written with their dot in business mail and on cards, by language.
    ["it: an advocate's Avv.", "Avv. Marco Rinaldi", "Marco Rinaldi"],
    ["it: Sig.ra and Dr.ssa, the dot inside the word", "Sig.ra Paola Neri", "Paola Neri"],
    ["it: Dr.ssa", "Dr.ssa Laura Conti", "Laura Conti"],
    ["pt: an engineer's Eng.º", "Eng.º Rui Costa", "Rui Costa"],
    ["es: Dña.", "Dña. Ana López", "Ana López"],
    ["de: any Dipl.- degree (Dipl.-Kfm.)", "Dipl.-Kfm. Jörg Berger", "Jörg Berger"],
    ["at: Univ.-Prof.", "Univ.-Prof. Karl Roth", "Karl Roth"],
    ["pl: Pani, and a habilitation's dr hab.", "Pani Anna Nowak", "Anna Nowak"],
    ["pl: dr hab.", "dr hab. Jan Kowalski", "Jan Kowalski"],
    ["cs/sk: an architect's Ing. arch.", "Ing. arch. Marek Horák", "Marek Horák"],
    ["en: Capt. and Atty.", "Atty. Jose Cruz", "Jose Cruz"],
    ["in: Shri", "Shri Raj Patel", "Raj Patel"],
    // The same words without their dot are given names or surnames, and stay.
    ["Sig without a dot is a given name (no)", "Sig Hansen", "Sig Hansen"],
    ["Pan is a surname (zh)", "Pan Wei", "Pan Wei"],
    ["Hon without a dot is a given name (yue)", "Hon Wai Lee", "Hon Wai Lee"],
    // Trade bodies' letters (UK): in the table, or three capitals after a name written in small letters.
    ["a locksmith's MLA", "Gareth Pryce MLA", "Gareth Pryce"],
    ["three unknown capitals after two words of a name", "Ines Roth MQA", "Ines Roth"],
    ["a surname in capitals after one given name stays (fr)", "Jean-Baptiste MOREAU", "Jean-Baptiste Moreau"],
    [
      "a longer surname in capitals after two given names stays (it)",
      "Maria Luisa ROSSI",
      "Maria Luisa Rossi",
    ],
  ])("%s: %s -> %s", (_why, raw, name) => expect(normalizeName(raw)).toBe(name));

  test("a list of credentials is post-nominals, a title is not", () => {
    expect(isPostNominals("CPA, CFE")).toBe(true);
    expect(isPostNominals("Partner")).toBe(false);
  });
});

describe("phones", () => {
  test.each([
    ["a label after the number", "Office: (617) 555-0143\n(617) 555-0178 cell", "+16175550178"],
    ["a label in brackets after the number", "617-555-0134 (Cell)\n617-555-0100 (Studio)", "+16175550134"],
    ["German (mobil) after the number", "Tel. +49 89 23125 410\n+49 171 3920041 (mobil)", "+491713920041"],
    [
      "a cell in prose",
      "You can reach me on my cell at 415-555-0163 anytime.\nMain: 415-555-0100",
      "+14155550163",
    ],
    ["p: is Phone in a US signature, m: the mobile", "p: 646.555.0131 | m: 646.555.0192", "+16465550192"],
    ["a fax labelled after the number is never used", "212-555-0110 (fax)\n212-555-0111", "+12125550111"],
    [
      "as on cards, a labelled office line before an unlabelled number",
      "212-555-0112\nOffice: 212-555-0113",
      "+12125550113",
    ],
  ])("%s", (_why, text, e164) => expect(bestPhone(text, "US")?.e164).toBe(e164));

  test.each([
    [
      "Polish kom. (komórka) is the mobile, over tel.",
      "tel. 61 555 01 20\nkom. 600 555 017",
      "PL",
      "+48600555017",
    ],
    ["Norwegian Mob: reads an 8-digit number", "Tlf: 22 55 50 12\nMob: 915 55 012", "NO", "+4791555012"],
    [
      "Finnish Puh. is an office line, Matkapuhelin the mobile",
      "Puh. 09 555 0123\nMatkapuhelin 040 555 0123",
      "FI",
      "+358405550123",
    ],
    ["Russian Моб. beats Тел.", "Тел.: 8 495 555-01-23\nМоб.: 8 916 555-01-23", "RU", "+79165550123"],
    [
      "Japanese 携帯 after a full-width colon beats TEL",
      "TEL 03-5550-0123\n携帯：090-5550-0123",
      "JP",
      "+819055500123",
    ],
    ["Turkish Faks is a fax, never used", "Faks: 0212 555 01 23\nTel: 0212 555 01 24", "TR", "+902125550124"],
  ])("%s", (_why, text, region, e164) => expect(bestPhone(text, region)?.e164).toBe(e164));
});

describe("websites", () => {
  test.each([
    [
      "inside a company line",
      "Marlow Ridge Vineyards | www.marlowridge.com",
      "marlowridge.com",
      "Marlow Ridge Vineyards",
    ],
    [
      "in angle brackets after a tagline",
      "Tidewater Labs - Geo consulting <http://www.tidewaterlabs.com/>",
      "tidewaterlabs.com",
      "Tidewater Labs - Geo consulting",
    ],
    ["Home page:", "Home page: http://www.okaforlee-cpa.com/", "okaforlee-cpa.com", ""],
    [
      "w: beside phones",
      "p: 646.555.0131 | w: quarrylanemedia.com",
      "quarrylanemedia.com",
      "p: 646.555.0131",
    ],
    ["a blog is not the site", "Blog: marshstudio.com/journal", undefined, "Blog: marshstudio.com/journal"],
    [
      "a social network is not the site",
      "linkedin.com/in/paul-young",
      undefined,
      "linkedin.com/in/paul-young",
    ],
    ["an e-mail address is not a site", "E: rob@halejoinery.co.uk", undefined, "E: rob@halejoinery.co.uk"],
  ])("%s", (_why, line, host, rest) => {
    const got = siteInLine(line);
    expect(got.host).toBe(host);
    expect(got.rest).toBe(rest);
  });
});

describe("addresses", () => {
  test.each([
    "27 Kelso Road",
    "Flat 2, 14 Cardigan Road",
    "Industriestraße 12",
    "30159 Hannover",
    "Sutton (Québec) J0E 2K0",
    "Philadelphia, PA 19102",
    // A Mexican street number is written "No.": no registered body's word, so still an address.
    "Av. Reforma No. 222",
  ])("%s is an address", (line) => expect(looksLikeAddress(line)).toBe(true));
  // A body its registry numbers ("Condominium Corporation No. 1442") is a name, even with "Street" in it.
  test.each([
    "Walsh Logistics Ltd",
    "Vice President, Research",
    "Dundas Street Condominium Corporation No. 1442",
    "Park Road School District No. 5",
  ])("%s is not", (line) => expect(looksLikeAddress(line)).toBe(false));
});

describe("HTML signatures laid out in table cells", () => {
  test("a cell holding several lines is its own block; one-line cells stay on their row", () => {
    const html =
      "<table><tr><td><b>Nina Albright</b><br>Principal<br>Nina Albright Consulting</td>" +
      "<td>M: (720) 555-0174<br>ninaalbright.com</td></tr>" +
      "<tr><td>Name:</td><td>Jane Roe</td></tr></table>";
    const lines = htmlToText(html).split("\n").filter(Boolean);
    expect(lines).toEqual([
      "Nina Albright",
      "Principal",
      "Nina Albright Consulting",
      "M: (720) 555-0174",
      "ninaalbright.com",
      "Name: Jane Roe",
    ]);
  });
});

describe("city and region lines", () => {
  test.each(["Portland, OR", "Denver, Colorado", "Manchester, UK", "Montréal, Québec"])(
    "%s is an address line",
    (line) => expect(looksLikeAddress(line)).toBe(true),
  );
  test.each(["Foo Partners, LP", "Vice President, Research", "Smith, Jones"])("%s is not", (line) =>
    expect(looksLikeAddress(line)).toBe(false),
  );
});

describe("address headers", () => {
  test('an unquoted "Last, First <addr>" (old Outlook quoted headers) keeps its comma', () => {
    expect(parseAddressList("Patel, Ravi <ravi@summit.example.com>")).toEqual([
      { name: "Patel, Ravi", email: "ravi@summit.example.com" },
    ]);
  });
  test("a comma between addresses still separates them", () => {
    expect(parseAddressList("Alice <a@x.example>, Bob <b@y.example>").map((a) => a.name)).toEqual([
      "Alice",
      "Bob",
    ]);
    expect(parseAddressList("a@x.example, Bob <b@y.example>").map((a) => a.name)).toEqual(["", "Bob"]);
  });
});
