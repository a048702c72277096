// Forward causes of issue 13 (emails-forwards9): local numbers without a trunk "0", a mobile the note gives for the
// lead, Nordic street and postal-code lines, Nordic website notes, negated channels and figure-written dates.
// Fresh fictional data, not copies of fixtures.
import { pickPhone, readSignature } from "../../../src/core/email/signature";
import { mobileForLeadInNote } from "../../../src/core/email/note-mobile";
import { sourceFromNote } from "../../../src/core/email/note";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { looksLikeAddress } from "../../../src/core/contact/address";
import { followUpFromNote } from "../../../src/core/followup/followup";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

describe("a local mobile beside a number with its country code is read in that country", () => {
  test.each<[string, string, string]>([
    ["es: Móvil without a trunk 0, after T. +34", "T. +34 915 550 140 · Móvil 611 555 018", "+34611555018"],
    ["pt: Tlm. under Tel. +351", "Tel.: +351 21 555 0140\nTlm.: 912 555 017", "+351912555017"],
    ["nb: Mobil after Tlf. +47 on one line", "Tlf. +47 22 55 50 12 – Mobil 415 55 012", "+4741555012"],
    ["dk: Mobil under Tlf. +45", "Tlf. +45 33 55 50 12\nMobil 20 55 50 13", "+4520555013"],
  ])("%s", (_why, text, phone) => {
    expect(pickPhone(text, "US")).toBe(phone);
  });

  test("the digits after a country code are never read again as a local number", () => {
    expect(pickPhone("Tel. +34 915 550 140", "US")).toBe("+34915550140");
  });
});

describe("the mobile the forwarder's note gives for the lead", () => {
  const lead = { name: "Marta Rossi", email: "marta@rossi-arredi.example" };
  test.each<[string, string, string | undefined, string | undefined]>([
    [
      "en: her cell, with a comma after it",
      "Her cell is 617-555-0144, texting is fine.",
      "+16175550100",
      "+16175550144",
    ],
    [
      "pt-BR: celular dela, read in the signature's country",
      "Celular dela: (21) 95550-1471.",
      "+552135550140",
      "+5521955501471",
    ],
    [
      "de: sein Handy",
      "Von der Messe. Sein Handy: 0171 5550123, lieber abends.",
      "+493055501200",
      "+491715550123",
    ],
    ["fr: son portable", "Vu au salon. Son portable : 06 39 98 01 23.", "+33199001234", "+33639980123"],
    ["it: the lead's first name", "Il cellulare di Marta è 347 555 0192.", "+390255501234", "+393475550192"],
    [
      "the forwarder's own sign-off is not the lead's",
      "Thanks!\n\nOwen Price\nMobile: 617-555-0190",
      "+16175550100",
      undefined,
    ],
    ["a note that names no mobile", "Call her Friday.", "+16175550100", undefined],
  ])("%s", (_why, note, known, mobile) => {
    expect(mobileForLeadInNote(note, lead, known, "US")).toBe(mobile);
  });

  test("end to end: the note's cell beats the office line of the forwarded signature", () => {
    const body =
      "His cell is 312-555-0166, he prefers texts.\n\n---------- Forwarded message ---------\nFrom: Dario Vance <dario@vance-print.example>\nDate: Thu, 5 Mar 2026 at 16:40\nSubject: Quote\nTo: Owner Person <owner@owner-co.example>\n\nHi, could you quote 500 brochures?\n\nDario Vance\nPrint Buyer\nVance Print Co.\nOffice 312-555-0101\n";
    expect(extractLeadFromEmail(mail(body), ctx).lead.phone).toBe("+13125550166");
  });
});

describe("street and postal-code lines in more languages are no title or company", () => {
  test.each<[string, string]>([
    ["sv: a -gatan street", "Storgatan 12"],
    ["sv: a postal code in two groups after the street", "Drottninggatan 4, 111 51 Stockholm"],
    ["cs: a postal code in two groups", "110 00 Praha 1"],
    ["nb: a -veien street", "Parkveien 9"],
    ["da: a -gade street", "Nørregade 7, 1165 København K"],
    ["fi: a -katu street", "Aleksanterinkatu 9"],
    ["nl: a -straat street", "Stationsstraat 8"],
  ])("%s", (_why, line) => {
    expect(looksLikeAddress(line)).toBe(true);
  });

  test("sv: a one-word title over a blank line, then the company and its address", () => {
    const body =
      "Hej,\n\nKan ni lämna offert?\n\nVänliga hälsningar\n\nElin Berg\nFastighetschef\n\nBergs Bostäder AB\nKungsgatan 7, 411 19 Göteborg\nwww.bergsbostader.example";
    const sig = readSignature(body, { name: "Elin Berg", email: "elin@bergsbostader.example" }, "SE");
    expect(sig).toMatchObject({ title: "Fastighetschef", company: "Bergs Bostäder AB" });
  });

  test("a product line with digits is still not an address", () => {
    expect(looksLikeAddress("Nordic Widgets 12")).toBe(false);
  });
});

describe("how the lead came in, from Nordic notes, and channels the note denies", () => {
  test.each<[string, string, string | undefined]>([
    [
      "da: an inquiry from the website (fra hjemmesiden)",
      "Henvendelse fra hjemmesiden, ring hende i morgen.",
      "Website",
    ],
    ["nb: via the web page (via nettsiden)", "Kom inn via nettsiden vår i går.", "Website"],
    ["sv: from the website (från hemsidan)", "Förfrågan från hemsidan.", "Website"],
    ["fi: through the web pages (verkkosivujen kautta)", "Tuli verkkosivujen kautta.", "Website"],
    ["da: a site the lead wants built is no channel", "Hun vil have en ny hjemmeside.", undefined],
    [
      "ja: not through the form but straight by mail (ではなく)",
      "フォーム経由ではなく、お問い合わせフォームではなく直接届きました。",
      undefined,
    ],
    ["en: not from the website", "This one did not come from the website, he rang us.", undefined],
    ["de: not over the website", "Kam nicht über die Website, sondern per Telefon.", undefined],
    ["en: the website, no negation", "Came in through the website yesterday.", "Website"],
    ['pt: "no" is "in the", never a negation', "Conheci ela no congresso de arquitetura.", "Conference"],
  ])("%s", (_why, note, source) => {
    expect(sourceFromNote(note)?.split(":")[0]).toBe(source);
  });
});

describe("a day and month written in figures, without a year", () => {
  // Friday 4 December 2026.
  const ref = { y: 2026, m: 12, d: 4 };
  test.each<[string, string, string | undefined]>([
    ["de-AT: Rückruf am 14.12.", "Rückruf am 14.12. wegen Angebot.", "2026-12-14"],
    ["da: ring 8.1. (next year)", "Ring til hende 8.1.", "2027-01-08"],
    ["fi: two figures each, no closing dot", "Soita hänelle 15.12 aamulla.", "2026-12-15"],
    ["pl: zadzwonić 07.01", "Zadzwonić 07.01, po świętach.", "2027-01-07"],
    ["a version number is no date", "Call back about the 2.10 update.", undefined],
    ["a price is no date", "Call back, quote was € 12.10", undefined],
  ])("%s", (_why, note, date) => {
    expect(followUpFromNote(note, ref).date).toBe(date);
  });
});

const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example"], defaultRegion: "US" };

function mail(body: string): EmailInput {
  return {
    from: "Owner Person <owner@owner-co.example>",
    to: "Owner Person <owner@owner-co.example>",
    cc: "",
    subject: "Fwd: Quote",
    dateHeader: "Fri, 6 Mar 2026 09:00:00 +0000",
    date: new Date("2026-03-06T09:00:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
}
