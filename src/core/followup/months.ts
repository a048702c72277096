// Month names and days of the month by language, as follow-up dates and date lines write them.

/** Month names (1–12) in fr, es, de, it, pt, nl (English goes through chrono). */
// fr es de it pt nl; then ro, sv/da/nb, pl/cs/ru/uk (genitive: "15 listopada", "15 декабря"), tr.
/** fi (partitive: "14. tammikuuta"), el (genitive: "14 Ιανουαρίου"), he ("14 בינואר"), ar ("14 يناير"). */
const MORE_MONTHS = [
  "tammikuuta|ιανουαρίου|ιανουαριου|(?:ב)?ינואר|يناير",
  "helmikuuta|φεβρουαρίου|φεβρουαριου|(?:ב)?פברואר|فبراير",
  "maaliskuuta|μαρτίου|μαρτιου|(?:ב)?מרץ|(?:ב)?מרס|مارس",
  "huhtikuuta|απριλίου|απριλιου|(?:ב)?אפריל|أبريل|ابريل",
  "toukokuuta|μαΐου|μαιου|(?:ב)?מאי|مايو",
  "kesäkuuta|ιουνίου|ιουνιου|(?:ב)?יוני|يونيو",
  "heinäkuuta|ιουλίου|ιουλιου|(?:ב)?יולי|يوليو",
  "elokuuta|αυγούστου|αυγουστου|(?:ב)?אוגוסט|أغسطس|اغسطس",
  "syyskuuta|σεπτεμβρίου|σεπτεμβριου|(?:ב)?ספטמבר|سبتمبر",
  "lokakuuta|οκτωβρίου|οκτωβριου|(?:ב)?אוקטובר|أكتوبر|اكتوبر",
  "marraskuuta|νοεμβρίου|νοεμβριου|(?:ב)?נובמבר|نوفمبر",
  "joulukuuta|δεκεμβρίου|δεκεμβριου|(?:ב)?דצמבר|ديسمبر",
];

/** sl / sr-bs (latin) / sk genitive ("4. januarja", "4. januara", "4. januára"), hr genitive ("4. siječnja"); hr
 * "listopada" (October) is left to pl/uk November. */
const SOUTH_SLAVIC_MONTHS = [
  "januarja|januara|januára|siječnja|sijecnja",
  "februarja|februara|februára|veljače|veljace",
  "marta|ožujka|ozujka",
  "aprila|apríla|travnja",
  "mája|svibnja",
  "junija|juna|júna|lipnja",
  "julija|jula|júla|srpnja",
  "avgusta|augusta|kolovoza",
  "septembra|rujna",
  "oktobra|októbra",
  "novembra|studenoga|studenog",
  "decembra|prosinca",
];

/** hu writes the month first: "január 14-én", "március 3." (group 1 the month, group 2 the day). */
export const HU_MONTH_DAY_RE =
  /(?<!\p{L})(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s+(\d{1,2})(?:\.|-(?:án|én|ján|jén|ig))?(?!\d)/giu;
export const HU_MONTHS =
  "január február március április május június július augusztus szeptember október november december".split(
    " ",
  );

/** Month rows (January first) as [month, whole-word pattern]. */
function monthRes(rows: string[], flags: string): [number, RegExp][] {
  return rows.map((words, i) => [i + 1, new RegExp(`^(?:${words})$`, flags)]);
}

export const MONTH_NAMES: [number, RegExp][] = [
  ...monthRes(
    [
      "janvier|enero|januar|jänner|gennaio|janeiro|januari|ianuarie|stycznia|ledna|ocak|января|січня",
      "février|fevrier|febrero|februar|febbraio|fevereiro|februari|februarie|lutego|února|şubat|февраля|лютого",
      "mars|marzo|märz|maerz|março|marco|maart|martie|marts|marca|března|mart|марта|березня",
      "avril|abril|april|aprile|aprilie|kwietnia|dubna|nisan|апреля|квітня",
      "mai|mayo|maggio|maio|mei|maj|maja|května|mayıs|мая|травня",
      "juin|junio|juni|giugno|junho|iunie|czerwca|června|haziran|июня|червня",
      "juillet|julio|juli|luglio|julho|iulie|lipca|července|temmuz|июля|липня",
      "août|aout|agosto|augustus|august|augusti|sierpnia|srpna|ağustos|августа|серпня",
      "septembre|septiembre|september|settembre|setembro|septembrie|września|září|eylül|сентября|вересня",
      "octobre|octubre|oktober|ottobre|outubro|octombrie|października|října|ekim|октября|жовтня",
      "novembre|noviembre|november|novembro|noiembrie|listopada|listopadu|kasım|ноября|листопада",
      "décembre|decembre|diciembre|dezember|dicembre|dezembro|december|decembrie|desember|grudnia|prosince|aralık|декабря|грудня",
    ],
    "i",
  ),
  ...monthRes(MORE_MONTHS, "iu"),
  ...monthRes(SOUTH_SLAVIC_MONTHS, "iu"),
];

/**
 * A day of the month written without a month, by language: "on the 12th", "le 12", "el día 12", "am 12.",
 * "il 12", "no dia 12", "op de 12e", da/nb/sv "den 4." Group 1 is the day; a month name right after it is read
 * elsewhere; "le 06 39 98 55 12" (a phone number written in pairs) is none.
 */
export const DAY_OF_MONTH_RES: RegExp[] = [
  /* en */ /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b|\bon\s+(\d{1,2})(?:st|nd|rd|th)\b/gi,
  /* fr */ /\ble\s+(\d{1,2})(?:er)?(?!\d|[.,:h]\d|\s*%|\s\d{2,3}\s\d{2})/gi,
  /* es */ /\bel\s+(?:día\s+)?(\d{1,2})(?!\d|[.,:h]\d|\s*%|\s\d{2,3}\s\d{2})/gi,
  /* de */ /\bam\s+(\d{1,2})\.(?!\d)/gi,
  /* it */ /\bil\s+(?:giorno\s+)?(\d{1,2})(?!\d|[.,:h]\d|\s*%|\s\d{2,3}\s\d{2})/gi,
  /* pt */ /\b(?:no\s+)?dia\s+(\d{1,2})(?!\d|[.,:h]\d|\s*%)/gi,
  /* nl */ /\bop\s+de\s+(\d{1,2})(?:e|ste)\b/gi,
  /* da/nb/sv */ /(?<=^|[\s,])den\s+(\d{1,2})\.(?!\d)/gi,
];

/** English month names (the other languages are in MONTH_NAMES). */
export const ENGLISH_MONTH_RE =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Short month forms by month (January first): en, and da/nb/sv/de/nl "mrt", "mär", "maj", "mai", "mei", "okt", "des", "dez". */
const SHORT_MONTHS = [
  "jan",
  "feb",
  "mar|mrt|mär",
  "apr",
  "maj|mai|mei",
  "jun",
  "jul",
  "aug",
  "sep|sept",
  "okt|oct",
  "nov",
  "dec|des|dez",
].map((r) => new RegExp(`^(?:${r})$`, "i"));

/**
 * A month's short form after a day and its dot, as da/nb/sv/de/nl notes write dates ("4. jan", "12. okt", "3. mrt",
 * "1. dez"): its number, else 0.
 */
export function shortMonth(word: string): number {
  return SHORT_MONTHS.findIndex((re) => re.test(word)) + 1;
}
