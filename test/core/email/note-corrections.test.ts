// The owner's note corrects the lead's name or says the company's new name: the note beats the header and signature.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { note } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0100");
const sent = "Fri, 4 Dec 2026 09:12:00 +0100";
const kasia = forwardedMessage(
  sent,
  "Kasia Nowak <kasia@nordvik.example>",
  "Hello, please send me a price for 12 door locks.\n\nKasia Nowak\nNordvik Trading",
);

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'en: "Name is actually Katarzyna, not Kasia. Company is Nordvik AS now." — both corrections',
    note("Name is actually Katarzyna, not Kasia. Company is Nordvik AS now.", kasia),
    { name: "Katarzyna Nowak", company: "Nordvik AS" },
  ],
  [
    'de: "Sie heißt eigentlich Katarzyna. Die Firma heißt jetzt Nordvik GmbH."',
    note("Sie heißt eigentlich Katarzyna. Die Firma heißt jetzt Nordvik GmbH.", kasia),
    { name: "Katarzyna Nowak", company: "Nordvik GmbH" },
  ],
  [
    'pl: "Katarzyna, nie Kasia" — the word of the name it sets aside is replaced',
    note("Katarzyna, nie Kasia. Oddzwonić w piątek.", kasia),
    { name: "Katarzyna Nowak", company: "Nordvik Trading" },
  ],
  [
    'a note that sets aside someone else ("Lena, not Marek") changes nothing of the lead\'s name',
    note("Talk to Lena, not Marek, about the delivery.", kasia),
    { name: "Kasia Nowak", company: "Nordvik Trading" },
  ],
  [
    'a prospect\'s "our company is now certified" in their own mail is no new company name',
    note(
      "FYI",
      forwardedMessage(
        sent,
        "Kasia Nowak <kasia@nordvik.example>",
        "Hello, our company is now certified for fire doors.\n\nKasia Nowak\nNordvik Trading",
      ),
    ),
    { name: "Kasia Nowak", company: "Nordvik Trading" },
  ],
];

describe("corrections in the owner's note", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    const { lead } = extractLeadFromEmail(input, OWNER_CTX);
    expect({ name: lead.name, company: lead.company }).toEqual(expected);
  });
});
