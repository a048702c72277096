// The owner's note gives the surname of a lead known only by a first name: the full name lands in the row.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, forwardedMessage, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { note } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");
const FWD_DATE = "Sun, 6 Dec 2026 18:02:00 -0500";
const fromSam = (text: string) =>
  note(
    text,
    forwardedMessage(
      FWD_DATE,
      "Sam <sam1984@gmail.example>",
      "Hi, can you quote lunch for 30 on Friday?\n\nSam\n",
    ),
  );

const CASES: [why: string, input: EmailInput, expected: Partial<Lead>][] = [
  [
    "en: the note names the first-name-only sender in full",
    fromSam("This is Sam Whitford from the expo - call Friday"),
    { name: "Sam Whitford" },
  ],
  [
    "es: the note names him in full in Spanish",
    fromSam("Es Sam Ortega, del club de golf. Llamarlo el jueves."),
    { name: "Sam Ortega" },
  ],
  [
    "a weekday after the first name is no surname",
    fromSam("Call Sam Tuesday about the quote"),
    { name: "Sam" },
  ],
  [
    "a month after the first name is no surname",
    fromSam("Sam December party, quote by Friday"),
    { name: "Sam" },
  ],
  [
    "a title after the first name is no surname",
    fromSam("Sam Manager of the deli - follow up"),
    { name: "Sam" },
  ],
  [
    "two different full names: the note does not say which, the name stays",
    fromSam("Sam Ortega or Sam Whitford, not sure which"),
    { name: "Sam" },
  ],
];

describe("a note completing a first name", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
});
