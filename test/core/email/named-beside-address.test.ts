// A lead passed on in a line of text with their address in brackets: the person's name, not their employer's before it.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");
/** A colleague of the owner passing a caller on. */
const fromColleague = (body: string) =>
  inbound("Tess Bright <tess@owner-co.example.com>", "new lead for you", body);

const CASES: [why: string, input: EmailInput, expected: Partial<Lead>][] = [
  [
    'en: "meet Ana Lima from Lima Dental (ana@…)" — the run before the bracket is where she works',
    fromColleague(
      "Hi, meet Ana Lima from Lima Dental (ana@limadental.example, 416-555-0145) - wants a quote.\n\nTess\n",
    ),
    { name: "Ana Lima", email: "ana@limadental.example", company: "Lima Dental" },
  ],
  [
    "en: an employer whose words the address does not spell is no name either",
    fromColleague(
      "Meet Ana Lima from Harbour Dental (ana@limadental.example), she called this morning.\n\nTess\n",
    ),
    { name: "Ana Lima", email: "ana@limadental.example" },
  ],
  [
    'de: "Herr Jonas Berg von Berg Holzbau (j.berg@…)"',
    fromColleague(
      "Hallo, Herr Jonas Berg von Berg Holzbau (j.berg@berg-holzbau.example) bittet um Rückruf.\n\nTess\n",
    ),
    { name: "Jonas Berg", email: "j.berg@berg-holzbau.example" },
  ],
  [
    'the name right before the bracket still counts: "Dan Wu (dan@…)"',
    fromColleague("Please call Dan Wu (dan@wu-print.example) about the order.\n\nTess\n"),
    { name: "Dan Wu", email: "dan@wu-print.example" },
  ],
];

describe("a name beside an address in the text", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
});
