// A sender forwarding their own unanswered mail again is the lead; a Croatian signature's national number is Croatian.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'en (Yahoo "----- Forwarded Message -----"): the sender chases their own earlier mail to the owner: them, with their signature',
    inbound(
      "Nalini Rao <nalini.rao@mail.example>",
      "Fw: Banner printing",
      `Dear Sir,\n\nForwarding my earlier mail again as I have not got any reply.\n\nRegards,\nNalini\n\n----- Forwarded Message -----\nFrom: Nalini Rao <nalini.rao@mail.example>\nTo: ${OWNER}\nSent: Monday, 30 November, 2026 at 10:02:11 am IST\nSubject: Banner printing\n\nDear Sir/Madam,\n\nWe need 40 vinyl banners. Please send a quotation.\n\nThanks & Regards,\nNalini Rao\nAdmin Manager\nLotus Schools Trust\nMob: +91 98555 01311\n`,
    ),
    {
      name: "Nalini Rao",
      email: "nalini.rao@mail.example",
      phone: "+919855501311",
      title: "Admin Manager",
      company: "Lotus Schools Trust",
    },
  ],
  [
    'es (Gmail "Forwarded message"): "Le reenvío mi correo anterior": the sender, not nobody',
    inbound(
      "Jorge Salas <jorge.salas@correo.example>",
      "Fwd: Presupuesto jardín",
      `Buenos días,\n\nle reenvío mi correo anterior, no he recibido respuesta.\n\nJorge\n\n---------- Forwarded message ---------\nDe: Jorge Salas <jorge.salas@correo.example>\nDate: lun, 30 nov 2026 a las 9:15\nSubject: Presupuesto jardín\nTo: ${OWNER}\n\nHola,\nnecesito presupuesto para un jardín de 80 m2.\n\nSaludos,\nJorge Salas\n`,
    ),
    { name: "Jorge Salas", email: "jorge.salas@correo.example" },
  ],
  [
    "en: a colleague forwarding their own sent mail (to a customer, not the owner) still gives the customer",
    inbound(
      "Sam Colleague <sam@owner-co.example.com>",
      "Fwd: Your quote",
      "FYI, sent this yesterday.\n\n---------- Forwarded message ---------\nFrom: Sam Colleague <sam@owner-co.example.com>\nDate: Sun, 6 Dec 2026 09:15:00 +0000\nSubject: Your quote\nTo: Dora Penn <dora.penn@mail.example>\n\nHi Dora, the quote is attached.\n\nSam\n",
    ),
    { name: "Dora Penn", email: "dora.penn@mail.example" },
  ],
  [
    'hr: "Mob: 091 555 2040" under Croatian mail ("Poštovani", "Lijep pozdrav") is a Croatian mobile, not Galway',
    inbound(
      "Luka Horvat <luka.horvat@posta.example>",
      "Upit",
      "Poštovani,\n\nzanima nas ponuda za čišćenje ureda. Molim ponudu do petka.\n\nLijep pozdrav,\nLuka Horvat\nMob: 091 555 2041\n",
    ),
    { name: "Luka Horvat", phone: "+385915552041" },
  ],
  [
    'es: signed "Gracias, / Trini" under "Trinidad Osorio": the short first name is no company',
    inbound(
      "Maribel Ortega <maribel.ortega@correo.example>",
      "Re: Presupuesto",
      "Hola, le contesto: mejor el móvil, 639 555 217.\n\nGracias,\nMari\n",
    ),
    { name: "Maribel Ortega", email: "maribel.ortega@correo.example" },
  ],
  [
    'en: signed "Cheers, / Alex" under "Alexander Berg": the name, no company',
    inbound(
      "Alexander Berg <alex.berg@mail.example>",
      "Deck quote",
      "Hi, can you quote a 20m2 deck?\n\nCheers,\nAlex\n",
    ),
    { name: "Alexander Berg", email: "alex.berg@mail.example" },
  ],
];

describe("who a chain's sender is, and where their number is from", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    const lead = extractLeadFromEmail(input, OWNER_CTX).lead;
    expect(lead).toMatchObject(expected);
    if (!expected.company) expect(lead.company).toBeUndefined();
  });
});
