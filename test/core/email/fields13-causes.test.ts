// The blind "fields13" set's causes, in fresh wordings: the name as signed, two titles on a line, title words, org forms.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 08 Dec 2026 10:20:00 +0000");

const fwd = (from: string, body: string) =>
  `From: ${from}\nDate: Tue, 8 Dec 2026 09:02:00 +0000\nSubject: Quote\nTo: Owner Person <owner@owner-co.example.com>\n\n${body}`;

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** The header shows a nickname or short first name; the signature writes the name in full: that is the name. */
const nameAsSigned: Case[] = [
  [
    'en: "Mick Delaney" in the header signs "Michael Delaney": the name as the person writes it',
    inbound(
      "Mick Delaney <mdelaney@harbourline.example>",
      "Boat storage",
      "Hello,\n\nCould you quote winter storage for two boats?\n\nRegards,\nMichael Delaney\nOperations Manager\nHarbourline Marine Ltd\n555-0134",
    ),
    { name: "Michael Delaney", title: "Operations Manager" },
    [],
  ],
  [
    'de: "Kati Brandt" in the header signs "Katharina Brandt-Olsen" (double-barrelled): the full name',
    inbound(
      "Kati Brandt <k.brandt@seeblick-hotel.example>",
      "Anfrage Tagungsraum",
      "Guten Tag,\n\nwir suchen einen Tagungsraum für 40 Personen im März.\n\nViele Grüße\nKatharina Brandt-Olsen\nLeiterin Veranstaltungen\nSeeblick Hotel GmbH",
    ),
    { name: "Katharina Brandt-Olsen", company: "Seeblick Hotel GmbH" },
    [],
  ],
  [
    'en: signs "Rob" then "Roberta Kessler, CPA" under it: the full line is the name, post-nominals dropped',
    inbound(
      "Rob Kessler <rkessler@kesslertax.example>",
      "Office cleaning",
      "Hi,\n\nDo you clean small offices on weekends?\n\nThanks,\nRob\n\nRoberta Kessler, CPA\nManaging Partner\nKessler Tax Advisors LLC",
    ),
    { name: "Roberta Kessler", title: "Managing Partner" },
    [],
  ],
  [
    "en: a different first name that is not longer is someone else's: the header's name stays",
    inbound(
      "Elizabeth Moore <emoore@moorefarm.example>",
      "Hay order",
      "Hi,\n\nWe need 40 bales by Friday.\n\nThanks,\nTom Moore\nMoore Family Farm",
    ),
    { name: "Elizabeth Moore" },
    [],
  ],
];

/** A profession and a rank on one line between bars are one title; a title in two languages stays the first. */
const twoTitles: Case[] = [
  [
    'de: "Steuerberaterin | Partnerin" over "… GmbH": the whole line is the title',
    inbound(
      "Petra Lindner <p.lindner@lindner-stb.example>",
      "Reinigung Kanzlei",
      "Guten Tag,\n\nbitte um ein Angebot für die Büroreinigung.\n\nMit freundlichen Grüßen\nPetra Lindner\nSteuerberaterin | Partnerin\nLindner & Vogt Steuerberatung GmbH",
    ),
    { title: "Steuerberaterin | Partnerin", company: "Lindner & Vogt Steuerberatung GmbH" },
    [],
  ],
  [
    'it: "Avvocato | Socio" over "… S.r.l.": a lawyer\'s profession and rank',
    inbound(
      "Marco Bellini <m.bellini@bellini-legale.example>",
      "Preventivo pulizie",
      "Buongiorno,\n\nvorremmo un preventivo per la pulizia dello studio.\n\nCordiali saluti\nMarco Bellini\nAvvocato | Socio\nBellini Studio Legale S.r.l.",
    ),
    { title: "Avvocato | Socio" },
    [],
  ],
  [
    'fr-CA/en: "Notaire associée | Partner" is one title in two languages: the one read first',
    inbound(
      "Julie Roy <jroy@roynotaires.example>",
      "Entretien ménager",
      "Bonjour,\n\nPourriez-vous nous envoyer une soumission?\n\nCordialement,\nJulie Roy\nNotaire associée | Partner\nRoy Notaires Inc.",
    ),
    { title: "Notaire associée" },
    [],
  ],
];

/** Title words written as compounds or professions, and organisations named by their form. */
const wordsAndForms: Case[] = [
  [
    'de: "Elektromeister" under the name is a trade master\'s title',
    inbound(
      "Jonas Weber <j.weber@weber-elektro.example>",
      "Zelt mit Strom",
      "Hallo,\n\nwir brauchen ein Zelt mit Stromanschluss im Mai.\n\nGruß\nJonas Weber\nElektromeister\nWeber Elektrotechnik GmbH",
    ),
    { title: "Elektromeister", company: "Weber Elektrotechnik GmbH" },
    [],
  ],
  [
    'hu: lower-case "ügyvéd" (a lawyer\'s profession) under the name is the title',
    inbound(
      "Nagy Anna <nagy.anna@dunapart.example>",
      "Árajánlat",
      "Tisztelt Cím!\n\nÁrajánlatot kérünk.\n\nÜdvözlettel:\nNagy Anna\nügyvéd\nDunapart Ügyvédi Iroda Kft.",
    ),
    { title: "ügyvéd", company: "Dunapart Ügyvédi Iroda Kft." },
    [],
  ],
  [
    'hu: the compound "gyárigazgató" (plant director) is a title, "-igazgató" as "-leiter" in German',
    inbound(
      "Tóth Gábor <toth.gabor@alfoldmed.example>",
      "Rendezvénysátor",
      "Jó napot!\n\nSátrat bérelnénk júniusra.\n\nÜdvözlettel:\nTóth Gábor\ngyárigazgató\nAlföld Medical Zrt.",
    ),
    { title: "gyárigazgató", company: "Alföld Medical Zrt." },
    [],
  ],
  [
    'es-MX: "Fundación Luz del Valle, A.C." under the title is the company (asociación civil)',
    inbound(
      "Rocío Méndez <rmendez@luzdelvalle.example>",
      "Cotización",
      "Buenas tardes:\n\n¿Nos pueden enviar una cotización?\n\nSaludos,\nRocío Méndez\nDirectora de Programas\nFundación Luz del Valle, A.C.",
    ),
    { title: "Directora de Programas", company: "Fundación Luz del Valle, A.C." },
    [],
  ],
  [
    'nl: "Teamleider, Locatie Noord" over "Stichting …": the whole line is the title, the foundation the company',
    inbound(
      "Femke de Boer <f.deboer@zorgnoord.example>",
      "Schoonmaak",
      "Beste,\n\nGraag een offerte voor de schoonmaak van onze locatie.\n\nMet vriendelijke groet,\nFemke de Boer\nTeamleider, Locatie Noord\nStichting Zorggroep Noord",
    ),
    { title: "Teamleider, Locatie Noord", company: "Stichting Zorggroep Noord" },
    [],
  ],
];

/** ja/zh firms named as an office (事務所) over the name, and a profession as the title before the name. */
const cjkOffices: Case[] = [
  [
    'ja: "みなと会計事務所" over "税理士　小林 誠": the office is the company, the profession the title',
    inbound(
      "小林 誠 <m.kobayashi@minato-kaikei.example>",
      "お見積りのお願い",
      "ご担当者様\n\nテントのレンタルについてお見積りをお願いいたします。\n\nよろしくお願いいたします。\n\n――――――――――――\nみなと会計事務所\n税理士　小林 誠\nTEL: 03-5555-0188\n――――――――――――",
    ),
    { name: "小林 誠", company: "みなと会計事務所", title: "税理士" },
    [],
  ],
  [
    'zh: "明远律师事务所" over "律师 王芳": the same in simplified Chinese',
    inbound(
      "王芳 <wangfang@mingyuan-law.example>",
      "询价",
      "您好，\n\n请报价。\n\n谢谢！\n\n明远律师事务所\n律师 王芳\n电话：010-5555-0123",
    ),
    { company: "明远律师事务所", title: "律师" },
    [],
  ],
];

/** "por la mañana" (es) and "am Morgen" (de) in a note are a morning, not "tomorrow": the weekday is the follow-up. */
const morningNotMorrow: Case[] = [
  [
    'es: "Llamarla el jueves por la mañana" on Tuesday 8 Dec: Thursday the 10th, not tomorrow',
    note(
      "Llamarla el jueves por la mañana.",
      fwd(
        "Lucía Prieto <lprieto@prieto-obras.example>",
        "Hola,\n\n¿Nos envían precio?\n\nLucía Prieto\nGerente\nPrieto Obras S.L.",
      ),
    ),
    { followUp: "2026-12-10" },
    [],
  ],
  [
    'de: "Rückruf Freitag am Morgen" on Tuesday 8 Dec: Friday the 11th',
    note(
      "Rückruf Freitag am Morgen.",
      fwd(
        "Uwe Krämer <u.kraemer@kraemer-bau.example>",
        "Hallo,\n\nbitte um ein Angebot.\n\nUwe Krämer\nBauleiter\nKrämer Bau GmbH",
      ),
    ),
    { followUp: "2026-12-11" },
    [],
  ],
  [
    'es: a plain "mañana" is still tomorrow',
    note(
      "Llamarla mañana.",
      fwd(
        "Lucía Prieto <lprieto@prieto-obras.example>",
        "Hola,\n\n¿Nos envían precio?\n\nLucía Prieto\nGerente\nPrieto Obras S.L.",
      ),
    ),
    { followUp: "2026-12-09" },
    [],
  ],
];

/** A site written only in the HTML part's signature (a table or a Gmail signature div) when the plain part has none. */
const htmlOnlySite: Case[] = [
  [
    'en (Outlook HTML table): the link text "www.fernhill-dental.example" is the lead\'s own site',
    inbound(
      "Grace Liu <gliu@fernhill-dental.example>",
      "Cabinetry",
      "Hello,\n\nWe need new cabinets for two treatment rooms.\n\nGrace Liu\nPractice Manager\nFernhill Dental Care",
      {
        htmlBody:
          '<div>Hello,<br><br>We need new cabinets for two treatment rooms.<br><table><tr><td><b>Grace Liu</b><br>Practice Manager<br>Fernhill Dental Care<br><a href="https://www.fernhill-dental.example/">www.fernhill-dental.example</a></td></tr></table></div>',
      },
    ),
    { website: "fernhill-dental.example" },
    [],
  ],
  [
    "fr (Gmail HTML signature): a link to another host, or a link without the address written, gives no site",
    inbound(
      "Paul Girard <p.girard@girard-traiteur.example>",
      "Devis",
      "Bonjour,\n\nPouvez-vous nous envoyer un devis ?\n\nPaul Girard\nGérant\nGirard Traiteur SARL",
      {
        htmlBody:
          '<div dir="ltr">Bonjour,<br><br>Pouvez-vous nous envoyer un devis ?<br><div class="gmail_signature">Paul Girard<br>Gérant<br><a href="https://www.girard-traiteur.example/">Notre site</a> · <a href="https://salon-gourmet.example/">salon-gourmet.example</a></div></div>',
      },
    ),
    { title: "Gérant" },
    ["website"],
  ],
];

describe("The name as signed, titles and organisations in signatures (blind fields13 set's causes)", () => {
  test.each([
    ...nameAsSigned,
    ...twoTitles,
    ...wordsAndForms,
    ...cjkOffices,
    ...morningNotMorrow,
    ...htmlOnlySite,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
