// The blind "fields13" set's causes, in fresh wordings: the name as signed, two titles on a line, title words, org forms.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 08 Dec 2026 10:20:00 +0000");

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

describe("The name as signed, titles and organisations in signatures (blind fields13 set's causes)", () => {
  test.each([...nameAsSigned, ...twoTitles, ...wordsAndForms])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
