import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

const ctx: ExtractContext = {
  ownerEmails: ["owner@owner-co.example.com"],
  defaultRegion: "US",
  timeZone: "America/Toronto",
};

function forward(from: string, body: string, patch: Partial<EmailInput> = {}): EmailInput {
  return {
    from: "Owner Person <owner@owner-co.example.com>",
    to: "owner@owner-co.example.com",
    cc: "",
    subject: "Fwd: hello",
    dateHeader: "Tue, 4 Mar 2025 09:00:00 -0500",
    date: new Date("2025-03-04T14:00:00Z"),
    plainBody: `note\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Tue, Mar 4, 2025 at 8:00 AM\nSubject: hello\nTo: owner@owner-co.example.com\n\n${body}`,
    htmlBody: "",
    attachments: [],
    ...patch,
  };
}

describe("the lead's details", () => {
  test("a number without a country code from a .com address reads in the country the signature names", () => {
    const r = extractLeadFromEmail(
      forward(
        "Ola Berg <ola@berg-design.example.com>",
        "Hi!\n\nOla Berg\nBerg Design\n12 Lime Street, London\n020 7946 0321",
      ),
      ctx,
    );
    expect(r.lead.phone).toBe("+442079460321");
  });

  test('a display name that is a mailbox\'s ("Sales") gives way to the name in the signature', () => {
    const r = extractLeadFromEmail(
      forward(
        "Sales <sales@tidewater-boats.example.com>",
        "Hello,\n\nBest regards,\nMarta Klein\nTidewater Boats\n",
      ),
      ctx,
    );
    expect(r.lead.name).toBe("Marta Klein");
  });

  test("a first name in the header and the full name in the signature: the full name", () => {
    const r = extractLeadFromEmail(
      forward(
        "Logan <logan@pierce-dev.example.com>",
        "Drawings attached.\n\nLogan Pierce\nPierce Developments\n",
      ),
      ctx,
    );
    expect(r.lead.name).toBe("Logan Pierce");
  });

  test('no Date header: "tomorrow" is read on the owner\'s calendar date in their time zone', () => {
    const r = extractLeadFromEmail(
      forward("Ivy Chu <ivy@chu-law.example.com>", "Hi\n\nIvy Chu\n416-555-0131", {
        plainBody: `call tomorrow\n\n---------- Forwarded message ---------\nFrom: Ivy Chu <ivy@chu-law.example.com>\nDate: x\nSubject: hi\nTo: owner@owner-co.example.com\n\nHi\n\nIvy Chu\n416-555-0131`,
        dateHeader: undefined,
        date: new Date("2025-03-05T03:30:00Z"), // 22:30 on 4 March in Toronto
      }),
      ctx,
    );
    expect(r.lead.followUp).toBe("2025-03-05");
  });
});

describe("a person written into the owner's own note (nothing forwarded from them)", () => {
  const note = (plainBody: string): EmailInput => ({ ...forward("x <x@x.example.com>", ""), plainBody });
  test.each<[string, string, Record<string, string>]>([
    [
      "a label, a comma-separated e-mail and phone",
      "Lead: Jane Roe, jane@roe.example.com, 416-555-0100 - call Friday",
      { name: "Jane Roe", email: "jane@roe.example.com", phone: "+14165550100", followUp: "2025-03-07" },
    ],
    [
      "a sentence with the address in brackets; the verb before the name is not part of it",
      "Met Jane Roe (jane@roe.example.com) at the expo.",
      { name: "Jane Roe", email: "jane@roe.example.com", source: "Trade show" },
    ],
  ])("%s", (_why, body, expected) => {
    const r = extractLeadFromEmail(note(body), ctx);
    expect(r.lead).toEqual(expected);
  });

  test('older Outlook\'s "Name [mailto:address]" header', () => {
    const r = extractLeadFromEmail(
      {
        ...forward("x <x@x.example.com>", ""),
        plainBody:
          "-----Original Message-----\nFrom: Jane Roe [mailto:jane@roe.example.com]\nSent: Monday, March 3, 2025 8:00 AM\nTo: Owner\nSubject: x\n\nHi\n\nJane Roe\n416-555-0100",
      },
      ctx,
    );
    expect(r.lead).toEqual({ name: "Jane Roe", email: "jane@roe.example.com", phone: "+14165550100" });
  });
});

describe("introductions and hand-overs in other shapes", () => {
  test('Italian intro with an elided article: "direttrice dell\'Hotel Lago di Como"', () => {
    const r = extractLeadFromEmail(
      {
        ...forward("x <x@x.example.com>", ""),
        plainBody:
          "---------- Forwarded message ---------\nDa: Paolo Greco <paolo@greco.example.it>\nDate: dom 8 giu 2025\nSubject: Presentazione\nTo: owner@owner-co.example.com\nCc: Lia Conti <lia@hotel-lago.example.it>\n\nCiao, ti presento Lia Conti, direttrice dell'Hotel Lago di Como. Devono rifare gli infissi.\n\nPaolo\n",
      },
      ctx,
    );
    expect(r.lead).toMatchObject({
      name: "Lia Conti",
      title: "direttrice",
      company: "Hotel Lago di Como",
      source: "Referral: Paolo Greco",
    });
  });

  test("an outside person's short reply that hands the thread on (\"this one's yours\"): the customer quoted below", () => {
    const r = extractLeadFromEmail(
      {
        ...forward("x <x@x.example.com>", ""),
        plainBody:
          "---------- Forwarded message ---------\nFrom: Lucy Kim <lucy.kim@gmail.com>\nDate: Thu, Jun 5, 2025 at 6:00 PM\nSubject: Re: Banners\nTo: owner@owner-co.example.com\n\nthis one's yours - 20 banners.\n\nOn Thu, Jun 5, 2025 at 2:00 PM Omar Fadel <omar@fadel-events.example.com> wrote:\n> Can you print 20 banners?\n> Omar Fadel\n> Fadel Events\n> 512-555-0181\n",
      },
      ctx,
    );
    expect(r.lead).toMatchObject({
      name: "Omar Fadel",
      email: "omar@fadel-events.example.com",
      company: "Fadel Events",
      source: "Referral: Lucy Kim",
    });
  });

  test('a pasted contact line in the note: "Name - Company - address - number"', () => {
    const r = extractLeadFromEmail(
      {
        ...forward("x <x@x.example.com>", ""),
        plainBody:
          "Call next Wednesday.\n\nNina Alvarez - Alvarez Dental - nina@alvarez-dental.example.com - 312-555-0147\n",
      },
      ctx,
    );
    expect(r.lead).toEqual({
      name: "Nina Alvarez",
      company: "Alvarez Dental",
      email: "nina@alvarez-dental.example.com",
      phone: "+13125550147",
      followUp: "2025-03-05",
    });
  });
});

describe("shared mailboxes and bare addresses", () => {
  test("a bare address: the name is the signature line whose surname is in the address, not the company line", () => {
    const r = extractLeadFromEmail(
      forward(
        "<pvaldez@valdez-tacos.example.com>",
        "Our drain is blocked.\n\nPedro Valdez\nValdez Tacos\n(312) 555-0122\n",
      ),
      ctx,
    );
    expect(r.lead).toEqual({
      name: "Pedro Valdez",
      email: "pvaldez@valdez-tacos.example.com",
      phone: "+13125550122",
      company: "Valdez Tacos",
    });
  });

  test("info@ with the person's own address in the signature: the personal address and name, as on a card", () => {
    const r = extractLeadFromEmail(
      forward(
        "Info Harborview <info@harborview.example.com>",
        "Hello,\n\nBest regards,\nSandra Ocampo\nSales Director\nHarborview Resort\nsandra.ocampo@harborview.example.com\n",
      ),
      ctx,
    );
    expect(r.lead).toMatchObject({ name: "Sandra Ocampo", email: "sandra.ocampo@harborview.example.com" });
  });
});

describe("more shapes seen in real forwards", () => {
  const fwd = (plainBody: string): EmailInput => ({ ...forward("x <x@x.example.com>", ""), plainBody });
  const header = (from: string, extra = "") =>
    `---------- Forwarded message ---------\nFrom: ${from}\nDate: Mon, Mar 3, 2025 at 8:00 AM\nSubject: hi\nTo: owner@owner-co.example.com\n${extra ? `${extra}\n` : ""}\n`;

  test('the company\'s preposition right after the name: "meet Megan Holt of Holt Homes"', () => {
    const r = extractLeadFromEmail(
      fwd(
        header("Dale Burns <dale@burns.example.com>", "Cc: Megan Holt <megan@holt-homes.example.com>") +
          "Owner, meet Megan Holt of Holt Homes. She builds houses.\n\nDale\n",
      ),
      ctx,
    );
    expect(r.lead).toMatchObject({ name: "Megan Holt", company: "Holt Homes" });
  });

  test('German: "ich möchte Ihnen Frau Petra Lenz vorstellen, Inhaberin des Hotels Lenz"', () => {
    const r = extractLeadFromEmail(
      fwd(
        header("Hans Berger <h.berger@berger.example.de>", "Cc: Petra Lenz <p.lenz@lenz-hotel.example.de>") +
          "Sehr geehrter Herr Schneider,\n\nich möchte Ihnen Frau Petra Lenz vorstellen, Inhaberin des Hotels Lenz in Titisee.\n\nHans Berger\n",
      ),
      ctx,
    );
    expect(r.lead).toMatchObject({ name: "Petra Lenz", title: "Inhaberin", company: "Hotels Lenz" });
  });

  test('a signature line after "--" with the address and number is not taken for the name line', () => {
    const r = extractLeadFromEmail(
      fwd(
        header("Ben Ortiz <ben@ortiz-logistics.example.com>") +
          "Kara, we need help.\n\nBen\n\n--\nBen Ortiz | HR Manager | Ortiz Logistics\nben@ortiz-logistics.example.com | 503.555.0127\n",
      ),
      ctx,
    );
    expect(r.lead).toMatchObject({ title: "HR Manager", company: "Ortiz Logistics", phone: "+15035550127" });
  });

  test('a colleague\'s note on the way gives the source; "check back" asks for a follow-up', () => {
    const r = extractLeadFromEmail(
      fwd(
        "In 10 days check back.\n\n" +
          header("Amy Chen <amy@owner-co.example.com>") +
          "Derek, from the website.\n\n" +
          header("Carl Jensen <carl@jensen-fitness.example.com>") +
          "Our AC is dead.\n\nCarl Jensen\nJensen Fitness\n651-555-0184\n",
      ),
      ctx,
    );
    expect(r.lead).toMatchObject({ name: "Carl Jensen", source: "Website", followUp: "2025-03-14" });
  });
});

describe("mentions, honorifics and abbreviations", () => {
  test('the introduced person\'s second mention says where they work; "Pastor" is not part of the name', () => {
    const r = extractLeadFromEmail(
      {
        ...forward("x <x@x.example.com>", ""),
        plainBody:
          "________________________________\nFrom: Rita Gomez <rita@gomez-events.example.org>\nSent: Tuesday, October 7, 2025 5:00 PM\nTo: Pastor Sam Hill <shill@lakeside-church.example.org>\nCc: Owner Person <owner@owner-co.example.com>\nSubject: Introduction\n\nSam, I'd like to introduce you to my friend who does sound. Sam is the pastor at Lakeside Church.\n\nRita\n",
      },
      ctx,
    );
    expect(r.lead).toMatchObject({ name: "Sam Hill", title: "pastor", company: "Lakeside Church" });
  });

  test('"tmrw" is tomorrow', () => {
    const r = extractLeadFromEmail(
      {
        ...forward("Ken Wu <ken@wu.example.com>", "Leak.\n\nKen Wu\n415-555-0186"),
        plainBody:
          "Call tmrw am\n\n" +
          forward("Ken Wu <ken@wu.example.com>", "Leak.\n\nKen Wu\n415-555-0186").plainBody.replace(
            /^note\n\n/,
            "",
          ),
      },
      ctx,
    );
    expect(r.lead.followUp).toBe("2025-03-05");
  });
});
