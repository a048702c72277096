// The owner's note says who pays, or whom to deal with after a dash: that person, copied on the forwarded mail.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, forwardedMessage, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { note } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");
const DATE = "Sun, 6 Dec 2026 19:45:00 -0500";
/** The bride writes, her mother copied. */
const bride = (text: string) =>
  note(
    text,
    forwardedMessage(
      DATE,
      "Chloe Hale <chloe.hale@gmail.example>",
      "Hi! Mum and I loved the tasting. Can you send the menus?\nChloe\n",
      {
        cc: "Patricia Hale <patricia.hale@mailbox.example>",
      },
    ),
  );

const CASES: [why: string, input: EmailInput, expected: Partial<Lead>][] = [
  [
    'en: "Her mum Patricia Hale is paying" — the copied mother',
    bride("Bridal show lead. Her mum Patricia Hale is paying."),
    { name: "Patricia Hale", email: "patricia.hale@mailbox.example" },
  ],
  [
    'en: "… - deal with Patricia" after a dash — the copied mother',
    bride("Bridal show lead - deal with Patricia, the mum"),
    { name: "Patricia Hale", email: "patricia.hale@mailbox.example" },
  ],
  [
    'de: "Die Mutter Patricia Hale zahlt"',
    bride("Von der Hochzeitsmesse. Die Mutter Patricia Hale zahlt."),
    { name: "Patricia Hale" },
  ],
  [
    'es: "Paga la madre, Patricia Hale"',
    bride("De la feria de bodas. Paga la madre, Patricia Hale."),
    { name: "Patricia Hale" },
  ],
  [
    "a note that names nobody as paying keeps the writer",
    bride("Bridal show lead, call Thursday"),
    { name: "Chloe Hale" },
  ],
];

describe("the note names who pays", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
});
