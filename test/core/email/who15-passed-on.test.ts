// who15 causes in fresh wordings: a person passed on from a role mailbox, or by a parent with their own number.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed, type FixtureCase } from "../../helpers/fixture-table";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 8 Dec 2026 10:15:00 +0100");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A person writing from a role mailbox (events@, bookings@) is no notification: whom they pass on counts. */
const roleMailbox: Case[] = [
  [
    'en: venue coordinator on events@ passes on a couple: "her email is … and cell …"',
    note(
      "Call the bride, not the venue.",
      forwardedMessage(
        "Mon, 7 Dec 2026 16:20",
        "Dana Price <events@millbrook-barn.example>",
        "Hi,\n\nA couple marrying here in May asked for a florist. The bride is Ruth Coleman, her email is ruth.c@mailbox.example and cell (503) 555-0181.\n\nBest,\nDana\n\nDana Price | Events\nMillbrook Barn",
      ),
    ),
    { name: "Ruth Coleman", email: "ruth.c@mailbox.example", phone: "+15035550181" },
    [],
  ],
  [
    'fr: "réservations@"-style mailbox signed by a person: "son portable" gives the guest passed on',
    inbound(
      "Sophie Martin <reservations@hotel-des-pins.example>",
      "Un client pour vous",
      "Bonjour,\n\nUn de nos clients, Marc Lefèvre, cherche un traiteur pour un mariage. Son portable : 06 39 98 21 45.\n\nCordialement,\nSophie Martin\nHôtel des Pins",
    ),
    { name: "Marc Lefèvre", phone: "+33639982145" },
    ["email"],
  ],
];

/** A parent writing for a grown child named in full, whom the reader is told to contact, with their number. */
const forRelative: Case[] = [
  [
    'de: "mein Sohn Lukas Meier … melden Sie sich bitte bei ihm: Handy …": Lukas, no company "Ihnen"',
    inbound(
      "Heike Meier <heike.meier@post.example>",
      "Anmeldung",
      "Guten Tag,\n\nmein Sohn Lukas Meier möchte bei Ihnen einen Kurs machen. Bitte melden Sie sich direkt bei ihm: Handy 0151 55501 456.\n\nGrüße\nHeike Meier",
    ),
    { name: "Lukas Meier", phone: "+4915155501456" },
    ["email", "company"],
  ],
  [
    'en: "my daughter Amy Cole … please contact her directly on 07700 …": Amy, not the mother',
    inbound(
      "Helen Cole <helen.cole@inbox.example>",
      "Lessons",
      "Hello,\n\nmy daughter Amy Cole would like driving lessons. Please contact her directly on 07700 900412.\n\nThanks,\nHelen",
    ),
    { name: "Amy Cole" },
    ["email"],
  ],
];

describe("who15 causes: a person passed on by someone else", () => {
  test.each([...roleMailbox, ...forRelative])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

/** The who15 fixtures these causes fixed: the person (other fields of the set may still miss). */
const fixed: FixtureCase[] = [
  ["venue coordinator on a role mailbox passing on the bride", "emails-who15/wb08-note-gmail"],
  ["mother writing for her son, phone only (de)", "emails-who15/wb21-inbound-none-de"],
];

describePersonFixed("who15 fixtures fixed by these causes", fixed);
