// The general causes behind the who-is-the-lead misses of the who23 set, in fresh wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A relative writes for a family member and tells the reader to reach them: that member, at the address given. */
const relativeWritesFor: Case[] = [
  [
    'hu: "a feleségem, X nevében írok … őt hívják" — the wife (possessive suffix), not the husband who writes',
    inbound(
      "Szabó Péter <peter.szabo@levelezo.example>",
      "Kutyakozmetika",
      "Jó napot!\n\nA feleségem, Szabó Anna nevében írok: a kutyánkat szeretnénk nyíratni. Kérem, őt hívják: 06 20 555 0188, vagy írjanak neki: anna.sz@levelezo.example.\n\nÜdvözlettel:\nSzabó Péter\n",
    ),
    { name: "Szabó Anna", email: "anna.sz@levelezo.example" },
    [],
  ],
  [
    'el: "ο γιος μου, X … καλέστε τον" — the son (possessive after the noun), his address after the cue in Latin script',
    inbound(
      "Μαρία Αλεξίου <maria.alx@taxydromeio.example>",
      "Επισκευή στέγης",
      "Καλημέρα σας,\n\nΟ γιος μου, Νίκος Αλεξίου, χρειάζεται επισκευή στη στέγη του σπιτιού του. Καλέστε τον στο 69 5555 0133 ή γράψτε στο nikos.a88@taxydromeio.example για ραντεβού.\n\nΕυχαριστώ,\nΜαρία Αλεξίου\n",
    ),
    { name: "Νίκος Αλεξίου", email: "nikos.a88@taxydromeio.example" },
    [],
  ],
  [
    'en: "my daughter, X … call her on … or at …" — an address that does not spell her name is still hers',
    inbound(
      "Graham Cole <graham.cole@homemail.example>",
      "Piano tuning",
      "Hello,\n\nI'm writing for my daughter, Amy Cole, who has just moved into a flat with an old upright. Please call her on 416-555-0147 or at bluefinch88@homemail.example to book a visit.\n\nThanks,\nGraham\n",
    ),
    { name: "Amy Cole", email: "bluefinch88@homemail.example" },
    [],
  ],
  [
    "en: the writer's own address after the cue (\"or email me at …\") is never the relative's",
    inbound(
      "Graham Cole <graham.cole@homemail.example>",
      "Piano tuning",
      "Hello,\n\nI'm writing for my daughter, Amy Cole. Please ring her on 416-555-0147 or email me at graham.cole@homemail.example.\n\nThanks,\nGraham\n",
    ),
    { name: "Amy Cole" },
    ["email"],
  ],
];

/** An assistant writes on behalf of a principal whose name follows an engineer's or architect's honorific. */
const honorificBeforePrincipal: Case[] = [
  [
    'pt: "em nome do Eng. X" — the engineer, reached at the address the text gives, not the secretary',
    inbound(
      "Marta Lopes <secretaria@fontes-obras.example>",
      "Pedido de orçamento",
      "Bom dia,\n\nEscrevo em nome do Eng. Tiago Fontes, que pretende um orçamento para caixilharia. Agradeço que o contactem diretamente para tiago.fontes@fontes-obras.example.\n\nCumprimentos,\nMarta Lopes\nSecretariado\n",
    ),
    { name: "Tiago Fontes", email: "tiago.fontes@fontes-obras.example" },
    [],
  ],
  [
    'es: "en nombre del Arq. X" — the architect, not the office that writes',
    inbound(
      "Oficina Ibarra <oficina@estudio-ibarra.example>",
      "Presupuesto de carpintería",
      "Buenos días:\n\nLe escribo en nombre del Arq. Martín Ibarra, que necesita presupuesto para unas puertas de roble. Por favor, escríbale a martin.ibarra@estudio-ibarra.example.\n\nSaludos,\nLaura Gómez\n",
    ),
    { name: "Martín Ibarra", email: "martin.ibarra@estudio-ibarra.example" },
    [],
  ],
];

/** A customer passes on someone in prose, with a number or an address and no one copied. */
const passedOnInProse: Case[] = [
  [
    'en: "I gave her your name" (an intro cue naming nobody) then "give her a ring on …" — the one named in prose',
    inbound(
      "Pat Greer <pat.greer@homemail.example>",
      "a new customer for you",
      "Hi Jo,\n\nMy sister-in-law, Olive Brennan, has a new puppy and asked who grooms ours. I gave her your name.\n\nShe's not on email much so can you give her a ring on 416-555-0139?\n\nCheers\nPat\n416-555-0120\n",
    ),
    { name: "Olive Brennan", phone: "+14165550139" },
    ["email"],
  ],
  [
    'es: "te paso su correo: x@…" — no number, the address given after the cue',
    inbound(
      "Marta Sanz <marta.sanz@correo.example>",
      "Un contacto",
      "Hola:\n\nSoy Marta, la del tobillo. Una vecina mía, Elena Robles, necesita fisioterapia para la espalda. Te paso su correo: elena.robles@correo.example\n\nUn saludo,\nMarta\n",
    ),
    { name: "Elena Robles", email: "elena.robles@correo.example" },
    [],
  ],
  [
    'fr: "son e-mail : x@…" — the same with no number',
    inbound(
      "Luc Aubert <luc.aubert@courrier.example>",
      "Un client pour vous",
      "Bonjour,\n\nJe suis un de vos clients. Un collègue, Julien Marchand, cherche un menuisier pour sa cuisine. Voici son e-mail : julien.marchand@courrier.example\n\nBonne journée,\nLuc\n",
    ),
    { name: "Julien Marchand", email: "julien.marchand@courrier.example" },
    [],
  ],
];

describe("who the lead is in the causes of the who23 set", () => {
  test.each([...relativeWritesFor, ...honorificBeforePrincipal, ...passedOnInProse])(
    "%s",
    (_why, input, expected, absent) => {
      expectLeadOf(input, ctx, expected, absent);
    },
  );
});

describePersonFixed("who23 fixtures fixed by these causes", [
  ["son writes for his mother, phone only (hu)", "emails-who23/ha21-inbound-none-hu"],
  ["husband writes for his wife, her address after 'contact her' (el)", "emails-who23/ha23-inbound-none-el"],
  ["secretary writes 'em nome do Eng. X' (pt-PT)", "emails-who23/ha27-inbound-none-pt-PT"],
  ["neighbour: 'I gave him your name', then his number in prose (AU)", "emails-who23/ha03-intro-none"],
  ["patient passes on a colleague's address in prose, no number (es)", "emails-who23/ha06-intro-none-es"],
]);
