import { extractLeadFromCardText } from "../../../src/core/card/extract";
import type { Lead } from "../../../src/core/lead";

const US = { defaultRegion: "US" };
const card = (...lines: string[]) => lines.join("\n");

type Case = [why: string, text: string, expected: Partial<Lead>, absent?: (keyof Lead)[]];

const cases: Case[] = [
  [
    "a fax number is never taken, even when it is the only number on the card",
    card(
      "Doris Feldman",
      "Accounts Payable",
      "Feldman Supply",
      "Fax 718-555-0190",
      "dfeldman@feldmansupply.example",
    ),
    { name: "Doris Feldman", email: "dfeldman@feldmansupply.example" },
    ["phone"],
  ],
  [
    "the mobile beats the office line, whatever order they are printed in",
    card("Ana Ruiz", "Gerente", "Tel. +34 91 555 10 20", "Móvil +34 600 11 22 33", "ana@ruiz.example"),
    { phone: "+34600112233" },
  ],
  [
    "French labels: Portable is the mobile and Téléc. the fax",
    card("Luc Girard", "Conseiller", "Téléc. 01 55 50 12 35", "Portable 06 39 98 23 46", "luc@girard.fr"),
    { phone: "+33639982346" },
  ],
  [
    "German Handy is a mobile, and the .de domain gives numbers without +49 their country",
    card(
      "Stefan Braun",
      "Elektromeister",
      "Braun Elektrotechnik",
      "Tel. 0711 555 3300",
      "Handy 0176 5553301",
      "s.braun@braun-elektro.de",
    ),
    { phone: "+491765553301", title: "Elektromeister", company: "Braun Elektrotechnik" },
  ],
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
    "a bilingual title keeps the version read first",
    card(
      "Jean Roy",
      "Directeur général / General Manager",
      "Transport Roy",
      "jroy@transportroy.example",
      "Cell. 450 555-0126",
    ),
    { title: "Directeur général" },
  ],
  [
    "the company is the line with the legal form, not the line under the name",
    card("Oliver Bennett", "Bennett & Hale Ltd", "Managing Director", "oliver@bennetthale.example"),
    { company: "Bennett & Hale Ltd", title: "Managing Director", name: "Oliver Bennett" },
  ],
  [
    "a personal address beats info@, wherever it is printed",
    card(
      "info@bluepeak.example",
      "BluePeak IT Solutions LLC",
      "Derek Chan",
      "Systems Engineer",
      "derek.chan@bluepeak.example",
    ),
    { email: "derek.chan@bluepeak.example", company: "BluePeak IT Solutions LLC" },
  ],
  [
    "info@ is still the e-mail when it is the only one",
    card("Owen Gallagher", "Lead Designer", "Pine & Maple Interiors", "info@pineandmaple.example"),
    { email: "info@pineandmaple.example", title: "Lead Designer" },
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
    "honorifics and post-nominals are removed from the name",
    card("Dr. Alan Brooks, DVM", "Veterinarian", "abrooks@riverbendvet.example"),
    { name: "Alan Brooks" },
  ],
  [
    "the website is only given when written, never derived from the e-mail",
    card("Liam O'Connor", "Master Craftsman", "liam@oakandiron.example"),
    { email: "liam@oakandiron.example" },
    ["website"],
  ],
  [
    "a written website is reduced to its bare host",
    card(
      "Arjun Patel",
      "FOUNDER",
      "PATEL SPICE CO.",
      "ARJUN@PATELSPICE.EXAMPLE",
      "https://www.PatelSpice.com/shop",
    ),
    { website: "patelspice.com", title: "Founder", company: "Patel Spice Co.", name: "Arjun Patel" },
  ],
  [
    "an extension is dropped from the number",
    card("Nadia Petrova", "Account Manager", "Tél. 514 555-0163 poste 204", "nadia@laurentide.example"),
    { phone: "+15145550163" },
  ],
  [
    "a name and title on one line are told apart at the comma",
    card("Jane Whitfield, CEO", "Whitfield Analytics", "jane@whitfieldanalytics.example"),
    { name: "Jane Whitfield", title: "CEO" },
  ],
  [
    "a title written after the name without a separator is split off when the e-mail confirms the name",
    card("Lucas Ferreira Sommelier", "Vinhos do Vale", "lucas@vinhosdovale.example"),
    { name: "Lucas Ferreira", title: "Sommelier" },
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
    "a slash inside one language is one title, not a bilingual pair",
    card(
      "GREG HOLLOWAY",
      "OWNER / OPERATOR",
      "HOLLOWAY HAULING",
      "(512) 555-0175",
      "hollowayhauling@yahoo.com",
    ),
    { name: "Greg Holloway", title: "Owner / Operator", company: "Holloway Hauling" },
  ],
  [
    "a possessive makes a company, not a person",
    card("Frank Russo", "Russo's Pizzeria", "Owner", "(718) 555-0143"),
    { name: "Frank Russo", company: "Russo's Pizzeria", title: "Owner" },
  ],
  [
    "a surname in the company is no reason to refuse it when the e-mail names the person in full",
    card(
      "Hélène Dubois",
      "Responsable des achats",
      "Fromagerie Dubois",
      "helene.dubois@fromagerie-dubois.fr",
    ),
    { name: "Hélène Dubois", company: "Fromagerie Dubois" },
  ],
  [
    "German academic prefixes are not part of the name",
    card("Dipl.-Ing. Petra Schulz", "Projektleiterin", "p.schulz@schulz-partner.de"),
    { name: "Petra Schulz", title: "Projektleiterin" },
  ],
  [
    "a nickname in quotes is left out of the name",
    card('Robert "Bob" Jennings', "Vice President, Sales", "bjennings@keystone.example"),
    { name: "Robert Jennings", title: "Vice President, Sales" },
  ],
  [
    "a title outside the vocabulary is the plain line under the name",
    card("Maya Lindqvist", "Glassblower", "Lindqvist Glass Studio", "maya@lindqvistglass.example"),
    { title: "Glassblower", company: "Lindqvist Glass Studio" },
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
    "a social-network profile is not the lead's website",
    card(
      "Raj Mehta",
      "Founder & CEO",
      "Mehta Ventures",
      "raj@mehtaventures.example",
      "linkedin.com/in/rajmehta",
    ),
    { title: "Founder & CEO" },
    ["website"],
  ],
  [
    "German academic degrees before the name are left out, and a practice's mailbox does not name the person",
    card(
      "Dr. med. Jonas Weber",
      "Facharzt für Orthopädie",
      "Praxis Weber",
      "Telefon 089 555 0123",
      "praxis@weber-ortho.de",
    ),
    { name: "Jonas Weber", company: "Praxis Weber", title: "Facharzt für Orthopädie", phone: "+49895550123" },
  ],
  [
    "a number without country code is read in the country the labels' language points to when the domain says nothing",
    card("Luc Girard", "Conseiller", "Portable 06 39 98 23 46", "luc@girard-conseil.example"),
    { phone: "+33639982346" },
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
];

describe("card text to a lead", () => {
  test.each(cases)("%s", (_why, text, expected, absent = []) => {
    const r = extractLeadFromCardText(text, US);
    expect(r.lead).toMatchObject(expected);
    for (const f of absent) expect(r.lead[f]).toBeUndefined();
    expect(r.lead.followUp).toBeUndefined();
    expect(r.lead.source).toBeUndefined();
  });
});

describe("when a person must look at the card", () => {
  test("a formula-like name is kept as literal text and flagged", () => {
    const r = extractLeadFromCardText(
      card(
        '=HYPERLINK("http://phish.example","Bob Smith")',
        "Sales",
        "Crestline Motors",
        "bob@crestline.example",
      ),
      US,
    );
    expect(r.needsReview).toBe(true);
    expect(r.warnings.join(" ")).toMatch(/formula/);
  });

  test("name and company without any e-mail or phone is a lead to review", () => {
    const r = extractLeadFromCardText(card("Greg Alder", "Alder Tree Services"), US);
    expect(r.lead).toEqual({ name: "Greg Alder", company: "Alder Tree Services" });
    expect(r.needsReview).toBe(true);
    expect(r.warnings.join(" ")).toMatch(/neither an e-mail/);
  });

  test.each([
    ["OCR garbage from an unreadable photo", ".\n~/  ;\n l|\n.._  -"],
    ["an empty text", ""],
    ["a flyer, not a business card", "Fresh Bakes Daily!\nOpen 7 days a week\nBring this card for 10% off"],
    ["a tagline with a phone label is no name", "Residential · Commercial\nCall or text"],
  ])("%s gives no lead and a reason", (_why, text) => {
    const r = extractLeadFromCardText(text, US);
    expect(r.lead).toEqual({});
    expect(r.needsReview).toBe(true);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  test("input that is not text never throws", () => {
    const r = extractLeadFromCardText(undefined as unknown as string, US);
    expect(r.needsReview).toBe(true);
  });

  test("a complete card needs no review", () => {
    const r = extractLeadFromCardText(
      card(
        "Priya Raman",
        "Director of Operations",
        "Northwind Dental Group",
        "M: +1 (416) 555-0142",
        "priya.raman@northwind-dental.example",
      ),
      US,
    );
    expect(r).toEqual({
      lead: {
        name: "Priya Raman",
        title: "Director of Operations",
        company: "Northwind Dental Group",
        phone: "+14165550142",
        email: "priya.raman@northwind-dental.example",
      },
      needsReview: false,
      warnings: [],
    });
  });
});
