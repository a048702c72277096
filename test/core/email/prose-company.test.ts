// A company read from an introducer's prose that is really a place is left out; one the person's domain spells stays.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput } from "../../../src/core/lead";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0100");

type Case = [why: string, input: EmailInput, company: string | undefined];

const cases: Case[] = [
  [
    'fr: "qui se marie … au domaine de la Roche-Aymon": a venue, no company',
    inbound(
      "Margaux Delcourt <margaux@fildor.example>",
      "Je vous mets en relation",
      "Bonjour Élodie,\n\nJe me permets de mettre en copie Camille Rousseau, qui se marie le 12 septembre au domaine de la Roche-Aymon.\n\nMargaux",
      { to: OWNER, cc: "Camille Rousseau <camille.rousseau@mail.example>" },
    ),
    undefined,
  ],
  [
    'en: "she lives at 7 Orchard Row": an address, no company',
    inbound(
      "Tom Hale <tom@halebuild.example>",
      "Intro: Harriet",
      "Hi,\n\nMeet Harriet Cole (copied), who lives at 7 Orchard Row and wants her garden redone.\n\nTom",
      { to: OWNER, cc: "Harriet Cole <harriet.cole@mailbox.example>" },
    ),
    undefined,
  ],
  [
    'en: "Meet Jo Park from Acme" with jo@acme…: the one-word company her domain spells stays',
    inbound(
      "Tom Hale <tom@halebuild.example>",
      "Intro: Jo",
      "Hi,\n\nMeet Jo Park (copied) from Acme, who needs a new office fit-out.\n\nTom",
      { to: OWNER, cc: "Jo Park <jo@acme.example>" },
    ),
    "Acme",
  ],
];

describe("a place is no company in an introduction's prose", () => {
  test.each(cases)("%s", (_why, input, company) => {
    expect(extractLeadFromEmail(input, OWNER_CTX).lead.company).toBe(company);
  });
});
