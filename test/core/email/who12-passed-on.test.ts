// The blind "who12" set's causes, in fresh wordings: a lead passed on or written for by someone else (relays, customers, colleagues, assistants).
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 16 Jun 2026 10:40:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A platform's relay Reply-To (a token on the platform's own site) is not the lead's own address. */
const relays: Case[] = [
  [
    'en: "X via Platform" with a "reply+token@messages.platform" Reply-To: the member, but no address of theirs',
    inbound(
      "Connor Blake via Fixly <noreply@fixly.example>",
      "New message from Connor Blake",
      'You have a new message from Connor Blake about: Fence repair\n\n"Two panels blew down. Text me at 503-555-0144."\n\nReply in the app.',
      { replyTo: "reply+k29x7q4m1z@messages.fixly.example" },
    ),
    { name: "Connor Blake", phone: "+15035550144" },
    ["email"],
  ],
  [
    'en (UK site): a "r-<token>@reply.platform.co.uk" relay is the platform\'s too',
    inbound(
      "Hannah Cole via TradeFinder <notifications@tradefinder.example.co.uk>",
      "Hannah Cole sent you a message",
      "Hannah Cole sent you a message:\n\nCould you quote for a new boiler? My number is 07700 900461.\n\nReply on TradeFinder.",
      { replyTo: "r-8f2k1m9x@reply.tradefinder.example.co.uk" },
    ),
    { name: "Hannah Cole" },
    ["email"],
  ],
  [
    "en: a mailing list run on the poster's own organisation's site keeps the poster's named Reply-To",
    inbound(
      "'Rita Moss' via builders <builders@lists.moss-guild.example>",
      "Re: shared scaffold",
      "Happy to share the scaffold next month.\n\nRita Moss",
      { replyTo: "Rita Moss <rita.moss@moss-guild.example>" },
    ),
    { name: "Rita Moss", email: "rita.moss@moss-guild.example" },
    [],
  ],
];

/** A customer passing on a friend's contact in her own words: the friend whose address she gives (spelling their name). */
const passedOnContacts: Case[] = [
  [
    "en: a past client writes her neighbour's name and address into her mail; the neighbour is the lead, by referral",
    inbound(
      "Nora Quinn <nora.quinn@inbox.example>",
      "My neighbour",
      "Hi!\n\nMy neighbour Felix Baptiste loved the deck you built us and wants one too. You can write to him at felix.baptiste@mailhost.example or ring 503-555-0139.\n\nThanks again,\nNora",
    ),
    {
      name: "Felix Baptiste",
      email: "felix.baptiste@mailhost.example",
      source: "Referral: Nora Quinn",
    },
    [],
  ],
  [
    "fr: « son adresse est … » for a friend named in full, in a forward from another mailbox",
    inbound(
      "Sophie Marchal <sophie.marchal@courriel.example>",
      "Une amie",
      "Bonjour,\n\nMon amie Élise Garnier cherche un photographe pour son mariage. Son adresse est elise.garnier@boite.example et son portable 06 39 98 12 34.\n\nBien à vous,\nSophie",
    ),
    { name: "Élise Garnier", email: "elise.garnier@boite.example" },
    [],
  ],
  [
    "en: a lead who gives a colleague's address on her own company's domain stays the lead",
    inbound(
      "Dana Whitfield <dana@whitfield-dental.example>",
      "Quote for the new surgery",
      "Hello,\n\nPlease quote for cabling our new surgery. Invoices go to Mark Ellison, mark.ellison@whitfield-dental.example.\n\nDana Whitfield\nPractice Manager",
    ),
    { name: "Dana Whitfield", email: "dana@whitfield-dental.example" },
    [],
  ],
];

/** The owner's note calls the lead by first name; the colleague's forwarded mail writes the full name and number. */
const firstNameNotes: Case[] = [
  [
    'en: "Ring Marisol Friday" over a colleague\'s mail naming Marisol Duarte and her cell: Marisol Duarte',
    note(
      "Ring Marisol Friday about the gutters.",
      "From: Ben Adler <ben@owner-co.example.com>\nDate: Mon, 15 Jun 2026 09:00\nSubject: lady on Elm St\nTo: Owner Person <owner@owner-co.example.com>\n\nHi,\n\nA lady stopped by the van today, Marisol Duarte from 14 Elm. She wants new gutters before autumn. Her cell is 971-555-0183.\n\nBen\nForeman",
    ),
    { name: "Marisol Duarte", phone: "+19715550183" },
    ["email"],
  ],
  [
    'de: "Jonas morgen zurückrufen" over a colleague\'s mail writing "Jonas Kessler" gives him, with his number',
    note(
      "Jonas morgen zurückrufen.",
      "Von: Anna Roth <anna@owner-co.example.com>\nGesendet: Montag, 15. Juni 2026 09:00\nAn: Owner Person <owner@owner-co.example.com>\nBetreff: Anfrage Carport\n\nHallo,\n\nheute rief Jonas Kessler an, er möchte einen Carport. Seine Nummer: +1 503 555 0172.\n\nGruß\nAnna",
    ),
    { name: "Jonas Kessler", phone: "+15035550172" },
    [],
  ],
];

/** "on behalf of our Managing Director, X": the writer's own principal, at the writer's company, and no referral. */
const ownPrincipals: Case[] = [
  [
    'en: an office manager writes for "our Operations Director, Ms Claire Dunn" at her private address: her title, the firm\'s company',
    inbound(
      "Ben Lowe <ben.lowe@dunn-freight.example>",
      "Enquiry on behalf of Claire Dunn",
      "Hello,\n\nI am writing on behalf of our Operations Director, Ms Claire Dunn, who would like a quote for landscaping at her home. Please contact her directly at claire.dunn@homebox.example or on 07700 900512.\n\nKind regards,\n\nBen Lowe\nOffice Manager\nDunn Freight Ltd\nT: 01632 960 100",
    ),
    {
      name: "Claire Dunn",
      email: "claire.dunn@homebox.example",
      title: "Operations Director",
      company: "Dunn Freight Ltd",
    },
    ["source"],
  ],
  [
    "fr: « au nom de notre directeur général, M. Hugo Martin » : son titre et la société de l'assistante, pas de recommandation",
    inbound(
      "Léa Petit <lea.petit@martin-industries.example>",
      "Demande pour M. Martin",
      "Bonjour,\n\nJe vous écris au nom de notre directeur général, M. Hugo Martin, qui souhaite refaire son jardin. Merci de le contacter directement : hugo.martin@perso.example.\n\nCordialement,\n\nLéa Petit\nAssistante de direction\nMartin Industries SAS",
    ),
    {
      name: "Hugo Martin",
      email: "hugo.martin@perso.example",
      title: "directeur général",
      company: "Martin Industries SAS",
    },
    ["source"],
  ],
];

describe("A lead passed on or written for by someone else (relays, customers, colleagues, assistants) (blind who12 set's causes)", () => {
  test.each([...relays, ...passedOnContacts, ...firstNameNotes, ...ownPrincipals])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
