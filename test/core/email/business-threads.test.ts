// Corporate signatures and newest-author text in business threads (issue 13): the shapes behind each general cause,
// with made-up people and companies.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { splitInlineReply } from "../../../src/core/email/inline-reply";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example.com"], defaultRegion: "US" };

/** A message straight from the person to the owner's shared mailbox. */
function inbound(from: string, body: string, patch: Partial<EmailInput> = {}): EmailInput {
  return {
    from,
    to: "owner@owner-co.example.com",
    cc: "",
    subject: "Project inquiry",
    dateHeader: "Mon, 7 Dec 2026 09:00:00 -0500",
    date: new Date("2026-12-07T14:00:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
    ...patch,
  };
}

describe("display name against the name the person signs with", () => {
  test.each<[string, string, string, string]>([
    [
      "a directory's surname-first display name (Outlook fr): the signed order",
      "Garnier Solène <s.garnier@vallon-conseil.example>",
      "Solène Garnier\nChargée d'affaires\nVallon Conseil SAS",
      "Solène Garnier",
    ],
    [
      "a short first name in the header, the full one signed (en-AU 'Bec' for Rebecca)",
      "Mel Ostrander <mel@ostrander-clinic.example>",
      "Melanie Ostrander\nPractice Manager\nOstrander Clinic Pty Ltd",
      "Melanie Ostrander",
    ],
    [
      "an initial glued to the signed first name is no fuller name",
      "Ian Berry <iberry@berry-freight.example>",
      "J.Ian Berry\nBerry Freight Desk",
      "Ian Berry",
    ],
    [
      "a different first name under the same surname (a colleague's block) leaves the display name",
      "Ann Keel <ann@keel-yachts.example>",
      "Ann Keel\nOwner\nKeel Yachts LLC",
      "Ann Keel",
    ],
  ])("%s", (_why, from, signature, name) => {
    const r = extractLeadFromEmail(
      inbound(from, `Hello,\n\nCould you quote our lobby?\n\nThanks\n\n${signature}\n`),
      ctx,
    );
    expect(r.lead.name).toBe(name);
  });
});

describe("an inline reply: answers written between the quoted lines are the replier's", () => {
  test.each<[string, string[], string | undefined]>([
    [
      "answers between quotes and a signature under them",
      ["> Which finish?", "", "Oak, please.", "", "> By when?", "", "March.", "", "--", "Rosa Vint"],
      "Oak, please.\n\nMarch.\n\n--\nRosa Vint",
    ],
    [
      "a top-posted reply (nothing quoted first) is not an inline one",
      ["Oak, please.", "", "> Which finish?"],
      undefined,
    ],
    ["only quoted lines: nothing of the replier's", ["> Which finish?", "> By when?"], undefined],
    [
      "unquoted text that opens another quoted message stays with it",
      ["> Which finish?", "", "On Mon, Dec 7, 2026, Ida Lund <ida@lund.example> wrote:", "> Hello"],
      undefined,
    ],
  ])("%s", (_why, lines, own) => {
    expect(splitInlineReply(lines)?.own).toBe(own);
  });

  test("a forwarded inline reply (Thunderbird): title, company and mobile from the signature under the answers", () => {
    const body = [
      "Call her next week.",
      "",
      "-------- Forwarded Message --------",
      "Subject: Re: Tasting room counter",
      "Date: Tue, 8 Dec 2026 10:02:11 -0500",
      "From: Dr. Noor Haddad <noor@haddad-vet.example>",
      "To: Owner Person <owner@owner-co.example.com>",
      "",
      "On 12/7/26 4:10 PM, Owner Person wrote:",
      "> Walnut or maple for the counter?",
      "",
      "Walnut.",
      "",
      "> Any date in mind?",
      "",
      "Before May.",
      "",
      "Noor",
      "",
      "--",
      "Noor Haddad, DVM",
      "Practice Owner",
      "Haddad Animal Hospital",
      "(412) 555-0143 main | (412) 555-0168 mobile",
    ].join("\n");
    const r = extractLeadFromEmail(
      inbound("Owner Person <owner@owner-co.example.com>", body, {
        subject: "Fwd: Re: Tasting room counter",
      }),
      ctx,
    );
    expect(r.lead).toMatchObject({
      name: "Noor Haddad",
      email: "noor@haddad-vet.example",
      phone: "+14125550168",
      title: "Practice Owner",
      company: "Haddad Animal Hospital",
    });
  });
});

describe("an introduction with the person's details pasted under it", () => {
  test("the pasted block (title, company, mobile) beats the prose and stops at the introducer's '--'", () => {
    const body = [
      "Owner, meet Tove Ekdahl - she is planning the refit of Ekdahl's three stores next spring.",
      "",
      "Gus",
      "",
      "PS her details from her note to me:",
      "Tove Ekdahl",
      "Director, Store Development",
      "Ekdahl Retail Group",
      "Mobile +1 206 555 0182",
      "",
      "--",
      "Gus Marlow | Marlow Advisory | 206-555-0111",
    ].join("\n");
    const r = extractLeadFromEmail(
      inbound("Gus Marlow <gus@marlow-advisory.example>", body, {
        cc: "Tove Ekdahl <tove@ekdahl-retail.example>",
        subject: "Intro: Owner <> Tove",
      }),
      ctx,
    );
    expect(r.lead).toMatchObject({
      name: "Tove Ekdahl",
      email: "tove@ekdahl-retail.example",
      phone: "+12065550182",
      title: "Director, Store Development",
      company: "Ekdahl Retail Group",
    });
  });
});

describe("titles of trades that name no office", () => {
  test('"Licensee, The Anchor Inn" (a UK pub\'s licence holder): title, then the company', () => {
    const r = extractLeadFromEmail(
      inbound(
        "Wyn Pryce <wyn.pryce@mailbox.example>",
        "Evening,\n\nWould you quote for the snug?\n\nCheers\nWyn\n\nWyn Pryce\nLicensee, The Anchor Inn\nM: 07700 900 318\n",
      ),
      ctx,
    );
    expect(r.lead).toMatchObject({ title: "Licensee", company: "The Anchor Inn" });
  });
});
