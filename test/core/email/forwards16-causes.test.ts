// Forward causes of issue 13 (emails-forwards16): T-Online's and Coremail's header labels, a school named after "de
// parte de", the owner's note wordings for how the lead came in (fi, ko, en-AU, sk, sl, ja, da, ru), a note correcting
// the signature's number, numbers read in the lead's language (sl, pt-PT) and a Greek Outlook forward of a form. Fresh data.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { sourceFromNote } from "../../../src/core/email/note";
import type { EmailInput, ExtractContext, Lead } from "../../../src/core/lead";
import { ownerInbox } from "../../helpers/owner-inbox";

const OWNER = "tilda@brightmoor-supply.example";
const ctx: ExtractContext = { ownerEmails: [OWNER], defaultRegion: "US" };

const { inbound } = ownerInbox("Wed, 2 Dec 2026 09:00:00 +0000");

/** The owner's forward as it lands in their own inbox (the shared builder, addressed to this file's owner). */
function mail(body: string, from = `Tilda Brightmoor <${OWNER}>`, subject = "Fwd: enquiry"): EmailInput {
  return inbound(from, subject, body, { to: OWNER });
}

const lines = (...l: string[]) => l.join("\n");

describe("forward headers and sign-offs the tables did not read: the prospect inside is found", () => {
  test.each<[why: string, body: string, expected: Partial<Lead>]>([
    [
      "T-Online webmail (de) labels the sender 'Absender:' and the recipient 'Empfänger:'; the From shows the firm",
      lines(
        "Bitte Angebot schicken.",
        "",
        "--- Original-Nachricht ---",
        "Absender: Gärtnerei Hollwede <t.hollwede@gaertnerei-hollwede.example>",
        "Betreff: Anfrage Pflanzkübel",
        "Datum: 01.12.2026, 10:15 Uhr",
        `Empfänger: ${OWNER}`,
        "",
        "Guten Tag, wir suchen 60 Pflanzkübel für die Saison.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Theresa Hollwede",
        "Inhaberin",
        "Gärtnerei Hollwede GmbH",
      ),
      {
        name: "Theresa Hollwede",
        email: "t.hollwede@gaertnerei-hollwede.example",
        company: "Gärtnerei Hollwede GmbH",
      },
    ],
    [
      "163/126 webmail (Coremail, zh) dates the forward '发送日期：' under '转发邮件信息'; a colleague's freemail note is no lead",
      lines(
        "刘经理：这个客户请跟进。",
        "",
        "小陈",
        "",
        "-------- 转发邮件信息 --------",
        '发件人："孙立明" <sunlm@dongsheng-jiancai.example>',
        "发送日期：2026-12-01 14:05:11",
        "收件人：sales@brightmoor-supply.example",
        "主题：询价",
        "",
        "您好！请发一份报价单。",
        "",
        "孙立明",
        "采购主管",
      ),
      { name: "孙立明", email: "sunlm@dongsheng-jiancai.example" },
    ],
    [
      "es 'te escribo de parte de la Escola de …': a school the writer works for, not a person they write for",
      lines(
        "Llamarla mañana.",
        "",
        "---------- Forwarded message ---------",
        "De: Marta Vidal <marta@escola-musica-olivera.example>",
        "Date: mar, 1 dic 2026 a las 10:02",
        "Subject: Presupuesto atriles",
        `To: <${OWNER}>`,
        "",
        "Hola, te escribo de parte de la Escola de Música Olivera. Necesitamos 30 atriles.",
        "",
        "Un saludo,",
        "",
        "Marta Vidal",
        "Directora",
        "Escola de Música Olivera",
      ),
      { name: "Marta Vidal", email: "marta@escola-musica-olivera.example" },
    ],
  ])("%s", (_why, body, expected) => {
    const lead = extractLeadFromEmail(mail(body, `Chen Wei <chen.wei@freemail.example>`), {
      ...ctx,
      ownerEmails: [OWNER, "sales@brightmoor-supply.example", "chen.wei@freemail.example"],
    }).lead;
    expect(lead).toMatchObject(expected);
  });
});

describe("the owner's note says how the lead came in, in wordings the tables did not have", () => {
  test.each<[why: string, note: string, category: string]>([
    [
      "fi compound ending in the fair word: 'Puutarhamessuilta' (from the garden fair)",
      "Puutarhamessuilta, soita.",
      "Trade show",
    ],
    ["ko '…쇼에서 만난' (met at the … show)", "서울 리빙쇼에서 만난 대표님.", "Trade show"],
    ["en (AU) 'X put them onto us'", "Greg at the club put them onto us.", "Referral"],
    ["sk 'odporučil ho X' (X recommended him)", "Odporučil ho Juraj Novák.", "Referral"],
    ["sl 'priporočil jo je X' (X recommended her)", "Priporočil jo je Janez Kos.", "Referral"],
    ["ja '紹介者：' (introduced by)", "紹介者：組合の山本さん", "Referral"],
    ["da 'via kontaktformularen' (through the contact form)", "Kom ind via kontaktformularen.", "Website"],
    [
      "ru 'через форму на сайте' (through the form on the site)",
      "Заявка пришла через форму на сайте.",
      "Website",
    ],
  ])("%s", (_why, note, category) => {
    expect(sourceFromNote(note)?.split(":")[0]).toBe(category);
  });
});

describe("the note corrects the number in the lead's signature: the corrected one is theirs", () => {
  const fwd = (note: string, mobile: string) =>
    lines(
      note,
      "",
      "---------- Forwarded message ---------",
      "From: Rosa Mendel <rosa@mendel-joinery.example>",
      "Date: Tue, 1 Dec 2026 at 10:02",
      "Subject: Quote",
      `To: <${OWNER}>`,
      "",
      "Hello, please send a quote for 40 hinges.",
      "",
      "Rosa Mendel",
      "Mendel Joinery Ltd",
      `Mobile: ${mobile}`,
    );
  test.each<[why: string, note: string, mobile: string, phone: string]>([
    [
      "it 'il cellulare in firma è sbagliato … il nuovo: …' (the signature's mobile is wrong, the new one)",
      "Il cellulare in firma è sbagliato (numero vecchio), mi ha dato il nuovo: 347 555 0166",
      "+39 347 555 0111",
      "+393475550166",
    ],
    [
      "vi 'Số di động trong chữ ký bị sai, số đúng là …' (the mobile in the signature is wrong, the right one is)",
      "Số di động trong chữ ký bị sai, số đúng là 0905 555 177.",
      "+84 905 555 111",
      "+84905555177",
    ],
    [
      "en 'the number on her signature is out of date, use …'",
      "The number on her signature is out of date, use 415-555-0177 instead.",
      "415-555-0111",
      "+14155550177",
    ],
  ])("%s", (_why, note, mobile, phone) => {
    expect(extractLeadFromEmail(mail(fwd(note, mobile)), ctx).lead.phone).toBe(phone);
  });
});

describe("a number with no country code is read in the language the lead writes", () => {
  test("sl: 'Pozdravljeni … bi potrebovali … Lep pozdrav' makes 'GSM: 041 …' a Slovenian mobile, not an Irish line", () => {
    const body = lines(
      "Poglej to.",
      "",
      "---------- Forwarded message ---------",
      "From: Petra Horvat <petra@horvat-vrtnarstvo.example>",
      "Date: Tue, 1 Dec 2026 at 10:02",
      "Subject: Povpraševanje",
      `To: <${OWNER}>`,
      "",
      "Pozdravljeni,",
      "za naš vrt bi potrebovali ponudbo za 40 korit. Prosim za odgovor.",
      "",
      "Lep pozdrav,",
      "Petra Horvat",
      "GSM: 041 555 027",
    );
    expect(extractLeadFromEmail(mail(body), ctx).lead.phone).toBe("+38641555027");
  });

  test("pt-PT: a company signed 'Lda.' (pt-BR writes 'Ltda.') makes 'Tlm. 91x …' a Portuguese mobile", () => {
    const body = lines(
      "Ligar amanhã.",
      "",
      "---------- Forwarded message ---------",
      "From: Rui Matos <rui@matos-carpintaria.example>",
      "Date: Tue, 1 Dec 2026 at 10:02",
      "Subject: Orçamento",
      `To: <${OWNER}>`,
      "",
      "Olá, envio as medidas das portas.",
      "",
      "Abraço,",
      "Rui Matos",
      "Carpintaria Matos, Lda.",
      "Tlm. 913 555 027",
    );
    expect(extractLeadFromEmail(mail(body), ctx).lead.phone).toBe("+351913555027");
  });
});

describe("Outlook in Greek: a forwarded auto-acknowledgement of the site's form gives the one who filled it in", () => {
  test("'Αποστολή:' dates the forward (Outlook el), 'Επιχείρηση:' is the form's company, 'από τη φόρμα του site' the source", () => {
    const body = lines(
      "Δες αυτό - ήρθε από τη φόρμα του site.",
      "",
      "-----Αρχικό μήνυμα-----",
      "Από: Brightmoor Supply <noreply@brightmoor-supply.example>",
      "Αποστολή: Τρίτη, 1 Δεκεμβρίου 2026 10:05 πμ",
      "Προς: k.dimou@dimou-artopoiia.example",
      "Θέμα: Λάβαμε το μήνυμά σας",
      "",
      "Σας ευχαριστούμε που επικοινωνήσατε μαζί μας.",
      "",
      "Ονοματεπώνυμο: Κώστας Δήμου",
      "Επιχείρηση: Αρτοποιία Δήμου",
      "Email: k.dimou@dimou-artopoiia.example",
      "Τηλέφωνο: 697 555 0144",
      "Μήνυμα: Θέλουμε τιμή για 20 ράφια.",
    );
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject({
      name: "Κώστας Δήμου",
      email: "k.dimou@dimou-artopoiia.example",
      company: "Αρτοποιία Δήμου",
      source: "Website",
    });
  });
});
