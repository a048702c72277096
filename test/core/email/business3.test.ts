import path from "node:path";
import { describeFixtureTable, type FixtureCase } from "../../helpers/fixture-table";

// The third blind set of real-business layouts (issue 13, wave/biz3): corporate signatures and legal footers,
// Outlook/Gmail/Thunderbird/Apple threads, eight languages. Never the holdout (test/holdout/business).
const DIR = path.resolve(__dirname, "../../fixtures/emails-business3");

const CASES: FixtureCase[] = [
  [
    'an Outlook top-posted chain from "Last, First" with a ";"-ended Cc line: the newest outside author',
    "r01-chain-outlook",
  ],
  [
    'a Gmail "On … wrote:" chain from "Last, First": the newest outside author and their signature',
    "r02-chain-gmail",
  ],
  [
    "a UK inquiry whose company-registration footer names directors: the sender's own title and company",
    "r03-inbound-none",
  ],
  [
    'an intro with the person\'s details pasted under "PS": their block, not "of Tamarind\'s" in the prose',
    "r04-intro-none",
  ],
  ["an out-of-office auto-reply naming a colleague: the auto-reply's own sender", "r05-inbound-none"],
  ["a web-form notification forwarded by a colleague", "r06-inbound-outlook"],
  [
    'a German inquiry shown as base64 (mislabelled transfer encoding); "Dr." dropped, Geschäftsführer footer ignored',
    "r07-inbound-none-de",
  ],
  [
    'an Outlook fr chain from "Lemaire Aurélie" (surname first): the signed "Aurélie Lemaire", Portable as mobile',
    "r08-chain-outlook-fr",
  ],
  ["an HTML-only table signature with social-icon alt text", "r09-signature-none"],
  [
    '"Bec" in the header, "Rebecca" signed; numbers labelled after them ("(mobile)", "(clinic)")',
    "r10-inbound-none",
  ],
  ["an assistant writes on behalf of the decision maker, who is the lead", "r11-chain-gmail"],
  [
    'a Spanish inquiry shown as base64: "Móvil" after "Tel." on one line, an AVISO LEGAL footer',
    "r12-inbound-none-es",
  ],
  ["an Italian inquiry in ISO-8859-1 8bit", "r13-inbound-none-it"],
  ["a Dutch inquiry in quoted-printable UTF-8", "r14-inbound-none-nl"],
  [
    'a Swedish inquiry shown as base64: "Mobil" beats "Tel", "Marknadschef" as the title',
    "r15-inbound-none-sv",
  ],
  [
    'a Polish inquiry shown as base64: "kom." is the mobile, "Sp. z o.o." the company, a KRS footer',
    "r16-inbound-none-pl",
  ],
  ["a Portuguese inquiry encoded twice (base64 of base64): Telemóvel, Lda.", "r17-inbound-none-pt"],
  ["an inquiry with CRLF line ends", "r18-inbound-none"],
  [
    'a Canadian bilingual signature shown as base64: "Cell." beats "Tél. / Tel.", the French title read first, CPA dropped',
    "r19-inbound-none",
  ],
  [
    "a person's own newsletter-style update with an unsubscribe line: he is still the lead",
    "r20-signature-none",
  ],
  [
    "a forwarded Thunderbird inline reply: answers between the quoted lines, the signature under them",
    "r21-chain-thunderbird",
  ],
  ['a freemail sender: "Licensee, The Crooked Lantern" is a title and a company', "r22-freemail-none"],
  [
    "a third-party intro answered in an Outlook chain: the introduced person who replied",
    "r23-intro-outlook",
  ],
  [
    'an Outlook de chain shown as base64: "Albrecht, Jürgen", Dipl.-Kfm. dropped, "Rückruf am Montag", HRA/HRB footer',
    "r24-chain-outlook-de",
  ],
  ["a French multipart mail encoded twice: Gérant, SARL, a mentions-légales footer", "r25-inbound-none-fr"],
  ['"Get Outlook for iOS" above the signature', "r26-inbound-none"],
  ['an Apple "Begin forwarded message" chain', "r27-chain-apple"],
  [
    'an Outlook es forward shown as base64: "De:/Enviado:/Para:/Asunto:", "Lic." dropped, "Cel." as mobile',
    "r28-inbound-outlook-es",
  ],
  ['a nested Outlook-web forward from a "Last, First" sender', "r29-nested-outlook-web"],
  ["a meeting follow-up whose footer names the company's directors", "r30-signature-none"],
];

/** Cases not right yet (kept visible: they fail loudly once fixed, to be moved up). */
const KNOWN_WEAK = new Set<string>([
  // "Reach out … after the holidays" in the owner's note is read as a follow-up date the answer does not give
  "r23-intro-outlook",
]);

describeFixtureTable("real-business layouts, third blind set (tuning set)", DIR, CASES, KNOWN_WEAK);
