// Forward causes of issue 13 (emails-forwards4): right-to-left and more header languages, signature layouts, notes
// under the block, colleagues' notes and sources in more languages. Fresh fictional data, not copies of fixtures.
import { splitThread } from "../../../src/core/email/thread";
import { readSignature } from "../../../src/core/email/signature";
import { sourceFromNote } from "../../../src/core/email/note";
import { sourceFromMeeting } from "../../../src/core/email/met-at";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { normalizeName } from "../../../src/core/contact/name";
import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";
import type { EmailInput, ExtractContext, Lead } from "../../../src/core/lead";

describe("forward header blocks in more languages", () => {
  test.each<[string, string, string]>([
    [
      "Samsung/Outlook in Hebrew (מאת / תאריך / אל / נושא), with right-to-left marks around the labels",
      "תודה\n\n-------- הודעה מקורית --------\n\u200fמאת: \u200fאורי כהן <uri@cohen-glass.example.co.il>\n\u200fתאריך: 03/03/2026 11:20\n\u200fאל: office@owner-co.example\n\u200fנושא: בקשה\n\nשלום",
      "uri@cohen-glass.example.co.il",
    ],
    [
      "Outlook on the web in Arabic (من / تم الإرسال / إلى / الموضوع)",
      "للمتابعة\n\n________________________________\nمن: سارة المطيري <sara@almutairi-tiles.example.sa>\nتم الإرسال: الاثنين، 2 مارس 2026 10:00 ص\nإلى: office@owner-co.example\nالموضوع: استفسار\n\nمرحبا",
      "sara@almutairi-tiles.example.sa",
    ],
    [
      "Outlook in Greek (Από / Στάλθηκε / Προς / Θέμα)",
      "Δες το\n\nΑπό: Μαρία Οικονόμου <maria@oikonomou-wood.example.gr>\nΣτάλθηκε: Δευτέρα, 2 Μαρτίου 2026 10:00 πμ\nΠρος: office@owner-co.example\nΘέμα: Προσφορά\n\nΚαλημέρα",
      "maria@oikonomou-wood.example.gr",
    ],
    [
      "Gmail in Indonesian (Dari / Tanggal / Subjek / Kepada)",
      "Tolong dicek\n\n---------- Pesan yang diteruskan ---------\nDari: Budi Santoso <budi@santoso-kayu.example.id>\nTanggal: Sen, 2 Mar 2026 pukul 10.00\nSubjek: Penawaran\nKepada: <office@owner-co.example>\n\nSelamat pagi",
      "budi@santoso-kayu.example.id",
    ],
  ])("%s", (_why, body, from) => {
    expect(splitThread(body, "Fwd: x").messages[0]?.from?.email).toBe(from);
  });
});

describe("signature layouts", () => {
  const sig = (text: string, name: string, email: string, region = "US") =>
    readSignature(text, { name, email }, region);

  test.each<[string, string, string, string, string, Partial<Record<"title" | "company", string>>]>([
    [
      "he: title and company words (מנהל, סטודיו)",
      "שלום,\nנשמח להצעה.\n\nבברכה,\nאורי כהן\nמנהל רכש\nסטודיו כהן זכוכית\nנייד: 050-555-0182",
      "אורי כהן",
      "uri@cohen-glass.example.co.il",
      "IL",
      { title: "מנהל רכש", company: "סטודיו כהן זכוכית" },
    ],
    [
      "ar: title and company words (مديرة, شركة)",
      "مرحبا،\nنرجو إرسال عرض سعر.\n\nمع التحية،\nسارة المطيري\nمديرة المشتريات\nشركة المطيري للبلاط\nجوال: 0555550177",
      "سارة المطيري",
      "sara@almutairi-tiles.example.sa",
      "SA",
      { title: "مديرة المشتريات", company: "شركة المطيري للبلاط" },
    ],
    [
      'es: "Title - Company" with a spaced hyphen, and a labelled number the region cannot read is no company',
      "Un saludo,\n\nMarta Gil Ferrer\nDirectora - Bodegas Los Almendros\nMóvil: 612 555 019",
      "Marta Gil",
      "martagil@correo-libre.example",
      "US",
      { title: "Directora", company: "Bodegas Los Almendros" },
    ],
    [
      'sv: a bilingual title line with "of" in its English half stays one title, read first',
      "Vänliga hälsningar\n\nJonas Ek\nInköpschef / Head of Purchasing Operations\nEk Bygg AB\nMobil: +46 70 555 01 88",
      "Jonas Ek",
      "jonas.ek@ekbygg.example",
      "SE",
      { title: "Inköpschef", company: "Ek Bygg AB" },
    ],
    [
      'ko: the title after the name on its line ("이하늘 차장"), the legal form as its own word ("주식회사 바다물산")',
      "감사합니다.\n\n이하늘 차장\n구매팀 | 주식회사 바다물산\n휴대폰: 010-5550-7788",
      "이하늘",
      "haneul@bada.example.kr",
      "KR",
      { title: "차장", company: "주식회사 바다물산" },
    ],
    [
      'hu: a lower-case compound title ending in "vezető"',
      "Üdvözlettel:\n\nNagy Péter\nbeszerzési vezető\nNagy és Fia Kft.\nMobil: +36 30 555 0199",
      "Nagy Péter",
      "nagy.peter@nagyesfia.example",
      "HU",
      { title: "beszerzési vezető", company: "Nagy és Fia Kft." },
    ],
    [
      'a company whose name starts with "@" is a company (flagged later), not a social handle',
      "Cheers,\nTess Rowe\nOwner\n@Work Coworking Studio\n(312) 555-0147\ninstagram: @atworkcowork",
      "Tess Rowe",
      "tess@atworkcowork.example",
      "US",
      { title: "Owner", company: "@Work Coworking Studio" },
    ],
  ])("%s", (_why, text, name, email, region, expected) => {
    expect(sig(text, name, email, region)).toMatchObject(expected);
  });

  test('ko: the name line keeps only the name ("이하늘 차장" -> "이하늘")', () => {
    const d = sig(
      "감사합니다.\n\n이하늘 차장\n휴대폰: 010-5550-7788",
      "이하늘",
      "haneul@bada.example.kr",
      "KR",
    );
    expect(d.name).toBe("이하늘");
  });

  test.each<[string, string, string]>([
    ['nl "ir."', "ir. Bram de Boer", "Bram de Boer"],
    ['nl "drs."', "drs. Lotte Smit", "Lotte Smit"],
    ['pl "mgr inż."', "mgr inż. Tomasz Wilk", "Tomasz Wilk"],
    ['cs "MUDr."', "MUDr. Eva Malá", "Eva Malá"],
  ])("academic prefix %s is dropped from the name", (_why, written, name) => {
    expect(normalizeName(written)).toBe(name);
  });
});

describe("how the lead came in, in more languages", () => {
  test.each<[string, string, string | undefined]>([
    ["he: בתערוכה (at the exhibition)", "פגשתי אותו בתערוכה, תחזור אליו", "Trade show"],
    ["he: דרך האתר (through the website)", "פנה דרך האתר, תחזור אליו", "Website"],
    ["ar: المعرض (the exhibition)", "تعرفنا عليه في المعرض", "Trade show"],
    ["ar: عبر الموقع (through the website)", "وصل الطلب عبر الموقع", "Website"],
    ["zh: 交易会 (trade fair)", "在交易会上认识的客户", "Trade show"],
    ["fi: webinaarissa (at the webinar)", "Tapasimme webinaarissa.", "Webinar"],
    ["hu: a weboldalról (from the website)", "A weboldalról jött, keresd meg.", "Website"],
    ["cs: přes web (through the web)", "Přišlo to přes web.", "Website"],
    ["ro: recomandat de (recommended by)", "Ne-a fost recomandat de un client.", "Referral"],
    ["el: από την ιστοσελίδα (from the website)", "Ήρθε από την ιστοσελίδα.", "Website"],
    ['el: "ιστοσελίδα" alone is the site the lead wants built', "Θέλει νέα ιστοσελίδα.", undefined],
    ['zh: "网站" alone is the site the lead wants built', "客户想做一个新网站。", undefined],
  ])("%s", (_why, note, source) => {
    expect(sourceFromNote(note)?.split(":")[0]).toBe(source);
  });

  test.each<[string, string, string, string | undefined]>([
    [
      "it: the note says where you met, the lead says it was at the stand",
      "Conosciuto al Marmomac",
      "È stato un piacere incontrarla allo stand.",
      "Trade show",
    ],
    [
      "en: the note says you met, the lead says it was a mixer",
      "Met him Tuesday, call back",
      "Great to catch up at the chamber mixer.",
      "Networking event",
    ],
    [
      "en: the lead's own stand is their project",
      "Met her last week",
      "Great to meet you, come by our stand at the expo.",
      undefined,
    ],
    [
      "en: with no note saying you met, the lead's mention is left out",
      "",
      "Amy, we met at the chamber mixer last week.",
      undefined,
    ],
  ])("the lead's first message: %s", (_why, note, text, source) => {
    expect(sourceFromMeeting(text, note)).toBe(source);
  });
});

describe("follow-up", () => {
  const FRI = dateOfHeader("Fri, 6 Mar 2026 09:00:00 +0100");
  test("the date in the sentence that asks, not the day of the visit before it", () => {
    expect(followUpFromNote("Vue au salon mardi. Relancer le 20 avril.", FRI).date).toBe("2026-04-20");
  });
  test("a weekday in the asking sentence still counts", () => {
    expect(followUpFromNote("Met at the expo. Call her Tuesday.", FRI).date).toBe("2026-03-10");
  });
});

const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example"], defaultRegion: "US" };

function mail(body: string, from = "Owner Person <owner@owner-co.example>"): EmailInput {
  return {
    from,
    to: "Owner Person <owner@owner-co.example>",
    cc: "",
    subject: "Fwd: enquiry",
    dateHeader: "Fri, 6 Mar 2026 09:00:00 +0000",
    date: new Date("2026-03-06T09:00:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
}

describe("who and what in forwards", () => {
  test.each<[string, EmailInput, Partial<Lead>, (keyof Lead)[]]>([
    [
      "a department's shared mailbox (da Indkøb): the person who signs, at their own address",
      mail(
        "Se nedenfor.\n\nFra: Indkøb <indkob@hansen-klinik.example>\nSendt: 5. marts 2026 10:12\nTil: Owner Person <owner@owner-co.example>\nEmne: Tilbud\n\nHej,\n\nKan I give et tilbud?\n\nVenlig hilsen\n\nSofie Hansen\nKlinikchef\nHansen Klinik ApS\nMobil: +45 28 55 50 61\nsofie.hansen@hansen-klinik.example",
      ),
      { name: "Sofie Hansen", email: "sofie.hansen@hansen-klinik.example", title: "Klinikchef" },
      [],
    ],
    [
      "the forwarder's note written under the forwarded message, after its signature and a delimiter",
      mail(
        "-------- Forwarded Message --------\nSubject: Quote\nDate: Thu, 5 Mar 2026 16:40:00 +0000\nFrom: Ewan Blake <ewan@blake-joinery.example.co.uk>\nTo: Owner Person <owner@owner-co.example>\n\nHi,\n\nCould you quote for six sash windows?\n\nBest,\nEwan Blake\nDirector\nBlake Joinery Ltd\nM: 07700 900512\n\n--\nMet him at the trade show. Call him Monday.",
      ),
      { name: "Ewan Blake", followUp: "2026-03-09", source: "Trade show" },
      [],
    ],
    [
      "text after a delimiter that holds the sender's own name is their signature, not a note",
      mail(
        "-------- Forwarded Message --------\nSubject: Quote\nDate: Thu, 5 Mar 2026 16:40:00 +0000\nFrom: Ewan Blake <ewan@blake-joinery.example.co.uk>\nTo: Owner Person <owner@owner-co.example>\n\nHi, could you quote for six windows? Call me Monday.\n\nThanks, Ewan Blake\n\n--\nEwan Blake, Blake Joinery Ltd",
      ),
      { name: "Ewan Blake" },
      ["followUp"],
    ],
    [
      "a colleague's forwarded field note names the lead in prose: name, title and company, flagged for review",
      mail(
        "Pour info.\n\n---------- Forwarded message ---------\nDe : Paul Roy <paul.roy@owner-co.example>\nDate: jeu. 5 mars 2026 à 18:02\nSubject: Contact\nTo: Owner Person <owner@owner-co.example>\n\nBonjour Anne,\n\nAu salon hier, j'ai discuté avec Hélène Brun, directrice commerciale de la Fromagerie Brun. Pas de carte.\n\nPaul",
      ),
      { name: "Hélène Brun", title: "directrice commerciale", source: "Trade show" },
      ["email", "phone"],
    ],
  ])("%s", (_why, input, expected, absent) => {
    const { lead } = extractLeadFromEmail(input, ctx);
    expect(lead).toMatchObject(expected);
    for (const k of absent) expect(lead[k]).toBeUndefined();
  });
});
