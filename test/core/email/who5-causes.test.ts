// The general causes behind the blind "who4" set's misses (who the lead is), each in fresh wordings and languages.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Wed, 11 Mar 2026 10:30:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const cases: Case[] = [
  [
    "\"Looping in X\" introduces the introducer's own colleague (same domain), not the teammate also cc'd",
    inbound(
      "Priya Raman <priya@fernhill-foods.example>",
      "Intro - Owner / Theo",
      "Hi Owner,\n\nLooping in Theo Marsh, who runs our Denver warehouse. He needs new shelving before spring.\n\nAlso cc'ing Sam from my team.\n\nBest,\nPriya\n\nPriya Raman\nHead of Purchasing | Fernhill Foods Inc.\n\nTheo's details:\nTheo Marsh | Warehouse Manager\nFernhill Foods Inc.\nM: 720-555-0147\n",
      {
        cc: "Theo Marsh <tmarsh@fernhill-foods.example>, Sam Ito <sito@fernhill-foods.example>",
      },
    ),
    {
      name: "Theo Marsh",
      email: "tmarsh@fernhill-foods.example",
      phone: "+17205550147",
      title: "Warehouse Manager",
    },
    [],
  ],
  [
    'it: the note sets one person aside ("non Paolo") and "è lei che decide" points back to the one named before',
    note(
      "Segui tu Giulia Conti, non Paolo: è lei che decide. Richiamala il 20 marzo.",
      "Da: Paolo Ferri <paolo@osteria-ferri.example>\nData: mar 10 mar 2026\nOggetto: Preventivo\nA: Owner Person <owner@owner-co.example.com>\nCc: Giulia Conti <giulia@osteria-ferri.example>\n\nLe giro Giulia, la socia.\n\nPaolo",
    ),
    { name: "Giulia Conti", email: "giulia@osteria-ferri.example", followUp: "2026-03-20" },
    [],
  ],
  [
    'sv: "hör av dig till Elsa, inte Nils. Hon bestämmer." (first name only, pronoun, negation)',
    note(
      "Hej! Hör av dig till Elsa, inte Nils. Hon bestämmer.",
      "Från: Nils Berg <nils@bergbygg.example>\nDatum: 10 mars 2026\nÄmne: Offert\nTill: Owner Person <owner@owner-co.example.com>\nKopia: Elsa Lind <elsa.lind@bergbygg.example>\n\nJag lägger till Elsa.\n\nNils",
    ),
    { name: "Elsa Lind", email: "elsa.lind@bergbygg.example" },
    [],
  ],
  [
    'sv/da/nb quote header with a comma before the verb: "Den 2026-03-09 kl. 14:05, skrev X:" is X\'s message',
    note(
      "Ring Elsa Lind, hon bestämmer.",
      "Från: Nils Berg <nils@bergbygg.example>\nDatum: 10 mars 2026\nÄmne: SV: Offert\nTill: Owner Person <owner@owner-co.example.com>\nKopia: Elsa Lind <elsa.lind@bergbygg.example>\n\nHej,\n\nJag lägger till Elsa, vår vd.\n\nNils\n\nDen 2026-03-09 kl. 14:05, skrev Elsa Lind:\n> Hej,\n> vi behöver en offert.\n>\n> Elsa Lind\n> VD, Berg Bygg AB\n> Mobil: 070-555 01 48\n",
    ),
    { name: "Elsa Lind", title: "VD", company: "Berg Bygg AB", phone: "+46705550148" },
    [],
  ],
  [
    'fr form: "Nom" beside "Prénom" is the surname, the name is both',
    inbound(
      "Mon Site – Formulaire <no-reply@monsite.example>",
      "Nouveau message de votre site",
      "Nom : Girard\nPrénom : Hélène\nE-mail : helene@girard-traiteur.example\nMessage : Bonjour, un devis svp.\n",
    ),
    { name: "Hélène Girard", email: "helene@girard-traiteur.example" },
    [],
  ],
  [
    'es form: "Nombre" beside "Apellidos" is the first name',
    inbound(
      "Formulario web <forms@tienda.example>",
      "Nuevo mensaje",
      "Nombre: Irene\nApellidos: Soler Vidal\nCorreo: irene@solervidal.example\n",
    ),
    { name: "Irene Soler Vidal", email: "irene@solervidal.example" },
    [],
  ],
  [
    'a voicemail notice with its own "From: CALLER (number)" / "To: Main Line" lines: the caller who speaks',
    inbound(
      "CallBox <voicemail@callbox.example>",
      "New voicemail from (503) 555-0162",
      'New voicemail\n\nFrom: CALLER (503) 555-0162\nTo: Main Line (503) 555-0100\nDuration: 00:35\n\nTranscript:\n"Hi, this is Dana Wilder, I\'m the office manager over at Cedar Ridge Clinic. Please call me back at 503-555-0162. Thanks."\n',
    ),
    {
      name: "Dana Wilder",
      phone: "+15035550162",
      title: "office manager",
      company: "Cedar Ridge Clinic",
    },
    ["email"],
  ],
  [
    'de: an office manager writes "im Auftrag von Herrn Dr. X" with X copied: X, with the company she signs for',
    inbound(
      "Jana Vogt <j.vogt@praxis-lehmann.example>",
      "Anfrage Wartung",
      "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Klaus Lehmann bitte ich um ein Angebot für die Wartung unserer Geräte. Sie erreichen ihn direkt unter 030 23125 811.\n\nMit freundlichen Grüßen\n\ni.A. Jana Vogt\nPraxismanagerin\nPraxis Dr. Klaus Lehmann\nTel. 030 23125 800",
      { cc: "Klaus Lehmann <k.lehmann@praxis-lehmann.example>" },
    ),
    { name: "Klaus Lehmann", email: "k.lehmann@praxis-lehmann.example", company: "Praxis Dr. Klaus Lehmann" },
    ["source"],
  ],
  [
    '"on behalf of" a company (nobody copied by that name) leaves the writer as the lead',
    inbound(
      "Omar Reyes <omar@blueharbor.example>",
      "Dock repairs",
      "Hello,\n\nI'm writing on behalf of Blue Harbor Marina. We need two docks repaired before May.\n\nOmar Reyes\nHarbor Master\nBlue Harbor Marina\n(207) 555-0133",
      { cc: "Lena Reyes <lena@blueharbor.example>" },
    ),
    { name: "Omar Reyes", email: "omar@blueharbor.example" },
    [],
  ],
  [
    'a bare-address sender the colleague\'s note names ("this is from Dr. X at Y … her mobile is …")',
    inbound(
      "Ravi Shah <ravi@owner-co.example.com>",
      "Fwd: Cleaning quote",
      "Forwarding - this is from Dr. Mara Quinn at Quinn Eye Care. She didn't sign it; her mobile is 617-555-0174.\n\nRavi\n\n---------- Forwarded message ---------\nFrom: mq@quinneyecare.example\nDate: Tue, Mar 10, 2026\nSubject: Cleaning quote\nTo: Owner Person <owner@owner-co.example.com>\n\nCan you quote nightly cleaning for our clinic?\n\nM.",
    ),
    {
      name: "Mara Quinn",
      email: "mq@quinneyecare.example",
      phone: "+16175550174",
      company: "Quinn Eye Care",
    },
    [],
  ],
  [
    'a site form mailed as "From: visitor <address>" + "Subject:" then labelled fields (WordPress CF7 template)',
    inbound(
      "Harbor Decks <wordpress@harbordecks.example>",
      'Harbor Decks "Deck quote"',
      "From: Nia Porter <nia.porter@mailbox.example>\nSubject: Deck quote\n\nPhone: (410) 555-0126\nCompany: Porter Family Dental\n\nMessage Body:\nWe need a rear deck rebuilt.\n\n--\nThis e-mail was sent from a contact form on Harbor Decks",
    ),
    {
      name: "Nia Porter",
      email: "nia.porter@mailbox.example",
      phone: "+14105550126",
      company: "Porter Family Dental",
      source: "Website",
    },
    [],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind who4 set", () => {
  test.each(cases)("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
