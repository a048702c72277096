// Forward causes of issue 13 (emails-forwards10): name-only forward headers, company mailboxes signed by a person,
// colleagues on personal mailboxes, notes typed under or inside the forward, hu "in N weeks", ja referrals and
// romanised name lines. Fresh fictional data, not copies of fixtures.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { ownFirstNameAddress } from "../../../src/core/email/first-name-address";
import { forwarderComments } from "../../../src/core/email/inline-comment";
import { companyShownByMailbox, firstNameSigned } from "../../../src/core/email/mailbox-signer";
import { sourceFromNote } from "../../../src/core/email/note";
import { readSignature } from "../../../src/core/email/signature";
import { followUpFromNote } from "../../../src/core/followup/followup";
import type { EmailInput, ExtractContext, Lead } from "../../../src/core/lead";

const ctx: ExtractContext = { ownerEmails: ["sam@harbourtiles.example"], defaultRegion: "US" };

/** The owner's (or a colleague's) mail to the owner's +leads address, with `body` as its text. */
function mail(
  body: string,
  from = "Sam Ortiz <sam@harbourtiles.example>",
  date = "Tue, 10 Nov 2026 09:30:00 -0500",
): EmailInput {
  return {
    from,
    to: "sam+leads@harbourtiles.example",
    cc: "",
    subject: "Fwd: enquiry",
    dateHeader: date,
    date: new Date(date),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
}

describe("a forward header with names only (iPhone/Apple Mail) finds the sender's address in their signature", () => {
  test.each<[string, string, Partial<Lead>]>([
    [
      "en iPhone: first-name address on a domain that spells the surname",
      "Quote her.\n\nBegin forwarded message:\n\nFrom: Dana Whitfield\nDate: November 9, 2026 at 6:02:11 PM EST\nTo: Sam Ortiz\nSubject: Patio tiles\n\nHi Sam,\n\nWe need tiles for a 300 sq ft patio.\n\nThanks,\nDana Whitfield\nOwner, Whitfield Landscapes\ndana@whitfieldlandscapes.example\n617-555-0148",
      { name: "Dana Whitfield", email: "dana@whitfieldlandscapes.example", phone: "+16175550148" },
    ],
    [
      "de Apple Mail: Anfang der weitergeleiteten Nachricht, Von with a name only",
      "Anfang der weitergeleiteten Nachricht:\n\nVon: Jonas Reiter\nDatum: 9. November 2026 um 14:20:05 MEZ\nAn: Sam Ortiz\nBetreff: Fliesen für das Bad\n\nGuten Tag,\n\nwir brauchen Fliesen für zwei Bäder.\n\nMit freundlichen Grüßen\nJonas Reiter\nReiter Holzbau GmbH\njonas@reiter-holzbau.example",
      { name: "Jonas Reiter", email: "jonas@reiter-holzbau.example", company: "Reiter Holzbau GmbH" },
    ],
  ])("%s", (_why, body, expected) => {
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject(expected);
  });

  test.each<[string, string, string, string[]]>([
    [
      "initial and surname",
      "Ana Petrova",
      "a.petrova@petrova-design.example",
      ["a.petrova@petrova-design.example"],
    ],
    ["a domain that does not spell the surname", "Ana Petrova", "ana@studio-nord.example", []],
    ["two candidates: none", "Ana Petrova", "ana@petrova.example ana.p@petrova-design.example", []],
    ["a first name only", "Ana", "ana@petrova.example", []],
  ])("%s", (_why, name, text, found) => {
    expect(ownFirstNameAddress(name, text)).toEqual(found);
  });
});

describe("a company's shared mailbox is the person who signs for it, at the company", () => {
  test.each<[string, string, Partial<Lead>]>([
    [
      "fr: « Clinique … - Accueil » at accueil@, the signer's full name and title",
      "De : \"Clinique Vétérinaire du Parc - Accueil\" <accueil@clinique-veterinaire-parc.example>\nDate : lun. 9 nov. 2026 à 10:12\nObjet : Carrelage salle d'attente\nÀ : <sam@harbourtiles.example>\n\nBonjour,\n\nNous refaisons la salle d'attente.\n\nCordialement,\n\nÉlodie Marchand\nAssistante de direction\nClinique Vétérinaire du Parc\nTél : 02 99 55 01 77",
      {
        name: "Élodie Marchand",
        company: "Clinique Vétérinaire du Parc",
        email: "accueil@clinique-veterinaire-parc.example",
      },
    ],
    [
      "en: a bakery's hello@ signed with a first name over the bakery's line",
      "From: Riverside Bakery <hello@riversidebakery.example>\nDate: Mon, 9 Nov 2026 10:12\nSubject: Floor tiles\nTo: <sam@harbourtiles.example>\n\nHi,\n\nWe are redoing the shop floor. Can you quote?\n\nKind regards,\n\nMegan\nRiverside Bakery - Fresh every morning\n617-555-0131",
      { name: "Megan", company: "Riverside Bakery", email: "hello@riversidebakery.example" },
    ],
  ])("%s", (_why, inner, expected) => {
    const body = `Another one.\n\n---------- Forwarded message ---------\n${inner}`;
    const lead = extractLeadFromEmail(mail(body), ctx).lead;
    expect(lead).toMatchObject(expected);
    expect(lead.title).not.toBe(expected.name);
  });

  test.each<[string, string, string, string | undefined]>([
    [
      "the desk after a dash is left off",
      "Hotel Lindenhof | Rezeption",
      "empfang@hotel-lindenhof.example",
      "Hotel Lindenhof",
    ],
    [
      "a short joining word missing from the domain",
      "Mairie de Beaulieu",
      "accueil@mairie-beaulieu.example",
      "Mairie de Beaulieu",
    ],
    ["a word the domain does not spell", "Garage Martin Frères", "contact@garage-martin.example", undefined],
    ["a free mailbox says nothing", "Gmail Team", "info@gmail.com", undefined],
  ])("%s", (_why, name, email, company) => {
    expect(companyShownByMailbox({ name, email })).toBe(company);
  });

  test("a given name not under a sign-off is not the signer", () => {
    expect(
      firstNameSigned("Bonjour,\n\nPouvez-vous me rappeler ?\nCamille\nFerme du Moulin", "Ferme du Moulin"),
    ).toBeUndefined();
    expect(firstNameSigned("Bonjour,\n\nBelle journée,\nCamille\nFerme du Moulin", "Ferme du Moulin")).toBe(
      "Camille",
    );
  });
});

describe("a colleague who forwards from a personal mailbox is no referrer", () => {
  test.each<[string, string, string]>([
    [
      "fr: the forwarder signs her note with the business's name (its domain)",
      'Bonjour Sam,\nUne demande pour toi, à relancer lundi.\nLéa\n\n--\nLéa Girard\nAccueil - Harbour Tiles\n\n> Message du 09/11/26 16:05\n> De : "Paul Renaud" <paul@renaud-immo.example>\n> A : "Léa" <lea.girard@orange.example>\n> Objet : Devis carrelage\n>\n> Bonjour,\n>\n> Pourriez-vous me faire un devis ?\n>\n> Cordialement,\n>\n> Paul Renaud\n> Gérant\n> Renaud Immobilier\n',
      "Léa Girard <lea.girard@orange.example>",
    ],
    [
      "en: a partner whose surname the business's domain carries passes it on from Yahoo",
      "FYI from Mia.\n\n---------- Forwarded message ---------\nFrom: Mia Harbour <mia_h@yahoo.example>\nDate: Mon, 9 Nov 2026 08:00\nSubject: Fw: Lobby tiles\nTo: Sam Ortiz <sam@harbourtiles.example>\n\nCan you take this one? Mia\n\n----- Forwarded Message -----\nFrom: Owen Hale <owen@halegroup.example>\nTo: Mia Harbour <mia_h@yahoo.example>\nSent: Sunday, November 8, 2026, 05:10:00 p.m. EST\nSubject: Lobby tiles\n\nHi Mia, could your team quote our lobby?\n\nOwen Hale\nFacilities Manager\nHale Group Inc.",
      "Sam Ortiz <sam@harbourtiles.example>",
    ],
  ])("%s", (_why, body, from) => {
    const lead = extractLeadFromEmail(mail(body, from), ctx).lead;
    expect(lead.name).not.toMatch(/Léa|Mia/);
    expect(lead.source).toBeUndefined();
  });
});

describe("the owner's note typed under the forward, or inside it", () => {
  const fwd = (tail: string) =>
    `---------- Videresendt melding ---------\nFra: Erik Lunde <erik@lunde-bygg.example>\nDato: man. 9. nov. 2026, 21:12\nEmne: Fliser\nTil: <sam@harbourtiles.example>\n\nHei,\n\nVi trenger fliser til 3 bad.\n\nVennlig hilsen\nErik Lunde\nLunde Bygg AS\nMob: 915 55 012${tail}`;
  test.each<[string, string, string | undefined]>([
    ["nb: two blank lines, then a call-back request", fwd("\n\n\nRing ham på torsdag."), "2026-11-12"],
    ["en: two blank lines, then 'Call him Monday'", fwd("\n\n\nCall him Monday, big job."), "2026-11-16"],
    ["one blank line is still the signature's", fwd("\n\nRing ham på torsdag."), undefined],
    ["a postscript is the sender's own", fwd("\n\n\nPS: ring gjerne på torsdag."), undefined],
  ])("%s", (_why, body, followUp) => {
    expect(extractLeadFromEmail(mail(body), ctx).lead.followUp).toBe(followUp);
  });

  test.each<[string, string, string, string]>([
    [
      "pl: [Adam: …] in the middle of the text",
      "Dzień dobry,\n\n[Adam: jego komórka to 601 555 123]\n\nPozdrawiam",
      "Adam Nowak",
      "jego komórka to 601 555 123",
    ],
    [
      "en: [Sam: …] after the first paragraph",
      "Hello,\n[Sam: her cell is 617-555-0170]\nThanks",
      "Sam Ortiz",
      "her cell is 617-555-0170",
    ],
    ["another name's bracket is not the forwarder's", "Hello,\n[Ben: call me]\nThanks", "Sam Ortiz", ""],
  ])("%s", (_why, body, forwarder, said) => {
    expect(forwarderComments(body, forwarder)).toBe(said);
  });
});

describe("hu: a follow-up 'in N days/weeks/months' and call-back verbs", () => {
  test.each<[string, string, string]>([
    [
      "két hét múlva hívjam vissza (in two weeks)",
      "Két hét múlva hívjam vissza, addig küldök ajánlatot.",
      "2026-11-24",
    ],
    ["3 nap múlva, hívd fel", "Hívd fel 3 nap múlva.", "2026-11-13"],
    ["egy hónap múlva hívjuk fel (in a month)", "Egy hónap múlva hívjuk fel.", "2026-12-10"],
  ])("%s", (_why, note, date) => {
    expect(followUpFromNote(note, { y: 2026, m: 11, d: 10 }).date).toBe(date);
  });
});

describe("ja: a referral ('〇〇様からのご紹介') and a name written again in Latin letters", () => {
  test.each<[string, string, string | undefined]>([
    ["からのご紹介", "取引先の佐藤様からのご紹介です。", "Referral"],
    ["よりご紹介いただきました", "山田様よりご紹介いただきました。来週電話。", "Referral"],
    ["自己紹介 is a self-introduction, not a referral", "展示会で自己紹介された。", "Trade show"],
  ])("%s", (_why, note, source) => {
    expect(sourceFromNote(note)).toBe(source);
  });

  test.each<[string, string, string, string, string]>([
    [
      "ja: company over title over name, romaji under it",
      "さくら精機株式会社\n営業部 課長\n佐々木 健\nKen Sasaki\nTel: 03-5555-0123",
      "佐々木 健",
      "k.sasaki@sakura-seiki.example",
      "さくら精機株式会社",
    ],
    [
      "zh: company first, pinyin under the name",
      "华星贸易有限公司\n采购经理\n王 芳\nFang Wang\n手机：138 5550 1234",
      "王 芳",
      "wang.fang@huaxing.example",
      "华星贸易有限公司",
    ],
  ])("%s", (_why, sig, name, email, company) => {
    expect(readSignature(`よろしくお願いいたします。\n\n${sig}`, { name, email }, "JP").company).toBe(
      company,
    );
  });
});
