// Phone-label vocabulary (en/fr/es/de/it/pt/nl/Nordic/pl/tr/ru/ja/zh/ko): which kind of line a label announces, and how much it is wanted.

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

/** Lower rank wins: a mobile beats a direct line beats the office; a fax is never used. */
export const PHONE_KIND_RANK: Record<PhoneKind, number> = {
  mobile: 0,
  direct: 1,
  office: 2,
  tollfree: 4,
  fax: 99,
};

/**
 * "TeI." / "Ce1l:" / "Téléc." -> "tel" / "cell" / "telec": lower case, no accents, OCR letter/digit confusions undone.
 * ko: NFD splits Hangul syllables into jamo ("휴대폰"); NFC composes them again so the table's words match.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/(?<=\p{Ll})I/gu, "l")
    .replace(/(?<=\p{L})1(?=\p{L})/gu, "l")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

const WORD_KIND = new Map<string, PhoneKind>();
for (const kind of Object.keys(PHONE_LABELS) as PhoneKind[])
  for (const w of PHONE_LABELS[kind]) WORD_KIND.set(w, kind);

/**
 * The kind a label announces ("Tél./Tel." -> office, "Portable" -> mobile, "Fax" -> fax), or undefined
 * when the text holds no label word. With several words the most wanted one wins; a fax that is also a
 * phone ("Tel./Fax") is an office line.
 */
export function phoneKindOfLabel(label: string): PhoneKind | undefined {
  const words = normalizeLabel(label)
    .split(/[^\p{L}\p{M}]+/u) // Thai vowel signs are marks inside the word ("มือถือ")
    .filter(Boolean);
  let best: PhoneKind | undefined;
  let fax = false;
  for (const w of words) {
    const kind = WORD_KIND.get(w);
    if (!kind) continue;
    if (kind === "tollfree") return kind;
    if (kind === "fax") fax = true;
    else if (!best || PHONE_KIND_RANK[kind] < PHONE_KIND_RANK[best]) best = kind;
  }
  // "Tel./Fax", "Tél./Téléc.": one line that is both; it is a phone (an office line), not only a fax.
  if (fax) return best ? "office" : "fax";
  return best;
}

/**
 * Written forms whose meaning depends on punctuation the word table cannot see: in English signatures
 * "p: 646 555 0131" is Phone (an office line), while the French "P." stays Portable.
 */
const WRITTEN_LABELS: { re: RegExp; kind: PhoneKind; note: string }[] = [
  { re: /(?:^|[^\p{L}.])p\s*:\s*$/iu, kind: "office", note: "en (US signatures): p: Phone" },
  // The writer's own way to reach them, said in prose, beats a house phone or switchboard named beside it.
  { re: /\b(?:reach|call|ring|get) me (?:on|at)\s*$/iu, kind: "direct", note: "en: best to reach me on …" },
  {
    re: /\b(?:joindre|appel(?:er|ez)-moi|me rappeler) (?:au|sur)\s*$/iu,
    kind: "direct",
    note: "fr: me joindre au …",
  },
  { re: /\b(?:mich|am besten) unter\s*$/iu, kind: "direct", note: "de: erreichen Sie mich unter …" },
  { re: /\b(?:llamarme|llámame|localizarme|contactarme) al\s*$/iu, kind: "direct", note: "es: llámame al …" },
];

/** The kind a label announces as written right before (or after) a number, punctuation included. */
export function phoneKindOfWrittenLabel(label: string): PhoneKind | undefined {
  const hit = WRITTEN_LABELS.find((w) => w.re.test(label));
  return hit ? hit.kind : phoneKindOfLabel(label);
}

/** "핸드폰 010-5555-0166", "Tel. 030 5550 1201": a phone label then a number, whatever region could read the number. */
export function isLabelledNumberLine(line: string): boolean {
  const m = /^([^\d+(]{1,24}?)[\s:.]*\+?[\d(][\d\s()./-]{6,}\d$/u.exec(line.trim());
  return !!m && !!phoneKindOfLabel(m[1]);
}
