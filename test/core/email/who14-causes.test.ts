// The general causes behind the who-is-the-lead misses of the who14 set, in fresh wordings, languages and layouts.
import path from "node:path";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { fixtureMisses } from "../../helpers/fixture-table";
import { forwardedMessage, OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 8 Dec 2026 10:15:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, cc = "") =>
  forwardedMessage("Mon, 7 Dec 2026 16:20", from, body, { cc });

/** A booking or form notice in a one-country script: its labels, its national numbers, its heading naming the site. */
const scriptNotices: Case[] = [
  [
    'el: booking notice "Όνομα / Τηλέφωνο", heading "από την ιστοσελίδα σας": the client, +30, source Website',
    inbound(
      "KrátisiPro <noreply@kratisipro.example>",
      "Νέα κράτηση",
      "Νέα κράτηση από την ιστοσελίδα σας\n\nΥπηρεσία: Μασάζ 60'\nΗμερομηνία: 15/12/2026\n\nΌνομα: Ελένη Γεωργίου\nEmail: eleni.g@inbox.example\nΤηλέφωνο: 231 555 0147\n",
    ),
    { name: "Ελένη Γεωργίου", email: "eleni.g@inbox.example", phone: "+302315550147", source: "Website" },
    [],
  ],
  [
    'el: contact form "Ονοματεπώνυμο / Κινητό / Εταιρεία": the sender of the form, +30 mobile',
    inbound(
      "Φόρμα επικοινωνίας <forms@site-builder.example>",
      "Νέο μήνυμα",
      "Ονοματεπώνυμο: Σπύρος Αλεξίου\nEmail: spyros@alexiou-ktiria.example\nΚινητό: 690 555 0123\nΕταιρεία: Αλεξίου Κτίρια\nΜήνυμα: Θα ήθελα μια προσφορά.\n",
    ),
    { name: "Σπύρος Αλεξίου", phone: "+306905550123", company: "Αλεξίου Κτίρια" },
    [],
  ],
  [
    'en: a booking notice whose first line says "New booking from your website": source Website',
    inbound(
      "Bookly Notices <notify@bookly-notices.example>",
      "New booking",
      "New booking from your website\n\nService: Consultation\nName: Marcus Webb\nEmail: mwebb@inbox.example\nPhone: (312) 555-0188\n",
    ),
    { name: "Marcus Webb", phone: "+13125550188", source: "Website" },
    [],
  ],
];

/** A relative the writer writes for ("on behalf of my husband, X"), with no address of their own: X by name. */
const forRelative: Case[] = [
  [
    'fr: "de la part de ma fille, Camille Roux" from the mother\'s mailbox: Camille, not the mother',
    inbound(
      "Martine Roux <martine.roux@boite.example>",
      "Devis salle de bain",
      "Bonjour,\n\nJe vous écris de la part de ma fille, Camille Roux, qui n'a pas internet chez elle. Elle voudrait un devis pour refaire sa salle de bain. Vous pouvez la joindre au 06 39 98 44 12.\n\nCordialement,\nMartine Roux",
    ),
    { name: "Camille Roux" },
    ["email"],
  ],
  [
    'es: "en nombre de mi esposo, Javier Molina": Javier, not the wife who writes',
    inbound(
      "Rosa Molina <rosamolina@correo.example>",
      "Presupuesto tejado",
      "Hola,\n\nLe escribo en nombre de mi esposo, Javier Molina, que no usa el correo. Necesitamos revisar el tejado. Su móvil es el 655 501 234.\n\nSaludos,\nRosa",
    ),
    { name: "Javier Molina" },
    ["email"],
  ],
];

/** The owner's note opening with whom to deal with names one of the people copied in the forward. */
const talkTo: Case[] = [
  [
    'pt: "Falar com o Rui (em cc), não com a receção": Rui from the Cc, passed on by the office that wrote',
    note(
      "Falar com o Rui (em cc), não com a receção.",
      fwd(
        "Receção Hotel Mar <rececao@hotelmar.example>",
        "Bom dia,\n\nO responsável pelas obras é o Sr. Rui Tavares, em cópia.\n\nCumprimentos,\nReceção",
        "Rui Tavares <rui.tavares@mail-pessoal.example>",
      ),
    ),
    { name: "Rui Tavares", email: "rui.tavares@mail-pessoal.example", source: "Referral: Receção Hotel Mar" },
    [],
  ],
  [
    'en: "Talk to Priya, not the front desk": Priya from the forward\'s Cc',
    note(
      "Talk to Priya, not the front desk.",
      fwd(
        "Front Desk <desk@harbourgym.example>",
        "Hello,\n\nOur operations lead is copied and will handle the quote.\n\nThanks,\nFront Desk",
        "Priya Raman <priya.raman@fastmail.example>",
      ),
    ),
    { name: "Priya Raman", email: "priya.raman@fastmail.example" },
    [],
  ],
];

/** A colleague answering "on his behalf" with the person copied: the copied person stays the lead. */
const onTheirBehalf: Case[] = [
  [
    'de: "ich antworte in ihrem Auftrag" with Frau Kessler in Cc: Kessler, not the colleague',
    inbound(
      "Jonas Pfeiffer <j.pfeiffer@kessler-immo.example>",
      "AW: Angebot Fassade",
      "Guten Tag,\n\nFrau Kessler ist diese Woche nicht im Haus, ich antworte daher in ihrem Auftrag: Der Termin passt.\n\nMit freundlichen Grüßen\ni. A. Jonas Pfeiffer",
      { cc: "Sabine Kessler <s.kessler@kessler-immo.example>" },
    ),
    { name: "Sabine Kessler", email: "s.kessler@kessler-immo.example" },
    [],
  ],
  [
    'en: "I\'m replying on her behalf" with Dana in Cc: Dana',
    inbound(
      "Leo Brandt <leo@northfield-dental.example>",
      "Re: Flooring quote",
      "Hi,\n\nDana is travelling this week, so I'm replying on her behalf: Tuesday works for the visit.\n\nBest,\nLeo",
      { cc: `Dana Ortiz <dana@northfield-dental.example>, ${OWNER}` },
    ),
    { name: "Dana Ortiz", email: "dana@northfield-dental.example" },
    [],
  ],
];

/** A contact block in the writer's text: the name on the line above the address passed on. */
const contactBlock: Case[] = [
  [
    "ja: an agency's mail with its client's block (name with 様 over the address): the client",
    inbound(
      "山田 花子 <h.yamada@hikari-ad.example>",
      "お見積りのお願い",
      "いつもお世話になっております。\n株式会社ひかり広告の山田でございます。\n\n今後のご連絡は下記へお願いいたします。\n　鈴木 一郎様\n　i.suzuki@kaede-foods.example\n　06-5550-0133\n\nよろしくお願いいたします。\n\n山田 花子",
    ),
    { name: "鈴木 一郎", email: "i.suzuki@kaede-foods.example" },
    [],
  ],
  [
    "en: a partner passing on a client by a name line over the address: the client",
    inbound(
      "Owen Price <owen@pricearchitects.example>",
      "Client for you",
      "Hi,\n\nPlease send the estimate straight to my client:\n\nGrace Holloway\nghx@homemail.example\n\nThanks,\nOwen",
    ),
    { name: "Grace Holloway", email: "ghx@homemail.example" },
    [],
  ],
];

/** A business contact naming a third person and giving their number by pronoun: that person, by referral. */
const passedOn: Case[] = [
  [
    'en: "one of our tenants, Ruth Abara, … ring her on …": Ruth, not the letting agent who writes',
    inbound(
      "Carl Dunmore <carl@dunmore-lettings.example>",
      "Boiler job",
      "Hi,\n\nOne of our tenants, Ruth Abara, needs her boiler looked at. Could you ring her on 07700 900555 to arrange a time?\n\nCheers,\nCarl\n\n--\nCarl Dunmore\nDunmore Lettings, Bristol\n01632 960555",
    ),
    { name: "Ruth Abara", phone: "+447700900555", source: "Referral: Carl Dunmore" },
    ["email"],
  ],
  [
    'de: "unser Kunde Herr Tobias Lang … seine Handynummer ist": Lang, not the writer',
    inbound(
      "Petra Vogt <p.vogt@vogt-planung.example>",
      "Anfrage Malerarbeiten",
      "Guten Tag,\n\nunser Kunde, Tobias Lang, sucht einen Maler für seine Wohnung. Seine Handynummer ist 0151 5550 1234.\n\nViele Grüße\nPetra Vogt",
    ),
    { name: "Tobias Lang" },
    ["email"],
  ],
];

/** nl Apple Mail's attribution "Op … heeft X <x@…> het volgende geschreven:": the quoted introduction is read. */
const appleNl: Case[] = [
  [
    'nl: reply-all on top of an Apple Mail introduction, quoted with ">": the replier, referred by the introducer',
    inbound(
      "Joris Bakker <joris@bakker-notarissen.example>",
      "Re: Kennismaking",
      "Dank je Femke!\n\nLeuk om kennis te maken. Bel me gerust op 06 55501987.\n\nGroet,\nJoris\n\n> Op 7 dec 2026 om 09:40 heeft Femke Smit <femke@smit-advies.example> het volgende geschreven:\n>\n> Hoi allebei,\n>\n> Zoals beloofd breng ik jullie met elkaar in contact. Joris Bakker is notaris bij Bakker Notarissen.\n>\n> Groet,\n> Femke",
      { to: "Femke Smit <femke@smit-advies.example>", cc: OWNER },
    ),
    { name: "Joris Bakker", source: "Referral: Femke Smit" },
    [],
  ],
  [
    'nl: the same attribution unquoted (iPhone Mail top-posting without ">"): the replier, referred',
    inbound(
      "Lotte Visser <lotte@visser-bouw.example>",
      "Re: Introductie",
      "Bedankt Daan!\n\nGroet,\nLotte\n\nOp 6 dec 2026 om 17:05 heeft Daan Mulder <daan@mulder-partners.example> het volgende geschreven:\n\nHoi beiden,\n\nIk breng jullie graag met elkaar in contact. Lotte Visser leidt Visser Bouw.\n\nGroet,\nDaan",
      { to: "Daan Mulder <daan@mulder-partners.example>", cc: OWNER },
    ),
    { name: "Lotte Visser", source: "Referral: Daan Mulder" },
    [],
  ],
];

describe("who the lead is in the causes of the who14 set", () => {
  test.each([
    ...scriptNotices,
    ...forRelative,
    ...talkTo,
    ...onTheirBehalf,
    ...contactBlock,
    ...passedOn,
    ...appleNl,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

/** The who14 fixtures these causes fixed (other fields of the set may still miss). */
const fixed: [why: string, file: string][] = [
  ["Greek booking notice from the website", "emails-who14/wa26-inbound-none-el"],
  ["wife writing for her husband without e-mail (fr)", "emails-who14/wa21-inbound-ios-fr"],
  ["colleague answering in the lead's name, lead in Cc (de)", "emails-who14/wa16-chain-outlook-de"],
  ["note: talk to the Cc'd person, not the office (pt)", "emails-who14/wa12-note-gmail-pt"],
  ["venue passing on a couple by name and mobile", "emails-who14/wa05-intro-thunderbird"],
  ["reply-all on top of an nl Apple Mail introduction", "emails-who14/wa07-intro-ios-nl"],
];

describe("who14 fixtures fixed by these causes", () => {
  test.each(fixed)("%s (%s)", async (_why, file) => {
    const { bad } = await fixtureMisses(path.join(__dirname, "../../fixtures", `${file}.eml`));
    expect(bad).toEqual([]);
  });
});
