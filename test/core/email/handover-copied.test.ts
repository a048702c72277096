// A prospect's contact handing the matter over to a colleague they copy: the colleague is the one to follow up.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");
const reply = (from: string, cc: string, body: string) => inbound(from, "RE: Quote", body, { cc });

const CASES: [why: string, input: EmailInput, expected: Partial<Lead>][] = [
  [
    "en: going on leave, the copied colleague 'is taking over and will decide'",
    reply(
      "Ingrid Sands <ingrid.sands@northlight.example>",
      "Eric Lund <eric.lund@northlight.example>",
      "Hi,\n\nI'm going on parental leave from Monday. My colleague Eric Lund (cc'd) is taking over and will decide on the buffet.\n\nBest regards\nIngrid Sands\nNorthlight Ltd\n",
    ),
    { name: "Eric Lund", email: "eric.lund@northlight.example" },
  ],
  [
    "sv: 'Min kollega Erik Lund (kopia) tar över ärendet'",
    reply(
      "Ingrid Svensson <ingrid.svensson@nordlys.example>",
      "Erik Lund <erik.lund@nordlys.example>",
      "Hej,\n\nJag går på föräldraledighet från måndag. Min kollega Erik Lund (kopia) tar över ärendet.\n\nVänliga hälsningar\nIngrid Svensson\nNordlys AB\n",
    ),
    { name: "Erik Lund", email: "erik.lund@nordlys.example" },
  ],
  [
    "nl: 'mijn collega Sanne Bakker (cc) neemt het over'",
    reply(
      "Joris Smit <joris.smit@dekade.example>",
      "Sanne Bakker <sanne.bakker@dekade.example>",
      "Beste,\n\nIk ga met pensioen; mijn collega Sanne Bakker (cc) neemt het over.\n\nMet vriendelijke groet,\nJoris Smit\nDe Kade BV\n",
    ),
    { name: "Sanne Bakker", email: "sanne.bakker@dekade.example" },
  ],
];

describe("a handover to a copied colleague", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
});
