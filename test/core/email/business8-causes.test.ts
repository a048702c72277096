// Business-mail causes of issue 13 (emails-business8): a department after the title on its line, and a logo's alt
// text over the name as the company. Fresh fictional data, not copies of fixtures.
import { readSignature } from "../../../src/core/email/signature";

describe("title and company in real signature layouts", () => {
  const sig = (text: string, name: string, email: string) => readSignature(text, { name, email }, "US");

  test.each<[string, string, string, string, { title?: string; company?: string }]>([
    [
      'a department after a bar, the firm with its legal form below ("Senior Manager | Risk Consulting")',
      "Regards,\n\nNadia Voss, CPA\nSenior Manager | Risk Consulting\nHollis & Vane LLP\nDirect: 415-555-0136",
      "Nadia Voss",
      "nvoss@hollisvane.example.com",
      { title: "Senior Manager", company: "Hollis & Vane LLP" },
    ],
    [
      'a department named by its words after a bar ("Principal | Audit & Assurance"), the firm below without a legal form',
      "Thanks,\nOren Bale\nPrincipal | Audit & Assurance\nMarrow Accounting Group\n555-0148",
      "Oren Bale",
      "obale@marrowacct.example.com",
      { title: "Principal", company: "Marrow Accounting Group" },
    ],
    [
      "a firm after a bar with nothing below is still the company",
      "Best,\nTess Arden\nOwner | Greenleaf Landscaping\n(503) 555-0119",
      "Tess Arden",
      "tess@greenleaf-land.example.com",
      { title: "Owner", company: "Greenleaf Landscaping" },
    ],
    [
      'Gmail\'s "[image: …] <link>" logo over the name is the company when it spells the mail domain; "Manager, Data Analytics" one title',
      "Best,\nAna\n\n[image: Tidewell Robotics] <https://www.tidewell-robotics.example.com>\n*Ana Price*\nManager, Data Analytics\nm: 617.555.0171\n",
      "Ana Price",
      "aprice@tidewell-robotics.example.com",
      { title: "Manager, Data Analytics", company: "Tidewell Robotics" },
    ],
    [
      "a social icon's alt text over the name is no company",
      "Cheers,\n\n[image: LinkedIn] <https://www.linkedin.example.com/in/jkemp>\nJoel Kemp\nSales Director\nKemp Marine Supply\n555-0190",
      "Joel Kemp",
      "joel@kempmarine.example.com",
      { title: "Sales Director", company: "Kemp Marine Supply" },
    ],
  ])("%s", (_why, text, name, email, want) => {
    const got = sig(text, name, email);
    expect({ title: got.title, company: got.company }).toEqual(want);
  });
});
