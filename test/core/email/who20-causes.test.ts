// The general causes behind the who-is-the-lead misses of the who20 set, in fresh wordings, languages and layouts.
import path from "node:path";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { fixtureMisses } from "../../helpers/fixture-table";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 -0500");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A colleague's note over a forward inside the business (Gmail's forward line). */
const colleagueForward = (noteText: string, from: string, cc: string, body: string, subject = "Fwd: Quote") =>
  inbound(
    "Kim Ash <kim@owner-co.example.com>",
    subject,
    `${noteText}\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Mon, 7 Dec 2026\nSubject: Quote\nTo: <info@owner-co.example.com>\n${cc ? `Cc: ${cc}\n` : ""}\n${body}`,
  );

/** The colleague's note names whom to call: the owner, by role, or by first name at a clause's start (nl "Bel X"). */
const noteNamesWhomToCall: Case[] = [
  [
    'en: "ring the owner, X, on …" — X is only copied on the manager\'s mail; the note\'s number beside the name is theirs',
    colleagueForward(
      "Skip the office manager - ring the owner, Dana Frost, on 416-555-0188. She's copied below.\n\nKim",
      "Reggie Holt <reggie@frost-dental.example>",
      "Dana Frost <dana@frost-dental.example>",
      "Hello,\n\nWe need a quote for the clinic's windows.\n\nRegards,\nReggie Holt\nOffice Manager\nFrost Dental Ltd\nT 905-555-0144\n",
    ),
    { name: "Dana Frost", email: "dana@frost-dental.example", phone: "+14165550188" },
    [],
  ],
  [
    'nl: "Bel Mirjam, zij regelt …" at the note\'s start names the one copied as the one to call, not the sender',
    colleagueForward(
      "Bel Mirjam, zij regelt de inkoop voor alle vestigingen.\n\nKim",
      "Joris Bakker <joris@vanrijn-hotels.example>",
      "Mirjam Smit <mirjam.smit@vanrijn-hotels.example>",
      "Goedemiddag,\n\nGraag een offerte voor 60 stoelen.\n\nMet vriendelijke groet,\nJoris Bakker\nReceptie\n",
    ),
    { name: "Mirjam Smit", email: "mirjam.smit@vanrijn-hotels.example" },
    [],
  ],
  [
    'es: "quien lleva el asunto es X (en copia)" — the one copied, not the manager who wrote',
    colleagueForward(
      "Escribe el gerente, pero quien lleva el asunto es Lucía Prieto (en copia).\n\nKim",
      "Tomás Gil <tomas@hotel-prieto.example>",
      "Lucía Prieto <lucia.prieto@hotel-prieto.example>",
      "Buenos días,\n\nNecesitamos presupuesto para 60 sillas.\n\nUn saludo,\nTomás Gil\nGerente\n",
    ),
    { name: "Lucía Prieto", email: "lucia.prieto@hotel-prieto.example" },
    [],
  ],
];

/** The writer copies someone "for information only" and keeps the matter: the writer is the lead (en, de). */
const copiedForInformation: Case[] = [
  [
    'en: "X is copied for information only - please send all correspondence to me"',
    inbound(
      "Asha Patel <asha.patel@harbour-agents.example>",
      "RFQ: repainting of the block",
      "Good morning,\n\nThe chairman, Mr Colin Reyes, is copied for information only - please send all correspondence to me.\n\nKind regards\n\nAsha Patel\nPortfolio Manager\nHarbour Agents Ltd\n",
      { cc: "Colin Reyes <colin.reyes@mail-box.example>" },
    ),
    { name: "Asha Patel", email: "asha.patel@harbour-agents.example" },
    [],
  ],
  [
    'de: "Herr X ist in Kopie zur Kenntnis" — the writer keeps the matter',
    inbound(
      "Petra Lang <p.lang@hausverwaltung-lang.example>",
      "Angebot Dachsanierung",
      "Guten Tag,\n\nHerr Vogt ist in Kopie zur Kenntnis, bitte richten Sie das Angebot an mich.\n\nMit freundlichen Grüßen\nPetra Lang\n",
      { cc: "Bernd Vogt <bernd.vogt@web-post.example>" },
    ),
    { name: "Petra Lang", email: "p.lang@hausverwaltung-lang.example" },
    [],
  ],
];

/** An introducer greeting both sides ("Dear Owner and Lena,") with the other side addressed beside the owner. */
const bothAddressed: Case[] = [
  [
    "en: an introduction addressed to the owner and the lead side by side (no Cc) introduces the other recipient",
    inbound(
      "Raj Kapoor <raj.kapoor@mail-box.example>",
      "You two should know each other? New shop sign",
      "Dear Owner and Lena,\n\nLena is opening a bakery in March and needs a shop sign. Owner, you did my garage sign.\n\nRegards,\nRaj Kapoor\n",
      { to: `${OWNER}, Lena Brandt <lena@brandt-bakery.example>` },
    ),
    { name: "Lena Brandt", email: "lena@brandt-bakery.example" },
    [],
  ],
];

/** Answering services' and forms' labels in Cyrillic and Chinese; a Ukrainian text's numbers are Ukraine's. */
const otherScriptLabels: Case[] = [
  [
    'uk: an answering service\'s slip ("Телефонувала:", "Компанія:", "Номер для зворотного зв\'язку:") — read as Ukraine',
    inbound(
      "Call Desk <messages@calldesk-service.example>",
      "Нове повідомлення",
      "Наш оператор прийняла дзвінок для вашої компанії.\n\nТелефонувала: Марія Шевчук\nКомпанія: пекарня «Колос»\nНомер для зворотного зв'язку: 044 555 02 17\n",
    ),
    { name: "Марія Шевчук", phone: "+380445550217", company: "пекарня «Колос»" },
    [],
  ],
  [
    'ru: a site form ("Имя:", "Телефон:", "Компания:")',
    inbound(
      "Сайт <noreply@site-forms.example>",
      "Новая заявка с сайта",
      "Новая заявка.\n\nИмя: Иван Орлов\nТелефон: +7 495 555-01-23\nКомпания: Орлов и партнёры\n",
    ),
    { name: "Иван Орлов", phone: "+74955550123", company: "Орлов и партнёры" },
    [],
  ],
  [
    'zh-TW: a form ("姓名：", "手機：", "公司：")',
    inbound(
      "網站表單 <noreply@site-forms.example>",
      "新的詢價",
      "您收到一則新的詢價。\n\n姓名：王小明\n手機：0912-555-678\n公司：明光設計\n",
    ),
    { name: "王小明", phone: "+886912555678", company: "明光設計" },
    [],
  ],
];

/** Who writes for whom: a relative named by first name then in full with a number; a principal's title after the name. */
const writtenForOthers: Case[] = [
  [
    'en: "I\'m writing for my wife, Julie … please call her - Julie Marsh, 555-0142": the wife, by the number, not the writer',
    inbound(
      "Tom Marsh <tom.marsh@mail-box.example>",
      "Piano lessons",
      "Hello,\n\nI'm writing for my wife, Julie, who would like piano lessons. Please call her - Julie Marsh, 212-555-0142. She is home most afternoons.\n\nThanks,\nTom Marsh\n",
    ),
    { name: "Julie Marsh", phone: "+12125550142" },
    ["email"],
  ],
  [
    'fr: "j\'écris pour mon mari, Paul … appelez-le : Paul Girard, 06 …" — the husband, a French mobile',
    inbound(
      "Claire Girard <claire.girard@courriel.example>",
      "Accordage du piano",
      "Bonjour,\n\nJ'écris pour mon mari, Paul, qui n'utilise pas le courriel. Merci de l'appeler pour fixer un rendez-vous, appelez-le : Paul Girard, 06 55 50 12 34.\n\nCordialement,\nClaire Girard\n",
    ),
    { name: "Paul Girard", phone: "+33655501234" },
    ["email"],
  ],
  [
    'en: "on behalf of Ms Dana Reyes, our Managing Director, who …": her title, from the words after her name',
    inbound(
      "Ivy Chen <ivy.chen@reyes-foods.example>",
      "Enquiry on behalf of Ms Reyes",
      "Dear Sir/Madam,\n\nI am writing on behalf of Ms Dana Reyes, our Managing Director, who would like a quote for solar panels. Kindly contact her at dana.reyes@reyes-foods.example.\n\nBest regards,\nIvy Chen\nPersonal Assistant\nReyes Foods Pte Ltd\n",
    ),
    { name: "Dana Reyes", email: "dana.reyes@reyes-foods.example", title: "Managing Director" },
    [],
  ],
  [
    'en: "She\'s expecting your call - Mrs X, mobile …" from a letting agent names the tenant: the lead, a referral',
    inbound(
      "Elm Lettings <lettings@elm-lettings.example>",
      "Boiler repair - Flat 3",
      "Morning,\n\nThe tenant at Flat 3 has no hot water. She's expecting your call - Mrs Joan Pike, mobile 07700 900233.\n\nThanks,\nSam\n\nSam Rees\nLettings Negotiator\nElm Lettings Ltd\nT: 020 7946 0999\n",
    ),
    { name: "Joan Pike", phone: "+447700900233", source: "Referral: Elm Lettings" },
    ["email", "company"],
  ],
];

/** A site chat's log in other languages is a website enquiry; a pt signature's "Enfermeira-chefe, Hospital X" line. */
const chatLogsAndTitles: Case[] = [
  [
    'nb: a chat widget\'s "Chat-logg" with "Besøkende:" — the visitor, source Website',
    inbound(
      "Pratboks <noreply@chat.pratboks.example>",
      "Chat-logg: besøkende på nettstedet",
      "Chat-logg fra nettstedet\n\nBesøkende: Kari Nordmann\nE-post: kari.nordmann@epost.example\n\n[10:01] Kari Nordmann: Hei! Har dere ledig time?\n",
    ),
    { name: "Kari Nordmann", email: "kari.nordmann@epost.example", source: "Website" },
    [],
  ],
  [
    'de: a chat widget\'s "Chatprotokoll" with "Besucher:" — the visitor, source Website',
    inbound(
      "Chatdienst <noreply@chat.dienst.example>",
      "Chatprotokoll vom 4.12.",
      "Chatprotokoll\n\nBesucher: Jonas Weber\nE-Mail: jonas.weber@post.example\n\n[10:01] Jonas Weber: Hallo, haben Sie morgen Zeit?\n",
    ),
    { name: "Jonas Weber", email: "jonas.weber@post.example", source: "Website" },
    [],
  ],
  [
    'pt: a signature line "Enfermeira-chefe, Hospital X" gives the title and the company apart',
    inbound(
      "Rita Matos <rita.matos@correio.example>",
      "Aulas de ioga",
      "Boa tarde,\n\nGostaria de saber os horários das aulas de ioga.\n\nObrigada,\nRita Matos\nEnfermeira-chefe, Hospital de São Brás\n",
    ),
    { name: "Rita Matos", title: "Enfermeira-chefe", company: "Hospital de São Brás" },
    [],
  ],
];

describe("who the lead is in the causes of the who20 set", () => {
  test.each([
    ...noteNamesWhomToCall,
    ...copiedForInformation,
    ...bothAddressed,
    ...otherScriptLabels,
    ...writtenForOthers,
    ...chatLogsAndTitles,
  ])(
    "%s",
    (_why, input, expected, absent) => {
      expectLeadOf(input, ctx, expected, absent);
    },
  );
});

/** The who20 fixtures these causes fixed (other fields of the set may still miss). */
const fixed: [why: string, file: string][] = [
  ["colleague's note: the one who handles it is copied (es)", "emails-who20/gx14-inbound-gmail-es"],
  ["colleague's note: 'Bel Sanne' — the planner who wrote, not the couple copied (nl)", "emails-who20/gx15-inbound-outlook-nl"],
  ["managing agent copies the chairman for information only (ZA)", "emails-who20/gx22-signature-none-en"],
  ["answering service's slip in Ukrainian", "emails-who20/gx29-inbound-none-uk"],
  ["letting agent: 'She's expecting your call - Mrs X' (GB)", "emails-who20/gx01-intro-none-en"],
  ["PA writing for 'Mr X, our Director' (SG)", "emails-who20/gx19-signature-none-en"],
  ["wife emailing for her husband, phone only (GB)", "emails-who20/gx21-signature-none-en"],
  ["site chat log in Norwegian", "emails-who20/gx30-inbound-none-nb"],
];

describe("who20 fixtures fixed by these causes", () => {
  test.each(fixed)("%s (%s)", async (_why, file) => {
    const { bad } = await fixtureMisses(path.join(__dirname, "../../fixtures", `${file}.eml`));
    expect(bad).toEqual([]);
  });
});
