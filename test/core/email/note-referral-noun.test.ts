// A note that opens with a noun and a courtesy title ("Empfehlung von Herrn Brandt") names the referrer, not the lead.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { note } = ownerInbox("Wed, 25 Nov 2026 07:20:00 +0100");
const sent = "Dienstag, 24. November 2026 um 19:48 Uhr";

type Case = [why: string, input: EmailInput, name: string, email: string];

const cases: Case[] = [
  [
    "de: \"Empfehlung von Herrn Brandt (Kunde seit 2019)\" above a company mailbox's enquiry: the enquiry's sender",
    note(
      "Empfehlung von Herrn Brandt (Kunde seit 2019). Nächsten Dienstag anrufen!",
      forwardedMessage(
        sent,
        '"Klavierservice Huber" <office@klavier-huber.example>',
        "Sehr geehrte Damen und Herren,\n\nich suche eine Lösung für Terminerinnerungen.\n\nMit freundlichen Grüßen\n\nFlorian Huber\nKlavierservice Huber e.U.\nMobil +43 664 555 1234",
      ),
    ),
    "Huber",
    "office@klavier-huber.example",
  ],
  [
    "en: \"Referral from Mrs Patel (Patel Dental)\" above a shop mailbox's enquiry: the enquiry's sender",
    note(
      "Referral from Mrs Patel (Patel Dental). Call Friday.",
      forwardedMessage(
        "Tue, 24 Nov 2026 at 19:48",
        '"Harbour Bikes" <info@harbourbikes.example>',
        "Hello, we need our shop locks changed.\n\nThanks,\nOwen Marsh\nHarbour Bikes",
      ),
    ),
    "Owen",
    "info@harbourbikes.example",
  ],
];

describe("a referrer named with a courtesy title in the note is not the lead", () => {
  test.each(cases)("%s", (_why, input, name, email) => {
    const { lead } = extractLeadFromEmail(input, OWNER_CTX);
    expect(lead.email).toBe(email);
    expect(lead.name).toContain(name);
  });
});
