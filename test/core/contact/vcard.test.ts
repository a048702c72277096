import { readVCard } from "../../../src/core/contact/vcard";

// vCards attached to mail (Outlook, Apple Mail, phones' "Share contact"): each case is one way cards are written.
describe("reading a vCard", () => {
  test.each<[string, string[], Record<string, unknown>]>([
    [
      "3.0 with typed numbers: the cell first, the fax never",
      [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Okafor;Ada;;;",
        "FN:Ada Okafor",
        "ORG:Okafor Stage Hire LLC;Events",
        "TITLE:Production Lead",
        "TEL;TYPE=WORK,FAX:(303) 555-0110",
        "TEL;TYPE=WORK,VOICE:(303) 555-0111",
        "TEL;TYPE=CELL:(303) 555-0112",
        "EMAIL;TYPE=INTERNET:ada@okafor-stage.example",
        "URL:https://www.okafor-stage.example/",
        "END:VCARD",
      ],
      {
        name: "Ada Okafor",
        company: "Okafor Stage Hire LLC",
        title: "Production Lead",
        email: "ada@okafor-stage.example",
        website: "https://www.okafor-stage.example/",
        phones: ["(303) 555-0112", "(303) 555-0111"],
      },
    ],
    [
      "4.0 with folded lines, escaped commas and a tel: URI; the name from N when FN is missing",
      [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "N:Lindqvist;Mats;;;",
        "ORG:Lindqvist\\, Berg & Co",
        "TITLE:Head of Pur",
        " chasing",
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+46-70-555-0199',
        "END:VCARD",
      ],
      {
        name: "Mats Lindqvist",
        company: "Lindqvist, Berg & Co",
        title: "Head of Purchasing",
        phones: ["+46-70-555-0199"],
      },
    ],
  ])("%s", (_why, lines, want) => {
    expect(readVCard(lines.join("\r\n"))).toMatchObject(want);
  });

  test("text without a card gives nothing", () => {
    expect(readVCard("Hi, my card is attached.")).toBeUndefined();
  });
});
