// Who the lead is and what the thread says about them, in the forms real forwards take (one case per rule).
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext, Lead } from "../../../src/core/lead";

const ctx: ExtractContext = {
  ownerEmails: ["owner@owner-co.example.com"],
  defaultRegion: "US",
  timeZone: "America/Toronto",
};

/** The owner (or `from`) forwarding `inner` (header lines, a blank line, the text) with `note` on top. */
function forward(
  note: string,
  inner: string,
  from = "Owner Person <owner@owner-co.example.com>",
): EmailInput {
  return {
    from,
    to: "owner@owner-co.example.com",
    cc: "",
    subject: "Fwd: hello",
    dateHeader: "Fri, 13 Mar 2026 10:30:00 -0400",
    date: new Date("2026-03-13T14:30:00Z"),
    plainBody: `${note}\n\n---------- Forwarded message ---------\n${inner}`,
    htmlBody: "",
    attachments: [],
  };
}

type Case = [
  why: string,
  input: EmailInput,
  expected: Partial<Lead>,
  absent: (keyof Lead)[],
  review: boolean,
];

const cases: Case[] = [
  [
    "a forwarded newsletter (unsubscribe footer) has nobody to follow up, and is flagged",
    forward(
      "FYI, good read",
      "From: Reno Weekly <news@renoweekly.example.com>\nDate: Tue, Mar 10, 2026 at 6:00 AM\nSubject: Issue 212\nTo: <owner@owner-co.example.com>\n\nPermits are getting faster.\nQuestions? Call 1-800-555-0199.\n\nYou are receiving this because you subscribed. Unsubscribe | Manage preferences\nReno Weekly Media Inc.",
    ),
    {},
    ["name", "email", "phone", "company"],
    true,
  ],
  [
    "an introduction that gives no address for the person introduced: their name, not the introducer's",
    forward(
      "",
      "From: Paolo Conti <paolo@conti.example.com>\nDate: mer 11 mar 2026\nSubject: Presentazione\nTo: Owner Person <owner@owner-co.example.com>\n\nCiao,\n\nti presento Lorenzo Rossi, responsabile acquisti di Rossi Arredamenti S.r.l. Ti scriverà lui.\n\nA presto,\nPaolo",
    ),
    {
      name: "Lorenzo Rossi",
      company: "Rossi Arredamenti S.r.l",
      title: "responsabile acquisti",
      source: "Referral: Paolo Conti",
    },
    ["email", "phone"],
    true,
  ],
  [
    'the title and company in parentheses after the name: "meet Jo Lee (Facilities Manager, Lee Dental Group)"',
    forward(
      "",
      "From: Tom Becker <tom@becker.example.com>\nDate: Mon, Mar 9, 2026 at 9:41 AM\nSubject: Intro\nTo: Owner Person <owner@owner-co.example.com>\nCc: Jo Lee <jo@leedental.example.com>\n\nOwner, meet Jo Lee (Facilities Manager, Lee Dental Group). They are expanding this summer.\n\nCheers,\nTom",
    ),
    { name: "Jo Lee", title: "Facilities Manager", company: "Lee Dental Group" },
    [],
    false,
  ],
  [
    'what the person runs, said in a later sentence ("Sanjay runs Patel Property Management") is the company, not a title',
    forward(
      "",
      "From: Greg Hollis <greg@hollis.example.com>\nDate: Tue, Mar 10, 2026 at 11:18 AM\nSubject: Introduction\nTo: Owner Person <owner@owner-co.example.com>\nCc: Sanjay Patel <sanjay@patelpm.example.com>\n\nI want to introduce you to Sanjay Patel. Sanjay runs Patel Property Management and looks after forty units.\n\nRegards,\nGreg",
    ),
    { name: "Sanjay Patel", company: "Patel Property Management" },
    ["title"],
    false,
  ],
  [
    "the introduced person's contact block written into the introduction is read as their signature",
    forward(
      "",
      "From: Claire Dubois <claire@dubois.example.com>\nDate: 11 mars 2026\nSubject: Présentation\nTo: Owner Person <owner@owner-co.example.com>\nCc: Mathieu Leroy <m.leroy@leroy.example.fr>\n\nBonjour,\n\nJe vous présente Mathieu Leroy, qui rénove ses bureaux.\nVoici ses coordonnées :\nMathieu Leroy\nDirecteur technique\nAteliers Leroy SARL\nPortable : 06 12 34 56 78\n\nBien cordialement,\nClaire Dubois\nTél. : 04 72 00 11 22",
    ),
    {
      name: "Mathieu Leroy",
      title: "Directeur technique",
      company: "Ateliers Leroy SARL",
      phone: "+33612345678",
    },
    [],
    false,
  ],
  [
    "the forwarder names the decision maker: that person, not the assistant who wrote last",
    forward(
      "Rob is the assistant, the decision maker is Helen Cho. Call her Monday?",
      "From: Rob Lind <rob@northgate.example.com>\nDate: Fri, Mar 13, 2026 at 10:02 AM\nSubject: RE: Common room\nTo: Owner Person <owner@owner-co.example.com>\nCc: Helen Cho <hcho@northgate.example.com>\n\nLooping in Helen.\n\nRob Lind\nExecutive Assistant\nT 503-555-0172\n\nFrom: Helen Cho <hcho@northgate.example.com>\nSent: Thursday, March 12, 2026 4:40 PM\nTo: Owner Person <owner@owner-co.example.com>\nSubject: Common room\n\nWe are renovating two rooms.\n\nHelen Cho\nVP Operations\nNorthgate Living\nM 503-555-0171",
    ),
    {
      name: "Helen Cho",
      email: "hcho@northgate.example.com",
      phone: "+15035550171",
      title: "VP Operations",
      followUp: "2026-03-16",
    },
    [],
    false,
  ],
  [
    'a quoted message under "On <date>, <name> wrote:" (no address) is that person\'s: their signature is read',
    forward(
      "follow up Monday",
      "From: Owner Person <owner@owner-co.example.com>\nDate: Thu, Mar 12, 2026 at 10:05 AM\nSubject: Re: Basement\nTo: Luis Herrera <lherrera@herrera.example.com>\n\nWe'll come by.\n\nOn 3/11/26 4:40 PM, Luis Herrera wrote:\n> The basement floods every spring.\n>\n> Luis Herrera\n> Property Manager\n> Herrera Properties LLC\n> Cell 210-555-0153",
    ),
    {
      name: "Luis Herrera",
      email: "lherrera@herrera.example.com",
      phone: "+12105550153",
      title: "Property Manager",
      company: "Herrera Properties LLC",
    },
    [],
    false,
  ],
  [
    "the lead replying to an introduction further down the thread came in by referral",
    forward(
      "",
      "From: Carmen Vidal <cvidal@vidal.example.es>\nDate: vie, 13 mar 2026\nSubject: RE: Presentación\nTo: Alberto Sanz <asanz@sanz.example.es>, Owner Person <owner@owner-co.example.com>\n\nGracias Alberto.\n\nCarmen Vidal\nGerente General\nGrupo Vidal\nMóvil: +34 655 123 456\n\nFrom: Alberto Sanz <asanz@sanz.example.es>\nSent: jueves, 12 de marzo de 2026 18:02\nTo: Owner Person <owner@owner-co.example.com>\nCc: Carmen Vidal <cvidal@vidal.example.es>\nSubject: Presentación\n\nTe presento a Carmen Vidal, de Grupo Vidal.\n\nSaludos,\nAlberto Sanz",
    ),
    { name: "Carmen Vidal", email: "cvidal@vidal.example.es", source: "Referral: Alberto Sanz" },
    [],
    false,
  ],
  [
    'German "Am <date> schrieb <name>:" puts the verb first: still the quoted person\'s message',
    forward(
      "",
      "From: Owner Person <owner@owner-co.example.com>\nDate: Thu, Mar 12, 2026 at 10:05 AM\nSubject: Re: Angebot\nTo: Jonas Keller <j.keller@keller.example.de>\n\nWir melden uns.\n\nAm 11.03.26 um 16:40 schrieb Jonas Keller:\n> Bitte um ein Angebot.\n>\n> Jonas Keller\n> Geschäftsführer\n> Keller Immobilien GmbH\n> Mobil 0170 5559876",
    ),
    {
      name: "Jonas Keller",
      phone: "+491705559876",
      title: "Geschäftsführer",
      company: "Keller Immobilien GmbH",
    },
    [],
    false,
  ],
  [
    'the introducer describes the person in the next sentence ("Sie ist Leiterin Einkauf bei …")',
    forward(
      "",
      "From: Klaus Weber <k.weber@weber.example.de>\nDate: 16. März 2026\nSubject: Vorstellung\nTo: Owner Person <owner@owner-co.example.com>\n\ndarf ich Ihnen Frau Anna Schmidt vorstellen? Sie ist Leiterin Einkauf bei Schmidt Bau GmbH.\n\nViele Grüße\nKlaus Weber",
    ),
    { name: "Anna Schmidt", title: "Leiterin Einkauf", company: "Schmidt Bau GmbH" },
    ["email"],
    true,
  ],
  [
    "a name-only attribution whose name the thread never shows is matched by the surname in an address",
    forward(
      "",
      "From: Owner Person <owner@owner-co.example.com>\nDate: Thu, Mar 12, 2026 at 10:05 AM\nSubject: Re: Deck\nTo: tnguyen@tn-builds.example.com\n\nSounds good.\n\nOn 3/11/26 4:40 PM, Tessa Nguyen wrote:\n> Can you quote a deck?\n>\n> Tessa Nguyen\n> Owner\n> TN Builds\n> Cell 210-555-0154",
    ),
    { name: "Tessa Nguyen", email: "tnguyen@tn-builds.example.com", phone: "+12105550154" },
    [],
    false,
  ],
];

describe("who the lead is and what the thread says about them", () => {
  test.each(cases)("%s", (_why, input, expected, absent, review) => {
    const r = extractLeadFromEmail(input, ctx);
    expect(r.lead).toMatchObject(expected);
    for (const f of absent) expect(r.lead[f]).toBeUndefined();
    expect(r.needsReview).toBe(review);
  });
});
