// The blind "who17" set's causes, in fresh wordings: whom a form, a directory enquiry or an assistant's mail is about.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Wed, 09 Dec 2026 09:15:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** A site's form mail names who wrote in by a "From: Name <address>" line (Contact Form 7's default template). */
const formFrom: Case[] = [
  [
    'en: WordPress Contact Form 7 "From: Name <address>" line: that name and address, not the site',
    inbound(
      "Cedar Hill Dental <wordpress@cedarhill.example>",
      'Cedar Hill Dental "Whitening question"',
      "From: Owen Pratt <owen.pratt@mailbox.example>\nPhone: (614) 555-0131\nSubject: Whitening question\n\nMessage Body:\nDo you offer whitening for over-60s?\n\n--\nThis e-mail was sent from a contact form on Cedar Hill Dental (https://cedarhill.example)",
      { replyTo: "Owen Pratt <owen.pratt@mailbox.example>" },
    ),
    { name: "Owen Pratt", email: "owen.pratt@mailbox.example", phone: "+16145550131" },
    [],
  ],
  [
    'de: the German template "Von: Name <Adresse>", "Betreff:", "Nachrichtentext:"',
    inbound(
      "Malerbetrieb Kranz <wordpress@maler-kranz.example>",
      'Malerbetrieb Kranz "Angebot Treppenhaus"',
      "Von: Sabine Ortlieb <s.ortlieb@postfach.example>\nTelefon: 0171 5550123\nBetreff: Angebot Treppenhaus\n\nNachrichtentext:\nWir brauchen ein Angebot für unser Treppenhaus, vier Etagen.\n\n--\nDiese E-Mail wurde von einem Kontaktformular von Malerbetrieb Kranz gesendet",
    ),
    { name: "Sabine Ortlieb", email: "s.ortlieb@postfach.example" },
    [],
  ],
];

/** A form filled in for a child names the parent who is the contact; a directory's enquiry names its requester. */
const formContacts: Case[] = [
  [
    'en: Google Forms enrolment, "Student name" then "Parent / guardian": the parent',
    inbound(
      "Google Forms <forms-receipts-noreply@forms.example>",
      "New response: Summer swim club",
      "Student name\nNoah Brennan (7)\n\nParent / guardian\nAoife Brennan\n\nEmail\naoife.b@homemail.example\n\nPhone\n(503) 555-0172\n",
    ),
    { name: "Aoife Brennan", email: "aoife.b@homemail.example", phone: "+15035550172" },
    [],
  ],
  [
    'sv: "Elevens namn" then "Vårdnadshavare: …": the guardian',
    inbound(
      "Formulär <noreply@formular.example>",
      "Nytt svar: Gitarrkurs",
      "Elevens namn: Elsa Berg\nVårdnadshavare: Johan Berg\nE-post: johan.berg@brevlada.example\n",
    ),
    { name: "Johan Berg", email: "johan.berg@brevlada.example" },
    [],
  ],
  [
    'cs: a directory relay\'s "Zadavatel: Ing. …" is the requester, without the degree',
    inbound(
      "Katalog Remesel <noreply@katalog-remesel.example>",
      "Nová poptávka: rekonstrukce koupelny",
      "Dobrý den,\n\nmáte novou poptávku.\n\nZadavatel: Ing. Jana Nováková\nE-mail: novakova@stavby-jih.example\nTelefon: 602 555 118\n\nNa tento e-mail neodpovídejte.",
    ),
    { name: "Jana Nováková", email: "novakova@stavby-jih.example" },
    [],
  ],
  [
    'de: a marketplace\'s "Ansprechpartner: …" is the person to reach',
    inbound(
      "Auftragsportal <noreply@auftragsportal.example>",
      "Neue Anfrage",
      "Neue Anfrage über das Portal\n\nFirma: Holzbau Lenz GmbH\nAnsprechpartner: Tobias Lenz\nE-Mail: t.lenz@holzbau-lenz.example\n",
    ),
    { name: "Tobias Lenz", email: "t.lenz@holzbau-lenz.example", company: "Holzbau Lenz GmbH" },
    [],
  ],
  [
    "da: a Danish form's eight-digit number is Danish (+45), not Norwegian",
    inbound(
      "Formular <noreply@formularer.example>",
      "Ny besvarelse: Sangkor",
      "Formularen har modtaget en ny besvarelse.\n\nNavn\nLise Holm\n\nTelefon\n55 50 17 42\n\nHvornår passer det bedst?\nMandag efter kl. 16, meget gerne\n",
    ),
    { name: "Lise Holm", phone: "+4555501742" },
    [],
  ],
];

/** An assistant writing for someone who is not copied and has no address written: that person, by name. */
const writtenForByName: Case[] = [
  [
    'pt: "Escrevo em nome do Dr. …", his mobile in the text: him, not the assistant who signs',
    inbound(
      "Beatriz Faria <beatriz.faria@faria-lemos.example>",
      "Pedido de orçamento",
      "Bom dia,\n\nEscrevo em nome do Dr. Rui Tavares, que gostaria de um orçamento para a remodelação da cozinha. Pode contactá-lo pelo telemóvel 912 555 334.\n\nCumprimentos,\n\nBeatriz Faria\nAssistente\nFaria & Lemos Consultores\nTel.: 213 555 980",
    ),
    { name: "Rui Tavares", company: "Faria & Lemos Consultores" },
    ["email"],
  ],
  [
    'en: "I\'m writing on behalf of Ms Nadia Corr" from her office manager: Nadia, not the manager',
    inbound(
      "Leo Grant <leo.grant@corrpartners.example>",
      "Office refit quote",
      "Hello,\n\nI'm writing on behalf of Ms Nadia Corr, who would like a quote for refitting our meeting rooms in January.\n\nBest regards,\nLeo Grant\nOffice Manager\nCorr Partners LLP",
    ),
    { name: "Nadia Corr", company: "Corr Partners LLP" },
    ["email"],
  ],
  [
    "en: a delegate sending from the principal's own mailbox keeps the principal's address",
    inbound(
      "Owen Blake <owen@blakefreight.example>",
      "Warehouse lighting",
      "Good morning,\n\nI am writing on behalf of Owen Blake, who would like a quote for warehouse lighting.\n\nKind regards,\nMia Ross\nAssistant to Owen Blake",
    ),
    { name: "Owen Blake", email: "owen@blakefreight.example" },
    [],
  ],
];

/** A department's shared mailbox names the person to deal with and their own address in its text: that person. */
const deskContacts: Case[] = [
  [
    'it: "Ufficio Acquisti" names its technical contact with his address in prose: him, not the desk',
    inbound(
      "Ufficio Acquisti <acquisti@cartiere-lario.example>",
      "Richiesta di offerta",
      "Spett.le Fornitore,\n\nrichiediamo un'offerta per 10 licenze. Per le domande tecniche il referente è la Dott.ssa Giulia Ferri, giulia.ferri@cartiere-lario.example, tel. 031 555 0192.\n\nDistinti saluti\n\nUfficio Acquisti\nCartiere del Lario S.r.l.",
    ),
    { name: "Giulia Ferri", email: "giulia.ferri@cartiere-lario.example" },
    [],
  ],
  [
    'en: a "Purchasing Team" mailbox that names the engineer to call: the engineer',
    inbound(
      "Purchasing Team <purchasing@delmarfoods.example>",
      "RFQ: conveyor maintenance",
      "Hello,\n\nPlease quote for the annual maintenance of our two conveyor lines. Site questions go to our plant engineer, Victor Osei (victor.osei@delmarfoods.example).\n\nRegards,\nPurchasing Team\nDelmar Foods Inc.",
    ),
    { name: "Victor Osei", email: "victor.osei@delmarfoods.example" },
    [],
  ],
  [
    "en: a person's own mailbox naming a colleague's address is still the person's",
    inbound(
      "Hannah Price <hannah.price@delmarfoods.example>",
      "RFQ: conveyor maintenance",
      "Hello,\n\nPlease quote for the maintenance of our conveyor lines; copy my colleague Victor Osei (victor.osei@delmarfoods.example) on the site details.\n\nRegards,\nHannah Price\nBuyer\nDelmar Foods Inc.",
    ),
    { name: "Hannah Price", email: "hannah.price@delmarfoods.example" },
    [],
  ],
];

/** A live-chat widget's transcript from its "transcripts@" mailbox: the visitor, from the website, no referrer. */
const chatTranscripts: Case[] = [
  [
    "en: a chat widget's transcript: the visitor with the phone they typed, source Website, not the widget",
    inbound(
      "ChatDesk <transcripts@chatdesk.example>",
      "Transcript: chat with Ruth Ames",
      "Transcript of the chat on your website\n\nVisitor: Ruth Ames\nEmail: ruth.ames@mailbox.example\nPhone: (720) 555-0139\nOperator: Sam\n\n[10:02] Ruth Ames: Hi, do you fit kitchens in Boulder?\n[10:03] Sam: We do! Can we call you?\n[10:04] Ruth Ames: Yes please, after 5pm.\n\n--\nSent automatically by ChatDesk",
    ),
    { name: "Ruth Ames", email: "ruth.ames@mailbox.example", phone: "+17205550139", source: "Website" },
    [],
  ],
  [
    'pt-PT: "Transcrição da conversa do chat do site", "comprámos": the visitor, a Portuguese mobile, source Website',
    inbound(
      "ChatDesk <transcripts@chatdesk.example>",
      "Transcrição: conversa com Inês Rocha",
      "Transcrição da conversa do chat do site\n\nVisitante: Inês Rocha\nE-mail: ines.rocha@correio.example\nTelefone: 913 555 207\nOperador: Rui\n\n[11:10] Inês Rocha: Boa tarde, comprámos um apartamento e queremos remodelar a cozinha\n[11:12] Rui: Boa tarde! Podemos ligar-lhe amanhã?\n[11:13] Inês Rocha: Sim, obrigada\n",
    ),
    { name: "Inês Rocha", email: "ines.rocha@correio.example", phone: "+351913555207", source: "Website" },
    ["company"],
  ],
];

/** An assistant's signature gives the firm's site: the principal's too when it is their own address's domain. */
const assistantsSite: Case[] = [
  [
    "en: an office manager writes for the copied managing director: his firm's site from her signature",
    inbound(
      "Nia Cole <office@ashgrove-survey.example>",
      "Fleet servicing",
      "Good afternoon,\n\nI'm writing on behalf of our managing director, Paul Irving (copied). Could you send him your fleet rates?\n\nMany thanks,\n\nNia Cole\nOffice Manager\nAshgrove Surveying LLP\nwww.ashgrove-survey.example",
      { cc: "Paul Irving <paul.irving@ashgrove-survey.example>" },
    ),
    { name: "Paul Irving", email: "paul.irving@ashgrove-survey.example", website: "ashgrove-survey.example" },
    [],
  ],
  [
    "de: \"im Auftrag von Herrn Dr. …\" (in Kopie): the site in the assistant's signature is his firm's",
    inbound(
      "Lena Maier <sekretariat@kanzlei-roth.example>",
      "Anfrage Übersetzung",
      "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Felix Roth (in Kopie) bitte ich um ein Angebot für eine beglaubigte Übersetzung.\n\nMit freundlichen Grüßen\nLena Maier\nSekretariat\nKanzlei Roth\nwww.kanzlei-roth.example",
      { cc: "Dr. Felix Roth <f.roth@kanzlei-roth.example>" },
    ),
    { email: "f.roth@kanzlei-roth.example", website: "kanzlei-roth.example" },
    [],
  ],
];

describe("Whom a form, a directory enquiry or an assistant's mail is about (blind who17 set's causes)", () => {
  test.each([
    ...formFrom,
    ...formContacts,
    ...writtenForByName,
    ...deskContacts,
    ...chatTranscripts,
    ...assistantsSite,
  ])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});
