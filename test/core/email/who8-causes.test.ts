// The general causes behind the blind "who8" set's misses (who the lead is when several people appear), in fresh wordings.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Wed, 11 Mar 2026 10:30:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, more = "") =>
  `From: ${from}\nDate: Tue, 10 Mar 2026 09:00\nSubject: Quote\nTo: Owner Person <owner@owner-co.example.com>\n${more}\n${body}`;

/** The owner's note points at someone who is in no header of the thread (named, with what the note gives). */
const noteRedirects: Case[] = [
  [
    'en: "call his partner X instead" names a lead who never wrote; the note\'s address and cell are theirs',
    note(
      "Spoke to Raj at the expo. He says call his partner Mireille Dubois instead - mireille@tallowfarm.example, cell 416-555-0144.",
      fwd(
        "Raj Patel <raj@tallowfarm.example>",
        "Hi,\n\nGood to meet you. My co-founder handles suppliers.\n\nRaj Patel\nCo-founder, Tallow Farm Inc.\nM 416-555-0109",
      ),
    ),
    {
      name: "Mireille Dubois",
      email: "mireille@tallowfarm.example",
      phone: "+14165550144",
      company: "Tallow Farm Inc.",
    },
    ["title"],
  ],
  [
    'en: "the landlord who decides is X, her number is …": X with that number only; the writer\'s firm is not hers',
    note(
      "Ignore the agent. The landlord who decides is Beatrix Holloway, her number is 250-555-0183.",
      fwd(
        "Colin Marsh <colin@harbourlettings.example>",
        "Hello,\n\nThe landlord wants the fence replaced.\n\nColin Marsh\nLettings Agent | Harbour Lettings\nT 250-555-0170",
      ),
    ),
    { name: "Beatrix Holloway", phone: "+12505550183" },
    ["email", "company", "title"],
  ],
  [
    'en: a possessive ("X\'s PA … he decides") is no part of the name the note gives',
    note(
      "Tess is Hamish Grant's PA - he's the one who decides, so call him rather than Tess.",
      fwd(
        "Tess Lowry <tess@grantholdings.example>",
        "Hello,\n\nI look after the diary for Hamish Grant. He would like a quote.\n\nTess Lowry",
      ),
    ),
    { name: "Hamish Grant" },
    [],
  ],
  [
    'de: "bitte stattdessen Frau X anrufen" (the honorific dropped) names the lead; the one who wrote only passed it on',
    note(
      "Herr Kühn hat nur weitergeleitet. Bitte stattdessen Frau Greta Sommer anrufen, +49 171 5550123.",
      fwd(
        "Jens Kühn <j.kuehn@sommer-bau.example>",
        "Guten Tag,\n\nanbei die Pläne.\n\nJens Kühn\nSommer Bau GmbH",
      ),
    ),
    { name: "Greta Sommer", phone: "+491715550123" },
    ["email"],
  ],
];

/** The note names who takes over from the one who wrote, among the people copied. */
const handovers: Case[] = [
  [
    'en: "X is leaving - Y takes over": the one nearest the hand-over words, not the one leaving',
    note(
      "Olga is retiring - Tomasz Brandt takes over the fit-out. Follow up next week.",
      fwd(
        "Olga Fenn <olga@quarrybuild.example>",
        "Hi,\n\nFrom April my colleague Tomasz will look after this.\n\nOlga Fenn\nQuarry Build Ltd",
        "Cc: Tomasz Brandt <tomasz@quarrybuild.example>\n",
      ),
    ),
    { name: "Tomasz Brandt", email: "tomasz@quarrybuild.example" },
    [],
  ],
  [
    'en: "their consultant keeps replying, but X is the one signing off": X, copied',
    note(
      "Their consultant keeps replying, but Priya Nair is the one signing off.",
      fwd(
        "Glen Hart <glen@hartadvisory.example>",
        "Please add two more rooms.\n\nGlen Hart\nPrincipal, Hart Advisory",
        "Cc: Priya Nair <priya.nair@solvay-labs.example>\n",
      ),
    ),
    { name: "Priya Nair", email: "priya.nair@solvay-labs.example" },
    [],
  ],
];

/** Someone writes for their principal, who is copied: wordings the writer uses, and what they say about them. */
const writtenFor: Case[] = [
  [
    "en: \"I'm replying on X's behalf\" (first name, possessive) names the one copied; the mobile given is theirs",
    inbound(
      "Dee Moran <dee@alderpartners.example>",
      "Re: Office fit-out",
      "Hi,\n\nI'm replying on Oskar's behalf while he travels. His mobile is 303-555-0148.\n\nDee Moran\nOffice Manager\nAlder Partners\n303-555-0140",
      { cc: "Oskar Lindahl <oskar@alderpartners.example>" },
    ),
    { name: "Oskar Lindahl", email: "oskar@alderpartners.example", phone: "+13035550148" },
    [],
  ],
  [
    'de: "im Auftrag von Herrn Dipl.-Ing. X, unserem Geschäftsführer" (a degree before the name): X, titled',
    inbound(
      "Anke Roth <a.roth@weber-kaelte.example>",
      "Anfrage",
      "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dipl.-Ing. Lutz Weber, unserem Geschäftsführer, bitte ich um ein Angebot.\n\nMit freundlichen Grüßen\ni. A. Anke Roth\nWeber Kältetechnik GmbH",
      { cc: "Lutz Weber <l.weber@weber-kaelte.example>" },
    ),
    { name: "Lutz Weber", email: "l.weber@weber-kaelte.example", title: "Geschäftsführer" },
    [],
  ],
];

describe("who the lead is, and their fields, in the causes of the blind who8 set", () => {
  test.each([...noteRedirects, ...handovers, ...writtenFor])("%s", (_why, input, expected, absent) => {
    const r = extractLeadFromEmail(input, ctx);
    expect(r.lead).toMatchObject(expected);
    for (const f of absent) expect(r.lead[f]).toBeUndefined();
  });
});
