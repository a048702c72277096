// Owners' notes on forwards: under the message after a rule, renaming the company, naming the website as the source.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { note, inbound } = ownerInbox("Wed, 18 Nov 2026 09:40:03 +0200");
const sent = "Tue, 17 Nov 2026 15:20";

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'en: "note to self: … Call Andrei early next month." under a "-- " rule, naming the lead: the note, not their sign-off',
    inbound(
      "Owner Person <owner@owner-co.example.com>",
      "Fw: Storage space",
      `________________________________\n${forwardedMessage(sent, "Andrei Popescu <andrei.popescu@mutari.example>", "Bună ziua,\n\nAș dori o ofertă de preț.\n\nCu stimă,\nAndrei Popescu\nMutări Express SRL\n-- \nnote to self: referral from Mihai Stan at the chamber of commerce. Call Andrei early next month.")}`,
    ),
    { followUp: "2026-12-01", source: "Referral" },
  ],
  [
    'en: Apple Mail, a note typed under an em dash line: "Came in via the website chat. Follow up … Jan 5."',
    inbound(
      "Owner Person <owner@owner-co.example.com>",
      "Fwd: wholesale account",
      `Begin forwarded message:\n\n${forwardedMessage(sent, "Priya Raman <priya@ramanflorals.example>", "Please send the account application.\n\nPriya Raman\nBuyer\nRaman Florals Inc.\n—\nCame in via the website chat. Follow up after the holidays, say Jan 5.")}`,
    ),
    { followUp: "2027-01-05", source: "Website" },
  ],
  [
    "a sender's own sign-off under a rule (their name alone on a line) is still no note",
    inbound(
      "Owner Person <owner@owner-co.example.com>",
      "Fw: Storage space",
      `________________________________\n${forwardedMessage(sent, "Andrei Popescu <andrei.popescu@mutari.example>", "Please call me next week.\n\n--\nAndrei\nMutări Express SRL")}`,
    ),
    { followUp: undefined },
  ],
  [
    'nb: "firmaet heter nå Nordvik Låsservice AS, ikke … (gammel signatur)": the new company name',
    note(
      "NB: firmaet heter nå Nordvik Låsservice AS, ikke Nordvik Lås & Nøkkel (gammel signatur). Ring ham torsdag.",
      forwardedMessage(
        sent,
        "Trond Nordvik <trond@nordviklas.example>",
        "Hei, kan dere gi tilbud?\n\nTrond Nordvik\nDaglig leder\nNordvik Lås & Nøkkel",
      ),
    ),
    { company: "Nordvik Låsservice AS", followUp: "2026-11-19" },
  ],
  [
    'hu: "Forrás: weboldal (kapcsolati űrlap után írt)": the website is the source',
    note(
      "Forrás: weboldal (kapcsolati űrlap után írt). Ajánlatot kér.",
      forwardedMessage(
        sent,
        "Szabó Eszter <szabo.eszter@freemail.example>",
        "Jó napot!\n\nÁrajánlatot szeretnénk kérni.\n\nÜdvözlettel:\nSzabó Eszter",
      ),
    ),
    { source: "Website" },
  ],
];

describe("more owners' notes on forwards", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    const { lead } = extractLeadFromEmail(input, OWNER_CTX);
    for (const [k, v] of Object.entries(expected)) expect(lead[k as keyof Lead]).toBe(v);
  });
});
