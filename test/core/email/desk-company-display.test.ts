// A desk's mailbox shown as desk word plus company ("Reception Hotel Sol"): the given name signed under the sign-off.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");
const ask = "Hello,\n\nPlease send a quote for a buffet lunch for 20 guests on January 12.\n\n";

const CASES: [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]][] = [
  [
    '"Reception Hotel Sol" <reception@hotel-sol…> signed "Kind regards, / Tom": Tom at Hotel Sol, and Tom is no company',
    inbound(
      "Reception Hotel Sol <reception@hotel-sol.example>",
      "Quote request",
      `${ask}Kind regards,\nTom\n`,
    ),
    { name: "Tom", email: "reception@hotel-sol.example", company: "Hotel Sol" },
    [],
  ],
  [
    'the desk word after the company: "Northwind Dental Reception" signed "Thanks, / Priya"',
    inbound(
      "Northwind Dental Reception <reception@northwinddental.example>",
      "Staff lunch",
      `${ask}Thanks,\nPriya\n`,
    ),
    { name: "Priya", company: "Northwind Dental" },
    ["title"],
  ],
];

describe("a desk's display name with the company", () => {
  test.each(CASES)("%s", (_why, input, expected, absent) => expectLeadOf(input, OWNER_CTX, expected, absent));
});
