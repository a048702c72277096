// The general causes behind the who-is-the-lead misses of the retired final6/final7 sets, in fresh wordings and layouts.
import path from "node:path";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { fixtureMisses } from "../../helpers/fixture-table";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Mon, 7 Dec 2026 09:30:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, subject = "Quote") =>
  forwardedMessage("Fri, 4 Dec 2026 09:00", from, body, { subject });

/** fr, es, it, pt merge "de" with the article before a title: "em nome da Dra.", "de la part du Dr", "en nombre del". */
const writtenForMerged: Case[] = [
  [
    'pt: "Escrevo em nome da Dra. Inês Carvalho" from the front desk: Inês, at her own address written in the text',
    inbound(
      "Clínica Vale Verde <recepcao@valeverde-clinica.example>",
      "Pedido de proposta",
      "Bom dia,\n\nEscrevo em nome da Dra. Inês Carvalho, diretora da clínica. Ela gostaria de receber uma proposta para a limpeza do consultório.\n\nO e-mail dela é ines.carvalho@valeverde-clinica.example.\n\nCumprimentos,\nJoana Reis\nReceção",
    ),
    { name: "Inês Carvalho", email: "ines.carvalho@valeverde-clinica.example" },
    [],
  ],
  [
    'fr: "de la part du Dr Julien Roche" from an assistant: the doctor, at the address written for him',
    inbound(
      "Accueil Cabinet Roche <accueil@cabinet-roche.example>",
      "Demande de devis",
      "Bonjour,\n\nJe vous écris de la part du Dr Julien Roche, qui souhaite un devis pour l'entretien du cabinet. Vous pouvez le joindre directement : j.roche@cabinet-roche.example.\n\nBien cordialement,\nSophie Martin\nAccueil",
    ),
    { name: "Julien Roche", email: "j.roche@cabinet-roche.example" },
    [],
  ],
];

/** A phone service's voicemail mailbox named in its UI's language ("Buzón", "Boîte vocale"), caller named in full. */
const voicemail: Case[] = [
  [
    'es: "TelNube Buzón" notice: the caller of the "De:" line in full, never the mailbox',
    inbound(
      "TelNube Buzón <buzon@telnube.example>",
      "Nuevo mensaje de voz",
      'Tiene un nuevo mensaje de voz.\n\nDe: Lucía Ortega Pérez (+34 655 501 777)\nDuración: 0:31\n\nTranscripción:\n"Hola, soy Lucía Ortega, de Carpintería Ortega. Necesito un presupuesto. Llámeme a este móvil."',
    ),
    { name: "Lucía Ortega Pérez", phone: "+34655501777" },
    ["email"],
  ],
  [
    'fr: "Boîte vocale" notice: the caller who speaks, never the mailbox',
    inbound(
      "Boîte vocale Standard <standard@phonio.example>",
      "Nouveau message vocal",
      'Vous avez un nouveau message.\n\nDe : Hugo Lambert (06 39 98 00 41)\n\nTranscription :\n"Bonjour, c\'est Hugo Lambert de Menuiserie Lambert, rappelez-moi au 06 39 98 00 41."',
    ),
    { name: "Hugo Lambert", phone: "+33639980041" },
    ["email"],
  ],
];

/** The owner's note names who decides after the role ("the person who signs off is …") or says whose decision it is. */
const decides: Case[] = [
  [
    'en: "Ben is the office guy - the one who decides is his boss, Clara Voss (clara@…)": Clara, not Ben',
    note(
      "Ben is the office guy - the one who decides is his boss, Clara Voss (clara@vossprint.example, 303-555-0148).",
      fwd(
        "Ben Ward <ben@vossprint.example>",
        "Hi, how much for new signage out front?\n\nBen\nVoss Print Works",
      ),
    ),
    {
      name: "Clara Voss",
      email: "clara@vossprint.example",
      phone: "+13035550148",
      company: "Voss Print Works",
    },
    [],
  ],
  [
    'de: "wer entscheidet, ist ihre Chefin, Petra Lang": Petra, not the writer named before the role',
    note(
      "Jonas ist nur der Hausmeister, wer entscheidet, ist seine Chefin, Petra Lang (p.lang@lang-bau.example).",
      fwd(
        "Jonas Berg <j.berg@lang-bau.example>",
        "Hallo, was kostet die Reinigung der Halle?\n\nJonas\nLang Bau GmbH",
      ),
    ),
    { name: "Petra Lang", email: "p.lang@lang-bau.example" },
    [],
  ],
  [
    'en: "the decision is Dr. Omar Haddad\'s, he owns the practice": Omar at the address the note gives, not the desk',
    note(
      "From their receptionist, but the decision is Dr. Omar Haddad's, he owns the practice. His email is ohaddad@haddad-vet.example.",
      fwd(
        "Front Desk <desk@haddad-vet.example>",
        "Hi, we need a quote for cleaning.\n\nThanks,\nAmy\nHaddad Vet Clinic",
      ),
    ),
    { name: "Omar Haddad", email: "ohaddad@haddad-vet.example" },
    [],
  ],
  [
    'es: "la decisión es de Marta Gil": Marta at the address the note gives, not the desk',
    note(
      "Lo mandó la recepción, pero la decisión es de Marta Gil. Su correo es marta.gil@gil-optica.example.",
      fwd(
        "Recepción <recepcion@gil-optica.example>",
        "Hola, queremos un presupuesto.\n\nGracias,\nÓptica Gil",
      ),
    ),
    { name: "Marta Gil", email: "marta.gil@gil-optica.example" },
    [],
  ],
];

/** A sign-off of the first name alone over a company line, and a quoted nickname the writer signs with. */
const signedNames: Case[] = [
  [
    'en: "Kyle" over "Harbor Brewing Co.": the company under a first-name sign-off',
    inbound(
      "Tom Reyes <tom@harborbrew.example>",
      "Sign",
      "What would a lit sign run?\n\nTom\nHarbor Brewing Co.",
    ),
    { name: "Tom Reyes", company: "Harbor Brewing Co." },
    [],
  ],
  [
    'de: "Lena" over "Kraus Metallbau GmbH": the company under a first-name sign-off',
    inbound(
      "Lena Kraus <lena@kraus-metall.example>",
      "Angebot",
      "Was kostet ein neues Schild?\n\nLena\nKraus Metallbau GmbH",
    ),
    { name: "Lena Kraus", company: "Kraus Metallbau GmbH" },
    [],
  ],
  [
    'en: \'"Margaret \\"Peg\\" Olsen"\' signing "Peg Olsen": the name she goes by',
    inbound(
      '"Margaret \\"Peg\\" Olsen" <peg@olsen-farm.example>',
      "Fence",
      "Can you fix a fence?\n\nThanks,\nPeg Olsen\nOlsen Farm",
    ),
    { name: "Peg Olsen" },
    [],
  ],
  [
    'en: \'"Margaret \\"Peg\\" Olsen"\' signing her full name: the full name stays',
    inbound(
      '"Margaret \\"Peg\\" Olsen" <peg@olsen-farm.example>',
      "Fence",
      "Can you fix a fence?\n\nThanks,\nMargaret Olsen\nOlsen Farm",
    ),
    { name: "Margaret Olsen" },
    [],
  ],
];

describe("who the lead is in the causes of the retired final6/final7 who-blocks", () => {
  test.each([...writtenForMerged, ...voicemail, ...decides, ...signedNames])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});

/** The fixtures these causes fixed (their folders also hold blocks other fixers own, so no whole-folder table here). */
const fixed: [why: string, file: string][] = [
  ['front desk writing "em nome da Dra." (pt)', "emails-final6/d13-inbound-gmail-pt"],
  ['voicemail mailbox "Buzón", caller\'s full name (es)', "emails-final6/d14-inbound-none-es"],
  ["note: the person who signs off is his boss, named after the role", "emails-final7/a05-note-apple"],
  ["note: the decision is Dr. X's, he owns the practice", "emails-final7/a06-inbound-outlook"],
  ["quoted nickname signed in the nested forward", "emails-final7/a12-nested-gmail"],
];

describe("final6/final7 who-block fixtures fixed by these causes", () => {
  test.each(fixed)("%s (%s)", async (_why, file) => {
    const { bad } = await fixtureMisses(path.join(__dirname, "../../fixtures", `${file}.eml`));
    expect(bad).toEqual([]);
  });
});
