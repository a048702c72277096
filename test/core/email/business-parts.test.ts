import { notesHeader } from "../../../src/core/email/notes-header";
import {
  regionFromContext,
  regionFromDate,
  regionFromLegalForm,
} from "../../../src/core/email/region-context";
import { bottomPosted } from "../../../src/core/email/reply";
import { headerLine } from "../../../src/core/email/forward-labels";
import { bestPhone, mobileInProse } from "../../../src/core/contact/phone-rank";
import { findPhoneCandidates } from "../../../src/core/contact/phone";
import { looksLikeAddress } from "../../../src/core/contact/address";
import { isAsideLine, isLicenceLine } from "../../../src/core/email/sig-lines";
import { siteInLine } from "../../../src/core/contact/website";

const plain = (l: string) => l.replace(/^\s*(?:>\s?)+/, "");

describe("Lotus Notes headers (notes-header.ts)", () => {
  test.each<[string, string, string, string]>([
    [
      "banner, then '\"Last, First\" <addr> on <date>'",
      '---------------------- Forwarded by Dana Kowalski/HOU/KEP on 05/01/2025 09:10 AM ---------------------------\n\n\n"Reyes, Marisol" <mreyes@cement.example> on 04/30/2025 04:55:12 PM\nTo:\tDana Kowalski/HOU/KEP@KEP\ncc:\t\n\nSubject:\tQ3 fuel hedge\n\nbody',
      "mreyes@cement.example",
      "Q3 fuel hedge",
    ],
    [
      "a banner wrapped at 78 columns and a bare address",
      "---------------------- Forwarded by Judy Town/HOU/ECT on 03/09/2025 11:04 \nAM ---------------------------\n\n\nagoddard@nisource.example on 03/08/2025 09:16:57 AM\nTo: kkoch@nisource.example\ncc:\nSubject: Capacity\n\nbody",
      "agoddard@nisource.example",
      "Capacity",
    ],
    [
      'a German Notes client ("Weitergeleitet von … am", "… am <date>", An / Kopie / Thema)',
      '----- Weitergeleitet von Jonas Keller/HAM/NW am 01.05.2025 09:10 -----\n\n"Brandt, Frank" <f.brandt@brandt.example> am 30.04.2025 16:55:12\n\nAn:\tJonas Keller/HAM/NW@NW\nKopie:\t\nThema:\tDruckluft\n\nText',
      "f.brandt@brandt.example",
      "Druckluft",
    ],
    [
      "Notes 6's one-line header",
      '\t"Milner, Marcie" <MMilner@coral.example> 06/08/2025 11:13 AM \t   To: "smara@x.example" <smara@x.example>  cc:   Subject: ISO motion\t\n\nbody',
      "mmilner@coral.example",
      "ISO motion",
    ],
  ])("%s", (_why, text, email, subject) => {
    const h = notesHeader(text.split("\n"), 0, plain);
    expect(h?.from.email).toBe(email);
    expect(h?.subject).toBe(subject);
  });

  test.each<[string, string, string]>([
    [
      'the tabbed memo form "From:  Name @ ORG   <date>" (a Notes name, no address)',
      "\tFrom:  William Kelly @ ECT                           12/20/2025 08:31 AM\n\t\n\nTo: Kam Keiser/HOU/ECT@ECT, David \nBaumbach/HOU/ECT@ECT\ncc: \n\nSubject: New books\n\nbody",
      "William Kelly",
    ],
    [
      "a bare Notes name over a European date line",
      "Peter Styles\n25/06/2025 15:36\nTo: Nadia Dorn/LON/GRX@GRX\ncc: Eric Shaw/LON/GRX@GRX \n\nSubject: Aldgate request\n\nbody",
      "Peter Styles",
    ],
  ])("%s", (_why, text, name) => {
    expect(notesHeader(text.split("\n"), 0, plain)?.from).toEqual({ name, email: "" });
  });

  test("a name and a date inside prose, with no To:/Subject: after them, are no header", () => {
    expect(
      notesHeader("Thanks,\nTana Jones\n05/01/2025 10:00 AM\nMore text".split("\n"), 1, plain),
    ).toBeUndefined();
  });
});

describe("country cues of last resort (region-context.ts)", () => {
  test.each<[string, string, string | undefined]>([
    ["Australia's Pty Ltd", "Parkside Bakehouse Group Pty Ltd", "AU"],
    ["a German GmbH", "Hansewerk Logistik GmbH", "DE"],
    ["South Africa's (Pty) Ltd, not Australia's", "Karoo Fresh Produce (Pty) Ltd", "ZA"],
    ["Mexico's S.A. de C.V.", "Transportes Robles S.A. de C.V.", "MX"],
    ["a Danish A/S", "Fjord Tools A/S", "DK"],
    ["India's Pvt Ltd before the UK's Ltd", "Sharma Textiles Pvt Ltd", "IN"],
    ["a UK plc, as usually written", "Aldgate Wharf Properties plc", "GB"],
    ["no legal form", "Riverbend Charter Schools", undefined],
  ])("%s", (_why, text, region) => {
    expect(regionFromLegalForm(text)).toBe(region);
  });

  test.each<[string, string, string | undefined]>([
    ["Apple Mail's zone name", "4 March 2025 at 4:05:33 pm AEDT", "AU"],
    ["an RFC 5322 offset of New Zealand", "Tue, 4 Mar 2025 18:22:10 +1300", "NZ"],
    ["a European offset says nothing", "Mon, 10 Mar 2025 09:22:31 +0100", undefined],
    ["a US offset says nothing", "Thu, 1 May 2025 09:12:00 -0500", undefined],
  ])("%s", (_why, date, region) => {
    expect(regionFromDate(date)).toBe(region);
  });

  test("the legal form comes before the date", () => {
    expect(regionFromContext("Hansewerk Logistik GmbH", ["Tue, 4 Mar 2025 18:22:10 +1100"])).toBe("DE");
  });
});

describe("phones in real business mail", () => {
  test.each<[string, string, string, string | undefined]>([
    [
      "a local mobile beside an international office number is read in that number's country and wins",
      "Tel.: +49 40 23125 678\nMobil: 0171 3920078",
      "US",
      "+491713920078",
    ],
    ["a Notes date and time are no phone", "on 05/01/2025 09:10 AM", "US", undefined],
    ["a +1 number never starts with 0", "Mob: 0491 570 110", "US", undefined],
    ['a label after the number ("cell")', "(212) 555-0190 office\n(917) 555-0122 cell", "US", "+19175550122"],
  ])("%s", (_why, text, region, e164) => {
    expect(bestPhone(text, region)?.e164).toBe(e164);
  });

  test.each<[string, string, string | undefined]>([
    ["a mobile named in a sentence", "My cell phone number is 713/555-0148.", "+17135550148"],
    [
      "the number far from the label is not it",
      "My cell phone died on Friday and I lost all my photos, call 713/555-0148.",
      undefined,
    ],
  ])("%s", (_why, text, e164) => {
    expect(mobileInProse(text, "US")).toBe(e164);
  });

  test("digits inside an ISO date are no number", () => {
    expect(findPhoneCandidates("Sent 2025-04-30 16:55", "US")).toEqual([]);
  });
});

describe("reply and signature lines", () => {
  test("a bottom-posted answer under the quote is the replier's", () => {
    expect(bottomPosted("On Mon, Owen <o@x.example> wrote:\n> question\n>\n\nanswer\n--\nKarl")).toBe(
      "answer\n--\nKarl",
    );
  });

  test("no text under the quote: nothing", () => {
    expect(bottomPosted("answer\n\nOn Mon, Owen <o@x.example> wrote:\n> question")).toBe("");
  });

  test.each<[string, string, string]>([
    [
      "en",
      "From: Acme Sales <sales@acme.example> On Behalf Of Jane Doerr",
      "Jane Doerr <sales@acme.example>",
    ],
    [
      "de",
      "Von: Vertrieb <vertrieb@acme.example> Im Auftrag von Jana Dörr",
      "Jana Dörr <vertrieb@acme.example>",
    ],
  ])("Outlook's delegate wording (%s) names the person", (_lang, line, value) => {
    expect(headerLine(line)?.value).toBe(value);
  });

  test.each<[string, string, boolean]>([
    ["a registration number is no house number", "Dundas Street Condominium Corporation No. 1442", false],
    ["a street with its number still is", "2250 Harbor Drive, Suite 410", true],
  ])("%s", (_why, line, address) => {
    expect(looksLikeAddress(line)).toBe(address);
  });

  test.each<[string, boolean]>([
    ["Licensed Master Plumber #12345", true],
    ["NMLS ID 123456", true],
    ["Carter & Sons Plumbing", false],
  ])("licence line: %s", (line, yes) => {
    expect(isLicenceLine(line)).toBe(yes);
  });

  test.each<[string, boolean]>([
    ["she/her", true],
    ["(they/them)", true],
    ["Proud member of the Oregon Society of CPAs", true],
    ["Regulated by the Solicitors Regulation Authority", true],
    ["Members Credit Union", false],
    ["Brooks & Fenn Accounting", false],
  ])("pronouns, affiliations and regulators are neither title nor company: %s", (line, yes) => {
    expect(isAsideLine(line)).toBe(yes);
  });

  test.each<[string, string, string]>([
    [
      "Microsoft 365 Safe Links",
      "https://eur02.safelinks.protection.outlook.com/?url=http%3A%2F%2Fwww.grantlowe.example%2F&data=04%7C01",
      "grantlowe.example",
    ],
    [
      "a Google redirect",
      "https://www.google.com/url?q=https://www.marlowridge.example/&sa=D",
      "marlowridge.example",
    ],
    [
      "Proofpoint URL Defense v2",
      "https://urldefense.proofpoint.com/v2/url?u=http-3A__www.tidewater-2Dlabs.example_&d=DwMF",
      "tidewater-labs.example",
    ],
    [
      "Proofpoint URL Defense v3",
      "https://urldefense.com/v3/__https://www.quarry.example/__;!!abc$",
      "quarry.example",
    ],
  ])("a link rewritten by a mail gateway is read as the site it goes to (%s)", (_gateway, line, host) => {
    expect(siteInLine(line).host).toBe(host);
  });
});
