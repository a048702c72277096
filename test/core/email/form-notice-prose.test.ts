// A site builder's form notice: a form (Website), even under the customer's name with their Reply-To, and the number
// the customer writes in the message when the form has no phone field.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");

const CASES: [why: string, input: EmailInput, expected: Partial<Lead>][] = [
  [
    '"Maria Santos via Squarespace" <form-submission@…> with her Reply-To is a form notice, not a list post: Website, and her number from the message',
    inbound(
      "Maria Santos via Squarespace <form-submission@sitebuilder-mail.example>",
      "Form Submission - Contact - catering for baptism",
      "Sent via form submission from Bright Catering\n\nName: Maria Santos\nEmail: maria.santos@mailbox.example\nMessage: Hi! We need a buffet for 35 people on March 8. My number is 647 555 0119.\n",
      { replyTo: "maria.santos@mailbox.example" },
    ),
    { name: "Maria Santos", email: "maria.santos@mailbox.example", phone: "+16475550119", source: "Website" },
  ],
  [
    'fr: no phone field, "mon numéro est le 06 …" in the message — that number',
    inbound(
      "Site web <wordpress@traiteur-lumiere.example>",
      "Nouveau message du formulaire de contact",
      "Nom : Élise Garnier\nE-mail : elise.garnier@courriel.example\nMessage : Bonjour, nous cherchons un traiteur pour 40 personnes. Mon numéro est le 06 55 55 01 42.\n",
    ),
    { name: "Élise Garnier", phone: "+33655550142" },
  ],
  [
    "de: the form's own footer number is not the customer's",
    inbound(
      "Website <wordpress@feinkost-adler.example>",
      "Neue Formulareingabe",
      "Name: Jonas Richter\nE-Mail: jonas.richter@post.example\nNachricht: Wir brauchen ein Buffet für 30 Personen.\n\n--\nFeinkost Adler GmbH | Tel. 030 5550 1200\n",
    ),
    { name: "Jonas Richter" },
  ],
];

describe("form notices from site builders", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
  test("a footer's number is never taken as the customer's", () => {
    expectLeadOf(CASES[2][1], OWNER_CTX, {}, ["phone"]);
  });
});
