// The general causes behind the older who-is-the-lead sets' remaining field misses, in fresh fictional wordings.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { withPostscripts } from "../../../src/core/email/postscript";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 16 Jun 2026 10:40:00 +0200");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const outlookFw = (from: string, cc: string, body: string, subject = "Vorstellung") =>
  `-----Original Message-----\nFrom: ${from}\nSent: Monday, June 15, 2026 9:00 AM\nTo: ${OWNER}\nCc: ${cc}\nSubject: ${subject}\n\n${body}`;

/** A postscript under the introducer's sign-off gives the introduced person's number. */
const postscripts: Case[] = [
  [
    "de: the Steuerberater's P.S. below his signature gives the Mandantin's mobile",
    note(
      "Bitte übernehmen.",
      outlookFw(
        "Jonas Wirth <j.wirth@wirth-steuer.example>",
        "Dr. Hanna Albrecht <praxis@albrecht-physio.example>",
        "Sehr geehrte Damen und Herren,\n\nich stelle Ihnen meine Mandantin Frau Dr. Hanna Albrecht vor. Sie plant den Umbau ihrer Praxis.\n\nMit freundlichen Grüßen\n\nJonas Wirth\nSteuerberater\nWirth Steuerberatung\nTel. 030 23125 410\n\nP.S. Frau Dr. Albrecht erreichen Sie am besten mobil unter 0170 5550 1922.\n",
      ),
    ),
    { name: "Hanna Albrecht", phone: "+4917055501922" },
    [],
  ],
  [
    "en: a 'PS -' line under the introducer's name gives the introduced person's cell",
    note(
      "Fyi",
      outlookFw(
        "Gwen Tallis <gwen@tallis-cpa.example>",
        "Ray Okafor <ray@okafor-roofing.example>",
        "Hi,\n\nI'd like to introduce Ray Okafor, who is looking for help with his fleet graphics.\n\nBest,\nGwen Tallis\nTallis CPA\n\nPS - Ray's cell is 415-555-0173, he prefers a call.\n",
        "Intro",
      ),
    ),
    { name: "Ray Okafor", phone: "+14155550173" },
    [],
  ],
];

describe("postscripts after a sign-off", () => {
  test.each([
    ["Thanks,\nAl\nP.S. call her", "Thanks,\n", "Thanks,\n\n\ncall her"],
    ["Merci\nP.-S. son portable : 06", "Merci\n", "Merci\n\n\nson portable : 06"],
    ["Gracias\nP.D. su móvil es el 600", "Gracias\n", "Gracias\n\n\nsu móvil es el 600"],
    ["Regards\nPSG Holdings Ltd", "Regards\n", "Regards\n"],
  ])("%j keeps its postscript, not a signature word", (body, cut, expected) => {
    expect(withPostscripts(body, cut)).toBe(expected);
  });
});

/** A title in an aside closing the sentence, after a separable verb's particle (nl "zet ik X erbij, onze …"). */
const titleAsides: Case[] = [
  [
    "nl: reply-all adds a colleague with 'erbij, onze nieuwe <title>.' ending the sentence",
    note(
      "Joost heeft Lotte toegevoegd, zij beslist nu. Graag met haar verder, niet meer met Joost.",
      outlookFw(
        "Joost Bakker <j.bakker@zeewind-hotels.example>",
        "Lotte Jansen <l.jansen@zeewind-hotels.example>",
        "Allen,\n\nIk zet Lotte Jansen erbij, onze nieuwe hoofd inkoop. Vanaf nu loopt dit via haar.\n\nMet vriendelijke groet,\nJoost Bakker\nZeewind Hotels B.V.\n",
        "RE: Offerte",
      ),
    ),
    { name: "Lotte Jansen", title: "hoofd inkoop" },
    [],
  ],
  [
    "en: 'Looping in X, our new Head of Purchasing.' ending the sentence",
    note(
      "Follow up with her",
      outlookFw(
        "Sam Reed <sam@harbor-freight.example>",
        "Dana Fox <dana@harbor-freight.example>",
        "All,\n\nLooping in Dana Fox, our new Head of Purchasing. She owns this from now on.\n\nSam\n",
        "RE: Quote",
      ),
    ),
    { name: "Dana Fox", title: "Head of Purchasing" },
    [],
  ],
];

/** Title words a signature or an intro writes that the vocabulary lacked: fr executive acronyms, de physicians. */
const titleWords: Case[] = [
  [
    "fr: '(DAF, Company)' after the introduced name gives the acronym as the title",
    inbound(
      "Luc Perrin <luc@perrin-compta.example>",
      "Mise en relation",
      "Bonjour,\n\nJe vous présente Inès Garnier (DAF, Boulangeries Garnier SAS), en copie.\n\nBien cordialement,\n\nLuc Perrin\n",
      { cc: "Inès Garnier <ines@garnier-boulangeries.example>" },
    ),
    { name: "Inès Garnier", title: "DAF", company: "Boulangeries Garnier SAS" },
    [],
  ],
  [
    "de: a physician's signature names the practice, then 'Fachärztin für …' as the title",
    inbound(
      "Dr. Miriam Vogt <m.vogt@praxis-vogt.example>",
      "Anfrage Carport",
      "Guten Tag,\n\nwir interessieren uns für einen Carport.\n\nMit freundlichen Grüßen\nDr. med. Miriam Vogt\nPraxis Dr. Vogt\nFachärztin für Innere Medizin\nMobil 0151 555 01 377\n",
    ),
    { name: "Miriam Vogt", company: "Praxis Dr. Vogt", title: "Fachärztin für Innere Medizin" },
    [],
  ],
];

/** Numbers and notes as clients and countries write them: Brazil's "(DD) 9XXXX-XXXX", a note hard-wrapped mid-sentence. */
const numbers: Case[] = [
  [
    "pt-BR: a short reply signed with a Brazilian mobile '(21) 9xxxx-xxxx' and no other cue of the country",
    inbound(
      "Bruna Teixeira <bruna@teixeira-arq.example>",
      "Re: Orçamento",
      "Pode ser na sexta.\n\nBruna Teixeira\nArquiteta | Teixeira Arquitetura\n(21) 95555-0164\n",
    ),
    { name: "Bruna Teixeira", phone: "+5521955550164" },
    [],
  ],
  [
    "en: a Brazilian client writing in English signs '(31) 9…' under a dashed mobile",
    inbound(
      "Caio Lima <caio@lima-foods.example>",
      "Catering order",
      "Hi, we would like a quote for 40 people.\n\nThanks,\nCaio Lima\nLima Foods\nMobile (31) 95555-0102\n",
    ),
    { name: "Caio Lima", phone: "+5531955550102" },
    [],
  ],
  [
    "en: an iPhone note wrapped at ~77 columns puts the lead's number on the line after their name",
    note(
      "Dana K. from Willow Pilates - met her at the business mixer last night, she\nwants a quote for 2 studios. 604-555-0139. Call Monday\n\nSent from my iPhone",
    ),
    { name: "Dana K.", phone: "+16045550139" },
    [],
  ],
  [
    "es: a wrapped note keeps the number on the line below the name",
    note(
      "Conocí a Marta Ruiz de Cafetería Central en la feria, quiere presupuesto para la\nterraza. Su número: 612 555 0148.\n",
    ),
    { name: "Marta Ruiz", phone: "+16125550148" },
    [],
  ],
];

/** A lead whose own mail signs no company: a colleague on their company's domain signs it in the thread. */
const colleagues: Case[] = [
  [
    "de: the lead's short Outlook reply quotes a colleague's request signed 'Nordlicht Bau GmbH'",
    inbound(
      "Tom Berg <tom@nordlicht-bau.example>",
      "AW: Angebot",
      "Hallo, ja, passt für uns. Bitte rufen Sie mich an.\n\nTom Berg\n\n-----Ursprüngliche Nachricht-----\nVon: Petra Sommer <p.sommer@nordlicht-bau.example>\nGesendet: Montag, 15. Juni 2026 09:00\nAn: Owner Person <owner@owner-co.example.com>\nBetreff: Angebot\n\nGuten Tag,\n\nbitte senden Sie uns ein Angebot für die Halle.\n\nMit freundlichen Grüßen\nPetra Sommer\nEinkauf\nNordlicht Bau GmbH\n",
    ),
    { name: "Tom Berg", company: "Nordlicht Bau GmbH" },
    [],
  ],
  [
    "en: the lead's one-line Gmail reply quotes a colleague's request signed 'Cedar Family Clinics LLC'",
    inbound(
      "Iris Lund <iris@cedar-clinics.example>",
      "Re: Signage quote",
      "Thursday works, call me then.\n\nIris\n\nOn Mon, Jun 15, 2026 at 9:00 AM Mia Cole <mia@cedar-clinics.example> wrote:\n> Hello,\n>\n> Could you quote signage for our new clinic?\n>\n> Mia Cole\n> Office Coordinator\n> Cedar Family Clinics LLC\n> 312-555-0147\n",
    ),
    { name: "Iris Lund", company: "Cedar Family Clinics LLC" },
    [],
  ],
];

/** Staff writing for the principal: the practice's footer labels the principal's role ("Inhaber: Dr. X, Zahnarzt"). */
const roleLabels: Case[] = [
  [
    "de: 'i.A.' mail from the practice manager, footer 'Inhaberin: Dr. med. X, Zahnärztin'",
    inbound(
      "Jana Roth <j.roth@praxis-keller.example>",
      "Anfrage Reinigung",
      "Sehr geehrte Damen und Herren,\n\nim Auftrag von Frau Dr. Eva Keller bitte ich um ein Angebot. Frau Dr. Keller möchte die Einzelheiten persönlich besprechen (in Kopie).\n\nMit freundlichen Grüßen\n\ni.A. Jana Roth\nPraxismanagerin\n\nZahnarztpraxis Dr. Eva Keller\nInhaberin: Dr. med. dent. Eva Keller, Zahnärztin\nTel. 030 23125 800\n",
      { cc: "Eva Keller <e.keller@praxis-keller.example>" },
    ),
    { name: "Eva Keller", title: "Zahnärztin" },
    [],
  ],
  [
    "en: the front desk writes on behalf of the owner; the footer says 'Owner: Dr. X, Principal Dentist'",
    inbound(
      "Lily Tran <frontdesk@bayview-dental.example>",
      "Quote request",
      "Hello,\n\nI'm writing on behalf of Dr. Ana Silva, who would like a quote for new signage. Dr. Silva is copied and will make the decision.\n\nThanks,\nLily Tran\nFront Desk\n\nBayview Dental\nOwner: Dr. Ana Silva, Principal Dentist\n",
      { cc: "Ana Silva <ana@bayview-dental.example>" },
    ),
    { name: "Ana Silva", title: "Principal Dentist" },
    [],
  ],
];

describe("the causes of the older who sets, in fresh wordings", () => {
  test.each([...postscripts, ...titleAsides, ...titleWords, ...numbers, ...colleagues, ...roleLabels])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
