// Business-mail causes of issue 13 (emails-business8): a department after the title on its line, and a logo's alt
// text over the name as the company. Fresh fictional data, not copies of fixtures.
import { readSignature } from "../../../src/core/email/signature";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

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

describe("a colleague forwarding from a personal mailbox is no referrer", () => {
  const ctx: ExtractContext = { ownerEmails: ["ben@harlowsigns.example.com"], defaultRegion: "US" };
  const inquiry = (to: string) =>
    `-----Original Message-----\nFrom: Lena Ortiz <lena@ortiz-dental.example.com>\nSent: Monday, March 2, 2026 9:10 AM\nTo: ${to}\nSubject: Sign quote\n\nHello, could you quote a lit sign for our clinic?\n\nLena Ortiz\nOffice Manager\nOrtiz Dental Care\n(503) 555-0126`;
  const mail = (from: string, note: string, to: string): EmailInput => ({
    from,
    to: "Ben Harlow <ben@harlowsigns.example.com>",
    cc: "",
    subject: "FW: Sign quote",
    dateHeader: "Mon, 2 Mar 2026 10:00:00 -0800",
    date: new Date("2026-03-02T18:00:00Z"),
    plainBody: `${note}\n\n${inquiry(to)}`,
    htmlBody: "",
    attachments: [],
  });

  test.each<[string, EmailInput, string | undefined]>([
    [
      "the inquiry was sent to the business's own address (info@): the forwarder read it there",
      mail(
        "Mia Cole <miacole@gmail.example.com>",
        "Ben, a clinic wants a quote. All yours.",
        "Info <info@harlowsigns.example.com>",
      ),
      undefined,
    ],
    [
      "a free mailbox whose name the business's domain carries (Harlow of harlowsigns) is the business's own",
      mail(
        "Ada Harlow <ada.harlow@yahoo.example.com>",
        "Ben, quote request came in, please handle.",
        "Ada Harlow <ada.harlow@yahoo.example.com>",
      ),
      undefined,
    ],
    [
      "an outside contact forwarding a message written to them still refers the lead",
      mail(
        "Sam Reyes <sam@reyes-law.example.com>",
        "Ben, my dentist needs a sign, thought of you.",
        "Sam Reyes <sam@reyes-law.example.com>",
      ),
      "Referral: Sam Reyes",
    ],
  ])("%s", (_why, input, source) => {
    const { lead } = extractLeadFromEmail(input, ctx);
    expect(lead.name).toBe("Lena Ortiz");
    expect(lead.source).toBe(source);
  });
});

describe("a desk's shared mailbox: the person who signs", () => {
  test("'Purchasing <purchasing@…>' over a signature with UK post-nominals (MCIPS) and a department line", () => {
    const body =
      "Ben, tender below.\n\nFrom: Purchasing <purchasing@kestrelfm.example.co.uk>\nSent: 02 March 2026 11:09\nTo: Enquiries <enquiries@harlowsigns.example.com>\nSubject: Invitation to quote\n\nDear Sir/Madam,\n\nPlease quote for signage at two sites.\n\nKind regards\n\nTom Reid MCIPS\nBuyer\nPurchasing Department\nKestrel FM Ltd\n07700 900471 (Mobile)\ntom.reid@kestrelfm.example.co.uk";
    const input: EmailInput = {
      from: "Ben Harlow <ben@harlowsigns.example.com>",
      to: "Ben Harlow <ben@harlowsigns.example.com>",
      cc: "",
      subject: "FW: Invitation to quote",
      dateHeader: "Mon, 2 Mar 2026 12:00:00 +0000",
      date: new Date("2026-03-02T12:00:00Z"),
      plainBody: body,
      htmlBody: "",
      attachments: [],
    };
    const { lead } = extractLeadFromEmail(input, {
      ownerEmails: ["ben@harlowsigns.example.com"],
      defaultRegion: "GB",
    });
    expect(lead).toMatchObject({
      name: "Tom Reid",
      email: "tom.reid@kestrelfm.example.co.uk",
      title: "Buyer",
      company: "Kestrel FM Ltd",
    });
  });
});

describe("Outlook's 'X <x@…> On Behalf Of Y': the principal's own address from their signature", () => {
  const input = (from: string, sigMail: string): EmailInput => ({
    from: "Ben Harlow <ben@harlowsigns.example.com>",
    to: "Ben Harlow <ben@harlowsigns.example.com>",
    cc: "",
    subject: "FW: Signage for the spring gala",
    dateHeader: "Mon, 2 Mar 2026 12:00:00 -0500",
    date: new Date("2026-03-02T17:00:00Z"),
    plainBody: `See below.\n\nFrom: ${from}\nSent: Monday, March 2, 2026 11:30 AM\nTo: info@harlowsigns.example.com\nSubject: Signage for the spring gala\n\nDear team,\n\nPlease contact me about signage for our gala.\n\nKind regards,\n\nKarl Berg\nManaging Director\nBerg Venues Inc.\nM +1 617 555 0163\n${sigMail}`,
    htmlBody: "",
    attachments: [],
  });
  const ctx: ExtractContext = { ownerEmails: ["ben@harlowsigns.example.com"], defaultRegion: "US" };

  test.each<[string, EmailInput, string]>([
    [
      "the assistant's address beside her name gives way to the principal's signed one",
      input("Pia Lund <plund@bergvenues.example.com> On Behalf Of Karl Berg", "kberg@bergvenues.example.com"),
      "kberg@bergvenues.example.com",
    ],
    [
      "a sender's own address that spells their name stays, whatever else the signature lists",
      input("Karl Berg <karl@bergvenues.example.com>", "events@bergvenues.example.com"),
      "karl@bergvenues.example.com",
    ],
  ])("%s", (_why, mail, email) => {
    const { lead } = extractLeadFromEmail(mail, ctx);
    expect(lead.name).toBe("Karl Berg");
    expect(lead.email).toBe(email);
  });
});
