import { extractLeadFromCardText } from "../../../src/core/card/extract";
import type { Lead } from "../../../src/core/lead";

const US = { defaultRegion: "US" };
const card = (...lines: string[]) => lines.join("\n");

type Case = [why: string, text: string, expected: Partial<Lead>, absent?: (keyof Lead)[]];

const cases: Case[] = [
  [
    "a line labelled Tel./Fax is a phone as well as a fax, so it is the lead's number when it is the only one",
    card("Marta Ruiz", "Gerente", "Tel./Fax +34 91 555 10 20", "marta@ruiz.example"),
    { phone: "+34915551020" },
  ],
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
    "as in e-mail, an unlabelled toll-free line printed first never beats the lead's own number",
    card("Dana Brook", "Brook Supply", "1-800-555-0123", "212-555-0147", "dana@brook.example"),
    { phone: "+12125550147" },
  ],
  [
    "as in e-mail, a 'Fax:' printed after a number labels the next number, not the one before it",
    card("Dana Brook", "Brook Supply", "212-555-0147  Fax: 212-555-0190", "dana@brook.example"),
    { phone: "+12125550147" },
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
