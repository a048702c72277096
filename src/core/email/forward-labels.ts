// Localized header labels of forwarded/quoted messages, by field, with the clients and languages that write them.

export type HeaderField = "from" | "date" | "to" | "cc" | "subject";

interface LabelRow {
  field: HeaderField;
  labels: string[];
}

/** One row per field and language group; the union covers the 23 languages of the peer corpus. */
export const FORWARD_LABELS: LabelRow[] = [
  { field: "from", labels: ["From"] }, // all clients: en
  { field: "from", labels: ["De"] }, // gmail/outlook/apple/thunderbird/yahoo: fr, es, pt, pt_br, ro
  { field: "from", labels: ["Von"] }, // gmail/outlook/apple/thunderbird: de
  { field: "from", labels: ["Absender"] }, // t-online webmail ("--- Original-Nachricht ---"): de
  { field: "from", labels: ["Da"] }, // gmail/outlook/apple/thunderbird: it
  { field: "from", labels: ["Van", "Afzender"] }, // gmail/outlook/apple/thunderbird: nl
  { field: "from", labels: ["Od", "Nadawca"] }, // gmail/outlook/apple/thunderbird: cs, sk, pl, hr
  { field: "from", labels: ["Fra", "Från", "Frá"] }, // gmail/outlook/apple/thunderbird: da, no, sv
  { field: "from", labels: ["Lähettäjä", "Lähettäjä:"] }, // gmail/outlook/apple: fi
  { field: "from", labels: ["Feladó"] }, // gmail/outlook/apple: hu
  { field: "from", labels: ["Kimden", "Gönderen"] }, // gmail/outlook/apple: tr
  { field: "from", labels: ["От", "Від", "Відправник", "Отправитель"] }, // gmail/outlook/apple: ru, uk
  { field: "from", labels: ["От кого", "Від кого"] }, // mail.ru webmail: ru; apple mail: uk
  { field: "from", labels: ["Saatja", "Kellelt"] }, // gmail: et
  { field: "from", labels: ["Expeditor", "De la"] }, // gmail/apple: ro
  { field: "from", labels: ["Šalje", "Pošiljatelj"] }, // gmail/apple: hr
  { field: "from", labels: ["差出人", "送信者"] }, // hubspot/outlook: ja
  { field: "from", labels: ["Mittente"] }, // yahoo: it
  { field: "from", labels: ["Remetente"] }, // yahoo: pt
  { field: "from", labels: ["发件人", "寄件者", "寄件人"] }, // outlook/gmail: zh-CN, zh-TW
  { field: "from", labels: ["보낸 사람", "보낸사람"] }, // outlook/gmail: ko
  { field: "from", labels: ["מאת", "من", "از"] }, // outlook/gmail/samsung: he, ar, fa (right-to-left)
  { field: "from", labels: ["Από", "Từ", "Dari", "Daripada", "Nuo", "Од", "प्रेषक", "จาก"] }, // el, vi, id, ms, lt, sr/mk, hi, th
  { field: "date", labels: ["Date", "Sent", "Sent on"] }, // all clients: en, fr
  { field: "date", labels: ["Datum", "Gesendet", "Gesendet am"] }, // de, nl, sv, cs, hr
  { field: "date", labels: ["Envoyé", "Envoyé le"] }, // outlook: fr
  {
    field: "date",
    labels: ["Enviado", "Enviado el", "Enviada em", "Fecha", "Data"],
    // outlook/gmail: es, pt, it, pl, ro
  },
  { field: "date", labels: ["Inviato", "Inviato il"] }, // outlook: it
  { field: "date", labels: ["Verzonden", "Verstuurd"] }, // outlook: nl
  { field: "date", labels: ["Skickat", "Sendt", "Dato"] }, // outlook: sv, da, no
  { field: "date", labels: ["Lähetetty", "Päivämäärä", "Päiväys"] }, // outlook/gmail: fi
  { field: "date", labels: ["Elküldve", "Dátum", "Időpont"] }, // outlook/gmail: hu, sk
  { field: "date", labels: ["Gönderildi", "Tarih", "Gönderilme"] }, // outlook/gmail: tr
  { field: "date", labels: ["Отправлено", "Дата", "Надіслано"] }, // outlook/gmail: ru, uk
  {
    field: "date",
    labels: "Wysłano Wysłane Odesláno Odoslané Poslano Trimis Kuupäev Saadetud".split(" "),
    // outlook/gmail: pl, cs, sk, hr, ro, et
  },
  { field: "date", labels: ["送信日時", "日付"] }, // outlook/hubspot: ja
  { field: "date", labels: ["发送时间", "日期", "寄件日期", "傳送時間"] }, // outlook/gmail: zh-CN, zh-TW
  { field: "date", labels: ["发送日期"] }, // 163/126 webmail (coremail, "转发邮件信息"): zh-CN
  { field: "date", labels: ["보낸 날짜", "날짜"] }, // outlook/gmail: ko
  { field: "date", labels: ["תאריך", "נשלח", "تم الإرسال", "التاريخ", "أرسل", "تاريخ"] }, // he, ar (fa: تاریخ below)
  {
    field: "date",
    labels: [
      "Στάλθηκε",
      "Αποστολή",
      "Ημερομηνία",
      "Đã gửi",
      "Ngày",
      "Tanggal",
      "Dikirim",
      "Tarikh",
      "Išsiųsta",
      "Изпратено",
      "Послато",
      "Poslato",
      "Enviat",
      "تاریخ",
      "दिनांक",
      "วันที่",
    ],
    // el, vi, id, ms, lt, bg, sr, ca, fa, hi, th
  },
  { field: "to", labels: ["To"] }, // all clients: en
  { field: "to", labels: ["À", "A", "Pour"] }, // fr, it, es
  { field: "to", labels: ["An"] }, // de
  { field: "to", labels: ["Empfänger"] }, // t-online webmail: de
  {
    field: "to",
    labels:
      "Para Aan Till Til Do Adresat Komu Pro Kime Alıcı Címzett Vastaanottaja Kellele Saaja Prima Către Кому Адресат 宛先 收件人 收件者".split(
        " ",
      ),
    // es/pt, nl, sv, da/no, pl/cs/hr, pl (thunderbird "Adresat"), sk, tr (Alıcı: samsung email), hu, fi, et, hr, ro, ru/uk, ja, zh-CN, zh-TW
  },
  { field: "to", labels: ["받는 사람", "받는사람"] }, // outlook/gmail: ko
  { field: "to", labels: ["אל", "إلى", "الى", "به"] }, // he, ar, fa (right-to-left)
  { field: "to", labels: ["Προς", "Tới", "Đến", "Kepada", "Kam", "До", "Za", "За", "Per a", "प्रति", "ถึง"] }, // el, vi, id/ms, lt, bg, sl/sr, ca, hi, th
  {
    field: "cc",
    labels:
      "Cc CC Kopie Copie Copia Kopia Kopio Másolat Kópia Kopija Копия Копія Копие Bilgi 抄送 副本 참조 DW עותק نسخة Κοιν. Tembusan".split(
        " ",
      ),
    // all clients; עותק he, نسخة ar, Κοιν. el, Tembusan id; 抄送 outlook zh-CN, 副本 outlook zh-TW, 참조 outlook ko, DW (do wiadomości) thunderbird/outlook pl
  },
  {
    field: "subject",
    labels:
      "Subject Objet Betreff Asunto Oggetto Assunto Onderwerp Ämne Emne Aihe Tárgy Konu Тема Temat Předmět Predmet Teema Subiect 件名 Thema 主题 主旨 제목 נושא الموضوع موضوع Θέμα Subjek Perihal Perkara Относно Zadeva Naslov Assumpte विषय เรื่อง".split(
        " ",
      ),
    // all clients: every language; Thema: Lotus Notes de; 主题/主旨: zh-CN/zh-TW; 제목: ko; נושא he; الموضوع ar;
    // موضوع fa; Θέμα el; Subjek/Perihal id; Perkara ms; Относно bg; Zadeva sl; Naslov sr/hr; Assumpte ca; विषय hi; เรื่อง th
  },
  { field: "subject", labels: ["Chủ đề", "Tiêu đề"] }, // gmail/outlook: vi
  { field: "cc", labels: ["Copie à"] }, // orange webmail (open-xchange): fr
];

/** A text as a regex that matches it literally. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const BY_LABEL = new Map<string, HeaderField>();
for (const row of FORWARD_LABELS)
  for (const l of row.labels) if (!BY_LABEL.has(l.toLowerCase())) BY_LABEL.set(l.toLowerCase(), row.field);
const ALL = [...BY_LABEL.keys()].sort((a, b) => b.length - a.length).map(escape);

/** A header line of a forwarded/quoted block: "From: …", "*De :* …", "Von:\t…". */
const LINE_RE = new RegExp(`^[*\\s]*(${ALL.join("|")})[*\\s]*[:：][*\\s]*(.*)$`, "i");

/** Direction marks right-to-left clients (he, ar, fa) put around labels and values, and a leading byte-order mark. */
const MARKS_RE = /[\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Arabic vowel marks and the stretching tatweel: Outlook ar writes its labels voweled ("أُرسل:" for Sent, "مُرسَل")
 * while the table holds them bare. Taken off the label only (before its colon), never the value: a name stays as written.
 */
const ARABIC_MARKS_RE = /(?=\p{Script_Extensions=Arabic})\p{M}|\u0640/gu;
const unmark = (line: string) => {
  const bare = line.replace(MARKS_RE, "");
  const colon = bare.search(/[:：]/);
  const label = colon < 0 ? bare : bare.slice(0, colon);
  return label.replace(ARABIC_MARKS_RE, "") + (colon < 0 ? "" : bare.slice(colon));
};

/** The field and value of a header line, or undefined when the line is not one. */
export function headerLine(line: string): { field: HeaderField; value: string } | undefined {
  const m = LINE_RE.exec(unmark(line).trim());
  if (!m) return undefined;
  const field = BY_LABEL.get(m[1].toLowerCase());
  if (!field) return undefined;
  const value = m[2].replace(/^\*+\s*/, "").trim();
  return { field, value: field === "from" ? sentOnBehalf(value) : value };
}

/**
 * Outlook's delegate wording ("<mailbox> On Behalf Of <person>"), by language: en, de "im Auftrag von", fr "de la part
 * de" / "au nom de", es "en nombre de", it "per conto di", nl "namens", pt "em nome de".
 */
export const ON_BEHALF_WORDS =
  "on behalf of|im auftrag von|de la part de|au nom de|en nombre de|per conto di|namens|em nome de";
const ON_BEHALF_RE = new RegExp(`^(.*?<[^<>\\s]+@[^<>\\s]+>)\\s+(?:${ON_BEHALF_WORDS})\\s+(.+)$`, "i");

/**
 * A label alone on its line, its value on the next: Outlook's HTML header table ("From:" | "Jane Roe <…>" in two
 * cells) as Gmail's plain rendering shows it, and Lotus Notes' memo table ("Címzett" | "info@…", no colon).
 */
const ALONE_RE = new RegExp(`^[*\\s]*(${ALL.join("|")})[*\\s]*[:：]?[*\\s]*$`, "i");

/** The field of a line holding only a header label ("From:", "*Sent:*", "Tárgy"), else undefined. */
export function labelAlone(line: string): HeaderField | undefined {
  const m = ALONE_RE.exec(unmark(line).trim());
  return m ? BY_LABEL.get(m[1].toLowerCase()) : undefined;
}

/**
 * "Acme Sales <sales@acme.example> On Behalf Of Jane Doerr" -> "Jane Doerr <sales@acme.example>": the person, at the
 * mailbox's address; new Outlook and Outlook on the web give the person's own address too ("… on behalf of Jane
 * Doerr <jane@acme.example>"), which is then theirs.
 */
function sentOnBehalf(value: string): string {
  if (!/ (?:of|von|de|di|namens) /i.test(value)) return value;
  const m = ON_BEHALF_RE.exec(value);
  if (!m) return value;
  if (/<[^<>\s]+@[^<>\s]+>\s*$/.test(m[2])) return m[2].replace(/["']/g, "").trim();
  const address = /<[^<>]+>/.exec(m[1])?.[0] ?? "";
  return `${m[2].replace(/["']/g, "").trim()} ${address}`;
}
