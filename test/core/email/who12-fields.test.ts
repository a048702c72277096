// The blind "who12" set's causes, in fresh wordings: title and company where a block, an aside or a footer sits beside them.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 16 Jun 2026 10:40:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** Gmail's app footer without "my" is no company; an association's board title splits from its name. */
const boardSignatures: Case[] = [
  [
    'sv: "Kassör, Brf Linden" over "Skickat från Gmail för mobil": title and company, the footer is neither',
    inbound(
      "Maja Holm <maja.holm@brflinden.example>",
      "Fasadtvätt",
      "Hej,\n\nKan ni ge oss en offert på fasadtvätt i vår?\n\nHälsningar\nMaja Holm\nKassör, Brf Linden\n070-555 01 44\n\nSkickat från Gmail för mobil",
    ),
    { name: "Maja Holm", title: "Kassör", company: "Brf Linden" },
    [],
  ],
  [
    'da: "Formand, Ejerforeningen Åhaven" and "Sendt fra Gmail til mobil": the same split',
    inbound(
      "Lars Bech <lars.bech@aahaven.example>",
      "Tilbud på tagrender",
      "Hej,\n\nVi vil gerne have et tilbud på nye tagrender.\n\nMed venlig hilsen\nLars Bech\nFormand, Ejerforeningen Åhaven\n\nSendt fra Gmail til mobil",
    ),
    { name: "Lars Bech", title: "Formand", company: "Ejerforeningen Åhaven" },
    [],
  ],
];

/** A desk passes on a guest's details block: the block is the guest's; the desk's own signature below is not. */
const pastedDetails: Case[] = [
  [
    "en: a front desk's mail with the guest's block, then prose and the inn's signature: no company for the guest",
    inbound(
      "Front Desk Harbour Inn <frontdesk@harbourinn.example>",
      "Guest enquiry",
      "Hello,\n\nOur guest asked us to put you in touch for a private boat tour. His details:\n\nGraham Pike\nMobile: (207) 555-0133\nEmail: graham.pike@mailbox.example\n\nPlease contact him directly, he is with us until Sunday.\n\nKind regards,\n\nFront Desk\nHarbour Inn & Suites\n(207) 555-0100",
    ),
    {
      name: "Graham Pike",
      email: "graham.pike@mailbox.example",
      phone: "+12075550133",
    },
    ["company", "title"],
  ],
  [
    "it: a reception's « Ecco i suoi dati » block, then « Vi preghiamo di contattarla direttamente »: only the guest's own lines",
    inbound(
      "Reception Villa Aurora <reception@villaaurora.example>",
      "Richiesta di una nostra ospite",
      "Buongiorno,\n\nuna nostra ospite desidera un servizio fotografico in giardino. Ecco i suoi dati:\n\nElena Conti\nCell: +39 333 555 0148\nEmail: elena.conti@posta.example\n\nVi preghiamo di contattarla direttamente entro venerdì.\n\nCordiali saluti,\nReception\nVilla Aurora Hotel\nTel. +39 055 555 0100",
    ),
    {
      name: "Elena Conti",
      email: "elena.conti@posta.example",
      phone: "+393335550148",
    },
    ["company"],
  ],
  [
    'en: an intro\'s pasted block then "Let me know how it goes!": the title and company the prose gives, not the closing lines',
    inbound(
      "Mike Dunn <mike@dunnroasters.example>",
      "Intro - a new cafe",
      "Hi,\n\nPassing on Tom Baker, he is the owner of Kettle Corner Café and needs a bakery supplier.\n\nTom Baker\ntom@kettlecorner.example\n(503) 555-0152\n\nLet me know how it goes!\n\nCheers,\nMike\n\n--\nDunn Roasters LLC\nSales Rep\n(503) 555-0100",
    ),
    {
      name: "Tom Baker",
      email: "tom@kettlecorner.example",
      title: "owner",
      company: "Kettle Corner Café",
    },
    [],
  ],
];

/** "X, cc'd, Title of Company": the aside between commas says how X was reached, not who X is. */
const commaAsides: Case[] = [
  [
    'en: "Rachel Ng, cc\'d, operations manager at Ferrow Dental": title and company without the aside',
    inbound(
      "Omar Haddad <omar@haddad-law.example>",
      "Intro: Rachel Ng",
      "Hi,\n\nLet me introduce Rachel Ng, cc'd, operations manager at Ferrow Dental. They need new IT support.\n\nBest,\nOmar",
      { cc: "Rachel Ng <rachel.ng@ferrowdental.example>" },
    ),
    {
      name: "Rachel Ng",
      title: "operations manager",
      company: "Ferrow Dental",
    },
    [],
  ],
  [
    'de: "Jana Wolf, in Kopie, Leiterin Einkauf bei Brandt Bau GmbH": the title alone, not "in Kopie, Leiterin Einkauf"',
    inbound(
      "Peter Lang <p.lang@lang-beratung.example>",
      "Vorstellung Jana Wolf",
      "Hallo,\n\nich möchte Ihnen Jana Wolf, in Kopie, Leiterin Einkauf bei Brandt Bau GmbH, vorstellen.\n\nViele Grüße\nPeter Lang",
      { cc: "Jana Wolf <j.wolf@brandt-bau.example>" },
    ),
    {
      name: "Jana Wolf",
      title: "Leiterin Einkauf",
      company: "Brandt Bau GmbH",
    },
    [],
  ],
];

/** "Tel. 030 …" (a dot for the colon) under a name is a phone line, never the company. */
const dottedLabels: Case[] = [
  [
    'de: "Tel. 030 23125 466" under the signed name is no company',
    inbound(
      "Ulrike Brandt <u.brandt@posteo.example>",
      "Anfrage Dachausbau",
      "Guten Tag,\n\nwir möchten unser Dachgeschoss ausbauen. Wäre ein Termin möglich?\n\nMit freundlichen Grüßen\nUlrike Brandt\nTel. 030 23125 466",
    ),
    { name: "Ulrike Brandt" },
    ["company", "title"],
  ],
  [
    'fr: "Tél. 01 99 00 23 61" under the signed name is no company either',
    inbound(
      "Bernard Leclerc <b.leclerc@courriel.example>",
      "Demande de devis",
      "Bonjour,\n\nJe souhaiterais un devis pour la taille de ma haie.\n\nCordialement,\nBernard Leclerc\nTél. 01 99 00 23 61",
    ),
    { name: "Bernard Leclerc" },
    ["company", "title"],
  ],
];

describe("Title and company where a block, an aside or a footer sits beside them (blind who12 set's causes)", () => {
  test.each([...boardSignatures, ...pastedDetails, ...commaAsides, ...dottedLabels])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
