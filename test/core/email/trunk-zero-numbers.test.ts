// National numbers with a trunk "0" in English notices that name no country: read as UK (then IE, AU, NZ) numbers.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound, note } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0000");

type Case = [why: string, input: EmailInput, name: string, phone: string];

const cases: Case[] = [
  [
    "a website form's \"Phone: 01632 960555\" that the owner's region (+1) cannot read is a UK number",
    inbound(
      "Website <wordpress@owner-co.example.com>",
      "New enquiry from your website",
      "Name: Eleanor Whitcombe\nEmail: e.whitcombe@postbox.example\nPhone: 01632 960555\nMessage: Would like my grand piano tuned before the 19th.",
    ),
    "Eleanor Whitcombe",
    "+441632960555",
  ],
  [
    "an answering service's slip labels the number \"Number:\"; the owner's note above names the caller",
    note(
      "From the answering service. Call tomorrow.",
      forwardedMessage(
        "Mon, Dec 7, 2026 at 8:02 AM",
        "Answer Desk <messages@answerdesk.example>",
        "Caller: Eleanor Whitcombe\nNumber: 07700 900555\nMessage: Would like her piano tuned. Please call back.\nTaken by: Jess",
        { subject: "Message for you" },
      ),
    ),
    "Eleanor Whitcombe",
    "+447700900555",
  ],
  [
    'a "Callback number" on a US slip is still read in the owner\'s own region first',
    inbound(
      "Answer Desk <messages@answerdesk.example>",
      "Message for you",
      "Caller: Marcus Bell\nCallback number: (503) 555-0134\nMessage: Wants a quote for a reroof.",
    ),
    "Marcus Bell",
    "+15035550134",
  ],
];

describe("a trunk-zero number in an English notice", () => {
  test.each(cases)("%s", (_why, input, name, phone) => {
    const out = extractLeadFromEmail(input, OWNER_CTX);
    expect(out.lead.name).toBe(name);
    expect(out.lead.phone).toBe(phone);
  });
});
