// who15 causes in fresh wordings: a platform relay naming its member in Reply-To, a secretariat answering for the inquirer, a de notifier.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed, type FixtureCase } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 +0100");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A platform's notice names its member only in the Reply-To, as a relay ("Sarah L. via HandyHire"). */
const relayReplyTo: Case[] = [
  [
    'en marketplace: From the platform, Reply-To "Nina K. via FixFinder" on its relay: Nina K., no relay address',
    inbound(
      "FixFinder <messages@fixfinder.example>",
      "New message from Nina K.",
      'You have a new message from Nina K.\n\n"Our gutter is falling off, can you come by? Text me on 503-555-0172."\n\nReply on FixFinder.',
      { replyTo: '"Nina K. via FixFinder" <reply+5521@relay.fixfinder.example>' },
    ),
    { name: "Nina K.", phone: "+15035550172" },
    ["email", "company", "website"],
  ],
  [
    'de booking site: From "TerminPlus", Reply-To "Jana Roth via TerminPlus": Jana Roth',
    inbound(
      "TerminPlus <service@terminplus.example>",
      "Neue Nachricht",
      "Sie haben eine neue Nachricht von Jana Roth.\n\n„Ich hätte gern einen Termin für eine Massage. Mobil: 0151 55501 777“",
      { replyTo: '"Jana Roth via TerminPlus" <r-88a1@mail.terminplus.example>' },
    ),
    { name: "Jana Roth" },
    ["email", "website"],
  ],
];

/** A secretariat's mailbox answering for the inquirer, who is copied: the inquirer, with their own signature. */
const secretariat: Case[] = [
  [
    'el Gmail: "Στις … έγραψε:" history; grammateia@ answers, the inquirer copied: the inquirer',
    inbound(
      "Νίκος Παππάς <grammateia@pappas-nomiki.example>",
      "Re: Προσφορά",
      "Καλησπέρα σας,\n\nΗ κα Παππά μου ζήτησε να σας απαντήσω.\n\nΜε εκτίμηση,\nΝίκος Παππάς\n\nΣτις Τρί 1 Δεκ 2026 στις 9:15 π.μ., Μαρία Παππά <maria@pappas-nomiki.example> έγραψε:\n> Καλημέρα,\n> Θα θέλαμε μια προσφορά.\n>\n> Μαρία Παππά\n> Διευθύντρια\n> Παππά Νομική\n> Κιν. 694 555 0177",
      { cc: "Μαρία Παππά <maria@pappas-nomiki.example>" },
    ),
    { name: "Μαρία Παππά", email: "maria@pappas-nomiki.example", phone: "+306945550177" },
    [],
  ],
  [
    'en Gmail: office@ replies "Tom asked me to confirm", Tom copied and the first writer: Tom',
    inbound(
      "Jo Banks <office@hale-builders.example>",
      "Re: Quote for extension",
      "Hi,\n\nTom asked me to confirm Thursday works.\n\nJo\n\nOn Mon, Dec 7, 2026 at 9:02 AM Tom Hale <tom@hale-builders.example> wrote:\n> Hi, could you quote for a kitchen extension?\n>\n> Tom Hale\n> Director, Hale Builders\n> 555-0148",
      { cc: "Tom Hale <tom@hale-builders.example>" },
    ),
    { name: "Tom Hale", email: "tom@hale-builders.example" },
    [],
  ],
];

/** de notification mailboxes in the singular ("benachrichtigung@"): a system sender, never the referrer. */
const notifier: Case[] = [
  [
    'de booking tool "benachrichtigung@": the booked guest from the fields, no "Referral: <tool>"',
    inbound(
      "BuchBar <benachrichtigung@buchbar.example>",
      "Neuer Termin: Eva Schuster",
      "Neuer Termin gebucht\n\nTerminart: Beratung (30 Min.)\nDatum: 14.12.2026\n\nName: Eva Schuster\nE-Mail: eva.schuster@schuster-bau.example\nTelefonnummer: +49 30 23125 611\n",
    ),
    { name: "Eva Schuster", email: "eva.schuster@schuster-bau.example" },
    ["source"],
  ],
  [
    'de shop notice "benachrichtigung.shop@" with a customer\'s request: the customer, no referral',
    inbound(
      "Hofladen Online <benachrichtigung.shop@hofladen-system.example>",
      "Neue Anfrage",
      "Neue Anfrage eingegangen\n\nName: Karl Brenner\nE-Mail: k.brenner@brenner-gastro.example\nNachricht: Bitte um ein Angebot für 20 Kisten.\n",
    ),
    { name: "Karl Brenner", email: "k.brenner@brenner-gastro.example" },
    ["source"],
  ],
];

describe("who15 causes: the sender behind a relay or a secretariat", () => {
  test.each([...relayReplyTo, ...secretariat, ...notifier])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

/** The who15 fixtures these causes fixed: the person (other fields of the set may still miss). */
const fixed: FixtureCase[] = [
  ["marketplace relay naming the member in Reply-To", "emails-who15/wb27-inbound-none"],
  ["booking tool's benachrichtigung@ notice (de)", "emails-who15/wb26-inbound-none-de"],
  ["Greek secretariat answering for the copied inquirer", "emails-who15/wb19-chain-gmail-el"],
];

describePersonFixed("who15 fixtures fixed by these causes", fixed);
