// A note that opens with a labelled mobile gives the lead's number; the note writer's sign-off mobile never does.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput } from "../../../src/core/lead";
import { forwardedMessage, OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { note, inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0100");
const sent = "Fri, 4 Dec 2026 09:12:00 +0100";

type Case = [why: string, input: EmailInput, phone: string | undefined];

const cases: Case[] = [
  [
    'de: "Handy: 0171 …, Rückruf am Donnerstag" on top of a German enquiry: the lead\'s mobile, read as German',
    note(
      "Handy: 0171 5550123, Rückruf am Donnerstag",
      forwardedMessage(
        sent,
        "Markus Lehmann <m.lehmann@webpost.example>",
        "Guten Tag,\n\nwir möchten unser Dach sanieren lassen. Können Sie uns ein Angebot machen?\n\nViele Grüße\nMarkus Lehmann",
      ),
    ),
    "+491715550123",
  ],
  [
    'en: "Mobile (415) 555-0177. Met him at the home show" with no possessive: still the lead\'s',
    note(
      "Mobile (415) 555-0177. Met him at the home show, call Thursday.",
      forwardedMessage(
        sent,
        "Dale Porter <dale.porter@mailbox.example>",
        "Hi, can you quote a reroof?\n\nDale",
      ),
    ),
    "+14155550177",
  ],
  [
    'en: one line of facts, "Met at the fair – call Tue 15th – mobile 07700 900 412": the mobile beats the office line',
    note(
      "Met at the Harrogate fair – call Tue 15th – mobile 07700 900 412",
      forwardedMessage(
        sent,
        "Dale Porter <dale.porter@mailbox.example>",
        "Hi, we manage 40 flats and need master keys.\n\nDale Porter\nOperations Manager\nPorter Property Ltd\n01632 960 123",
      ),
    ),
    "+447700900412",
  ],
  [
    "en: a colleague's note signed with her own mobile under her name: not the lead's number",
    inbound(
      "Sara Quinn <sara@owner-co.example.com>",
      "Fwd: Roof quote",
      `Please call this one back.\n\nBest,\nSara\nMobile: (415) 555-0166\n\n---------- Forwarded message ---------\n${forwardedMessage(sent, "Dale Porter <dale.porter@mailbox.example>", "Hi, can you quote a reroof?\n\nDale")}`,
      { to: OWNER },
    ),
    undefined,
  ],
];

describe("the mobile a forwarder's note opens with", () => {
  test.each(cases)("%s", (_why, input, phone) => {
    const out = extractLeadFromEmail(input, OWNER_CTX);
    expect(out.lead.name).toMatch(/^Dale|^Markus/);
    expect(out.lead.phone).toBe(phone);
  });
});
