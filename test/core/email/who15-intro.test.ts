// who15 causes in fresh wordings: an introduction naming people by surname, a person said to be copied in a sentence.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed, type FixtureCase } from "../../helpers/fixture-table";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 +0100");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** Formal mail names the introduced person by title and surname only, never by first name. */
const formalIntro: Case[] = [
  [
    'de: "sehr geehrte Frau Dr. Albers … Frau Dr. Albers ist Leiterin der Praxis X": Albers in To, not the introducer',
    inbound(
      "Jens Wolter <j.wolter@wolter-medizintechnik.example>",
      "Kennenlernen",
      "Hallo zusammen,\nsehr geehrte Frau Dr. Albers,\n\nich möchte Sie gerne miteinander bekannt machen.\n\nFrau Dr. Albers ist Leiterin der Praxis Albers Zahnmedizin und sucht einen neuen Partner für die IT.\n\nViele Grüße\nJens Wolter\nWolter Medizintechnik GmbH\nT +49 30 23125 900",
      {
        to: `${OWNER}, Dr. Maren Albers <m.albers@albers-zahn.example>`,
        cc: "Timo Fink <t.fink@wolter-medizintechnik.example>",
      },
    ),
    { name: "Maren Albers", email: "m.albers@albers-zahn.example", company: "Albers Zahnmedizin" },
    [],
  ],
  [
    'fr: "Monsieur Girard dirige …" with Girard in To beside the owner and the introducer\'s colleague copied',
    inbound(
      "Claire Morel <c.morel@morel-conseil.example>",
      "Mise en relation",
      "Bonjour à tous,\n\nComme convenu, je vous mets en relation. Monsieur Girard cherche un prestataire pour son parc informatique.\n\nBien cordialement,\nClaire Morel",
      {
        to: `${OWNER}, Paul Girard <p.girard@girard-transports.example>`,
        cc: "Luc Morel <l.morel@morel-conseil.example>",
      },
    ),
    { name: "Paul Girard", email: "p.girard@girard-transports.example" },
    [],
  ],
];

/** A copied person the text says is copied in a sentence, not an aside in brackets. */
const copiedSaid: Case[] = [
  [
    "en: agency for its client: \"the hotel's GM, Priya Shah, is cc'd\": Priya, referred by the agency",
    inbound(
      "Ben Ortiz <ben@ortiz-events.example>",
      "Quote for a client",
      "Hi,\n\nWe're planning a dinner for our client. Their GM, Priya Shah, is cc'd - please send the proposal to her.\n\nBest,\nBen",
      { cc: "Priya Shah <pshah@grandview-hotel.example>" },
    ),
    { name: "Priya Shah", email: "pshah@grandview-hotel.example", source: "Referral: Ben Ortiz" },
    [],
  ],
  [
    'fr: "Mme Dubois, en copie, décidera": Dubois from the Cc, not the writer',
    inbound(
      "Hugo Blanc <h.blanc@blanc-agence.example>",
      "Devis pour notre cliente",
      "Bonjour,\n\nNotre cliente Anne Dubois, en copie, décidera du menu.\n\nCordialement,\nHugo Blanc",
      { cc: "Anne Dubois <anne.dubois@dubois-immo.example>" },
    ),
    { name: "Anne Dubois", email: "anne.dubois@dubois-immo.example" },
    [],
  ],
];

describe("who15 causes: who an introduction or a copy line names", () => {
  test.each([...formalIntro, ...copiedSaid])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

/** The who15 fixtures these causes fixed: the person (other fields of the set may still miss). */
const fixed: FixtureCase[] = [
  ["formal German introduction by surname", "emails-who15/wb04-intro-none-de"],
  ["events agency: the client's GM is cc'd", "emails-who15/wb23-inbound-none"],
];

describePersonFixed("who15 fixtures fixed by these causes", fixed);
