// Helpdesk ticket and form notices (issue 13, blind set emails-business6): the requester in the body, not the helpdesk.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Wed, 11 Mar 2026 10:30:00 -0400");

const cases: [why: string, input: EmailInput, expected: Partial<Lead>][] = [
  [
    "en (Freshdesk-style): 'Requester: Name (address)' and the requester's signature under their message",
    inbound(
      "Quillmark Support <support@quillmark.helpdesk.example>",
      "[#5521] Quote for 12 laptops",
      "Ticket #5521 - Quote for 12 laptops\nStatus: Open | Priority: Low\n\nRequester: Rosa Kettering (rosa@ketteringvet.example)\n\nHello,\n\nWe need 12 laptops for our new branch. Can you send a quote?\n\nRosa Kettering\nPractice Manager, Kettering Veterinary Clinic\n(555) 555-0134\n\n---\nReply above this line to add a comment.\n",
    ),
    {
      name: "Rosa Kettering",
      email: "rosa@ketteringvet.example",
      title: "Practice Manager",
      company: "Kettering Veterinary Clinic",
    },
  ],
  [
    "en (Zendesk-style): an 'IT Helpdesk' sender with 'Requested by: Name <address>'",
    inbound(
      "Brightwell IT Helpdesk <desk@brightwell.example>",
      "Request received: printer lease",
      "Requested by: Omar Feld <omar.feld@feldlaw.example>\n\nWe would like to lease two printers for our office.\n",
    ),
    { name: "Omar Feld", email: "omar.feld@feldlaw.example" },
  ],
  [
    "pt: a CRM's 'Nova submissão de formulário' notice is a website inquiry",
    inbound(
      "Avisos CRM <noreply@avisos.crm.example>",
      'Nova submissão de formulário em "Contato"',
      "Nome: Tiago Mendes\nE-mail: tiago@mendes-arquitetura.example\nMensagem: Gostaria de um orçamento.\n",
    ),
    { name: "Tiago Mendes", email: "tiago@mendes-arquitetura.example", source: "Website" },
  ],
];

test.each(cases)("%s", (_why, input, expected) => {
  expect(extractLeadFromEmail(input, OWNER_CTX).lead).toMatchObject(expected);
});
