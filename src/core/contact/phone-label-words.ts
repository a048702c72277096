// Phone-label vocabulary (en/fr/es/de/it/pt/nl/Nordic/pl/tr/ru/ja/zh/ko/el/he/ar/vi/id/th): the label words of each kind of line.

export type PhoneKind = "mobile" | "direct" | "office" | "fax" | "tollfree";

/** Label words by kind, compared after `normalizeLabel` (lower case, no accents, OCR l/1/I confusions undone). */
export const PHONE_LABELS: Record<PhoneKind, string[]> = {
  // en: Mobile, Mob, M, Cell, C · fr: Portable, Port., P., Cell. (Québec) · es: Móvil, Cel., Celular
  // de: Mobil, Handy, Natel (CH) · it: Cellulare, Cell. · pt: Telemóvel · ja: 携帯 · GSM (be/nl)
  mobile: [
    "mobile",
    "mob",
    "m",
    "cell",
    "cellular",
    "cel",
    "celular",
    "c",
    "portable",
    "port",
    "p",
    "movil",
    "mobil",
    "handy",
    "natel",
    "gsm",
    "cellulare",
    "telemovel",
    // pt: Tlm., Tlm, Telem. (telemóvel, pt-PT signatures)
    "tlm",
    "telem",
    "携帯",
    // fr-CA: Cellulaire · en: Cellphone · de: Mobiltelefon, Handynummer
    "cellulaire",
    "cellphone",
    "mobiltelefon",
    // nl: Mobiel · pl: Kom., Komórka, Tel. kom. · fi: Matkapuhelin, Kännykkä · tr: Cep · ru/uk: Моб., Мобильный, Сот.
    // zh: 手机 · ko: 휴대폰, 핸드폰 · ja: 携帯電話
    "mobiel",
    "kom",
    "komorka",
    // pl in prose, the accusative and genitive: "podał komórkę: 601 …", "numer komórki"
    "komorke",
    "komorki",
    "matkapuhelin",
    "kannykka",
    "cep",
    "моб",
    "мобильныи",
    "мобільнии",
    "сот",
    "сотовыи",
    "手机",
    "手機",
    "휴대폰",
    "핸드폰",
    "携帯電話",
    // el: Κιν., Κινητό · he: נייד, סלולרי · ar: جوال, محمول, موبايل (with the article ال)
    "κιν",
    "κινητο",
    "נייד",
    "סלולרי",
    "جوال",
    "الجوال",
    "محمول",
    "موبايل",
    // vi: Di động, DĐ · id/ms: HP (handphone), Ponsel, H/P, Tel. bimbit · th: มือถือ
    "đong",
    "dđ",
    "hp",
    "handphone",
    "ponsel",
    "bimbit",
    "มือถือ",
  ],
  // en: Direct, D, DL · fr: Ligne directe · es: Directo · de: Direkt, Durchwahl
  // nb/da: Direkte · pl: Bezpośredni · ru: Прямой · ja: 直通 · zh: 直线
  // el: Απευθείας · he: ישיר · ar: مباشر
  direct:
    "direct d dl dir directe directo direkt durchwahl diretto direkte прямои 直通 直线 απευθειας ישיר مباشر".split(
      " ",
    ),
  // en: Tel, T, Phone, Ph, Office, O, Main, Work, W · fr: Tél., Bureau · es: Teléfono, Oficina · de: Telefon, Büro, Zentrale
  office: [
    "tel",
    "t",
    "phone",
    "ph",
    "telephone",
    "office",
    "off",
    "o",
    "main",
    "work",
    "w",
    "bureau",
    "telefono",
    "oficina",
    "telefon",
    "buro",
    "zentrale",
    "standard",
    "fon",
    "tlf",
    // sv: Växel · nb: Sentralbord · fi: Puh., Puhelin, Vaihde · pl: Telefon · tr: Telefon · ru/uk: Тел., Телефон
    // ja: 電話, 代表 (main line) · zh: 电话 · ko: 전화
    "vaxel",
    "sentralbord",
    "puh",
    "puhelin",
    "vaihde",
    "тел",
    "телефон",
    "電話",
    "代表",
    "电话",
    "電話番号",
    "전화",
    // pt: Telefone, Fone · el: Τηλ., Τηλέφωνο · he: טלפון, טל, משרד · ar: هاتف, الهاتف, تليفون
    "telefone",
    "fone",
    "τηλ",
    "τηλεφωνο",
    "טלפון",
    "טל",
    "משרד",
    "هاتف",
    "الهاتف",
    "تليفون",
    // vi: ĐT, Điện thoại · id/ms: Telp., Telepon · th: โทร, โทรศัพท์
    "đt",
    "thoai",
    "telp",
    "telepon",
    "โทร",
    "โทรศัพท์",
  ],
  // en: Fax, F · fr: Téléc., Télécopieur · de: Telefax, Fax
  // pl/tr: Faks · ru/uk: Факс · ja: ファックス · zh: 传真 · ko: 팩스
  // el: Φαξ · he: פקס · ar: فاكس
  fax: "fax f fx telec telecopieur telefax facsimile faks факс ファックス 传真 傳真 팩스 φαξ פקס فاكس".split(
    " ",
  ),
  // en: Toll free, TF · fr: Sans frais · es: Gratuito
  tollfree: ["toll", "tollfree", "tf", "sans", "frais", "gratuito", "free"],
};
