// A colleague's note over a forward: a pronoun that decides is the writer, not the helper named next; pl "dzwonić do".
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { note } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0000");

const fwd = (from: string, body: string, cc = "") =>
  `From: ${from}\nDate: Mon, 7 Dec 2026 09:02:00 +0000\nSubject: Quote\nTo: Owner Person <owner@owner-co.example.com>\n${cc ? `Cc: ${cc}\n` : ""}\n${body}`;

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'en: "She\'s the decision maker, Tom in cc just helps her": the writer she stands for, not Tom',
    note(
      "Stable owner, see below. She's the decision maker, Tom in cc just helps her out.",
      fwd(
        "Helga Marsh <helga@marsh-stables.example>",
        "Hello,\n\nWe keep nine horses and need a yearly care plan. Tom (cc) mucks out for us.\n\nHelga Marsh\nMarsh Stables",
        "Tom Reed <tom.reed@marsh-stables.example>",
      ),
    ),
    { name: "Helga Marsh", email: "helga@marsh-stables.example" },
  ],
  [
    'de: "Sie entscheidet, Paul in Kopie hilft nur aus": the writer, not Paul',
    note(
      "Anfrage unten. Sie entscheidet, Paul in Kopie hilft nur aus.",
      fwd(
        "Ilse Brandt <ilse@brandt-hof.example>",
        "Guten Tag,\n\nwir suchen eine Gärtnerei für unseren Hof.\n\nIlse Brandt",
        "Paul Wendt <paul.wendt@brandt-hof.example>",
      ),
    ),
    { name: "Ilse Brandt", email: "ilse@brandt-hof.example" },
  ],
  [
    'en: "the one to talk to is her partner,\\nMartin Osei": a pronoun after the cue still lets the next clause name them',
    note(
      "the one to talk to is her partner,\nMartin Osei",
      fwd(
        "Ruth Osei <ruth@osei-design.example>",
        "Hi, we would like a quote.\n\nRuth",
        "Martin Osei <martin@osei-design.example>",
      ),
    ),
    { name: "Martin Osei", email: "martin@osei-design.example" },
  ],
  [
    'pl: "dzwonić do panny młodej (Ewa Nowak, tel. …)": the one the note says to call, with the number it gives',
    note(
      "Przekazuję. Agencja tylko pośredniczy, dzwonić do panny młodej (Ewa Nowak, tel. 512 555 017).",
      fwd(
        "Marta Lis <marta@agencja-slub.example>",
        "Dzień dobry,\nw imieniu mojej klientki pytam o tort na wesele we wrześniu.\n\nPozdrawiam\nMarta Lis",
      ),
    ),
    { name: "Ewa Nowak", phone: "+48512555017" },
  ],
];

describe("a forwarder's note says who the lead is", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    expect(extractLeadFromEmail(input, OWNER_CTX).lead).toMatchObject(expected);
  });
});
