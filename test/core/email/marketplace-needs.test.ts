// Marketplace notices that say in the subject who needs which service: the customer they name is the lead.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");
const notice = (subject: string, body: string) =>
  inbound("Jobs Board <no-reply@jobsboard.example>", subject, body);

const CASES: [why: string, input: EmailInput, expected: Partial<Lead>][] = [
  [
    'en: "New lead: Jessica M. needs a caterer" — the subject names her; the number is hers',
    notice(
      "New lead: Jessica M. needs a caterer",
      "You have a new lead!\n\nJessica M.\nEvent catering · 50 guests\n\nPhone: (416) 555-0166\n",
    ),
    { name: "Jessica M.", phone: "+14165550166" },
  ],
  [
    'de: "Neue Anfrage: Jonas K. braucht einen Umzugshelfer"',
    notice(
      "Neue Anfrage: Jonas K. braucht einen Umzugshelfer",
      "Sie haben eine neue Anfrage.\n\nUmzug in Leipzig, 3 Zimmer.\nTelefon: 0151 5550 2211\n",
    ),
    { name: "Jonas K." },
  ],
  [
    'es: "Nueva solicitud: Lucía Prieto necesita un fontanero"',
    notice(
      "Nueva solicitud: Lucía Prieto necesita un fontanero",
      "Tienes una nueva solicitud.\n\nReparación de una fuga en Madrid.\n",
    ),
    { name: "Lucía Prieto" },
  ],
];

describe("a marketplace's subject naming who needs a service", () => {
  test.each(CASES)("%s", (_why, input, expected) => expectLeadOf(input, OWNER_CTX, expected));
});
