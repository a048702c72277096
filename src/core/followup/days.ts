// Day words by language for follow-up notes: weekdays, "tomorrow", "the day after", "next week".
import { wordsRe } from "../contact/words-re";

/** One language's row: its spellings of Sunday … Saturday, comma-separated. */
const days = (row: string) => row.split(",");

/**
 * Weekday names, Sunday first, by language; "|" separates spellings and the case forms that follow a preposition
 * ("w środę", "ve středu", "в пятницу", "cumaya").
 */
const WEEKDAY_NAMES: string[][] = [
  // en: also the short forms notes use ("call Tue 15th", "ring him Wed"); not "sat"/"sun", which are words.
  /* en */ days(
    "sunday,monday|mon,tuesday|tues|tue,wednesday|wed,thursday|thurs|thur|thu,friday|fri,saturday",
  ),
  /* fr */ days("dimanche,lundi,mardi,mercredi,jeudi,vendredi,samedi"),
  /* es */ days("domingo,lunes,martes,miércoles|miercoles,jueves,viernes,sábado|sabado"),
  /* de */ days("sonntag,montag,dienstag,mittwoch,donnerstag,freitag,samstag"),
  /* it */ days(
    "domenica,lunedì|lunedi,martedì|martedi,mercoledì|mercoledi,giovedì|giovedi,venerdì|venerdi,sabato",
  ),
  /* pt */ days(
    ",segunda(?:-feira)?,terça(?:-feira)?|terca(?:-feira)?,quarta(?:-feira)?,quinta(?:-feira)?,sexta(?:-feira)?,",
  ),
  /* ca */ days("diumenge,dilluns,dimarts,dimecres,dijous,divendres,dissabte"),
  /* nl */ days("zondag,maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag"),
  /* sv */ days(
    "söndag(?:en)?,måndag(?:en)?,tisdag(?:en)?,onsdag(?:en)?,torsdag(?:en)?,fredag(?:en)?,lördag(?:en)?",
  ),
  /* da/nb */ days("søndag(?:en)?,mandag(?:en)?,tirsdag(?:en)?,,,,lørdag(?:en)?|laurdag"),
  /* fi */ days(
    "sunnuntai(?:na)?,maanantai(?:na)?,tiistai(?:na)?,keskiviikko(?:na)?,torstai(?:na)?,perjantai(?:na)?,lauantai(?:na)?",
  ),
  /* pl */ days(
    "niedziel[aęi],poniedziałek|poniedzialek,wtorek,środ[aęy]|srod[aey],czwartek,piątek|piatek,sobot[aęy]",
  ),
  /* cs */ days(
    // also the genitive after "do" (by): "do pátku", "do čtvrtka", "do středy"
    "neděl[ei],pondělí|pondeli,úterý|utery,střed[auy]|stred[auy],čtvrtek|ctvrtek|čtvrtka|ctvrtka,pátek|patek|pátku|patku,sobot[auy]",
  ),
  /* sk */ days("nedeľ[au],pondelok,utorok,,štvrtok,piatok,"),
  /* tr */ days(
    "pazar(?:a)?,pazartesi(?:ye)?,salı(?:ya)?,çarşamba(?:ya)?,perşembe(?:ye)?,cuma(?:ya)?,cumartesi(?:ye)?",
  ),
  // ru/uk also the genitive ("следующего вторника", "наступного вівторка": next Tuesday)
  /* ru */ days(
    "воскресень[ея],понедельник(?:а)?,вторник(?:а)?,сред[ауы],четверг(?:а)?,пятниц[ауы],суббот[ауы]",
  ),
  /* bg */ days("неделя,понеделник,вторник,сряда,четвъртък,петък,събота"),
  /* uk */ days(
    "неділ[яюі],понеділ(?:ок|ка),вівтор(?:ок|ка),серед[аиу],четвер(?:га)?,п[’']ятниц[яюі],субот[аиу]",
  ),
  /* hu */ days(
    "vasárnap,hétfő|hétfőn,kedd(?:en)?,szerd[aá]n?,csütörtök(?:ön)?,péntek(?:en)?,szombat(?:on)?",
  ),
  // ro: "De sunat joi", "luni" (also "months", read only in a follow-up note)
  /* ro */ days("duminică|duminica,luni,marți|marti,miercuri,joi,vineri,sâmbătă|sambata"),
  // el (accented or not), he ("ביום חמישי": on Thursday), ar ("يوم الخميس", "الخميس")
  /* el */ days(
    "κυριακή|κυριακη,δευτέρα|δευτερα,τρίτη|τριτη,τετάρτη|τεταρτη,πέμπτη|πεμπτη,παρασκευή|παρασκευη,σάββατο|σαββατο",
  ),
  /* he */ ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי"]
    .map((d) => `(?:ב)?יום ${d}`)
    .concat("(?:ב)?שבת"),
  /* ar */ days("الأحد|الاحد,الاثنين|الإثنين,الثلاثاء,الأربعاء|الاربعاء,الخميس,الجمعة,السبت"),
  // vi "thứ Năm" (also "thứ 5"); th "วันศุกร์"; hr/bs/sr/sl ("u srijedu", "v petek"); id/ms ("hari Minggu": "minggu"
  // alone is a week)
  /* vi */ days("chủ nhật,thứ hai|thứ 2,thứ ba|thứ 3,thứ tư|thứ 4,thứ năm|thứ 5,thứ sáu|thứ 6,thứ bảy|thứ 7"),
  /* th */ days("วันอาทิตย์,วันจันทร์,วันอังคาร,วันพุธ,วันพฤหัส(?:บดี)?,วันศุกร์,วันเสาร์"),
  /* hr/sl */ days(
    "nedjelj[aeu]|nedelj[aeou],ponedjelj(?:ak|ka)|ponedelj(?:ak|ek|ka),utor(?:ak|ka)|torek,srijed[aeu]|sred[aeou],četvrt(?:ak|ka)|četrtek,pet(?:ak|ka|ek),subot[aeu]|sobot[ao]",
  ),
  /* id/ms */ days("hari minggu|ahad,senin|isnin,selasa,rabu,kamis|khamis,jumat|jum'at|jumaat,sabtu"),
  // ja/zh/ko: one character names the day, Sunday first ("月曜", "星期一" / "周一", "월요일").
  /* ja */ [..."日月火水木金土"].map((c) => `${c}曜`),
  /* zh */ [..."日一二三四五六"].map((c) => `(?:星期|周|週)${c === "日" ? "[日天]" : c}`),
  /* ko */ [..."일월화수목금토"].map((c) => `${c}요일`),
];

/** Weekday names (0 = Sunday) in every language above. */
export const WEEKDAYS: { day: number; re: RegExp }[] = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  day,
  re: wordsRe(WEEKDAY_NAMES.map((row) => row[day]).filter(Boolean)),
}));

/** "tomorrow" / "day after tomorrow" in each language. */
export const TOMORROW_RE = wordsRe([
  "tomorrow|tmrw|tmw|2morrow", // en
  "demain|mañana|manana|morgen|domani|amanhã|amanha", // fr es de/nl/da/nb it pt
  "imorgon|i morgon", // sv
  "huomenna", // fi
  "jutro", // pl
  "zítra|zitra|zajtra", // cs sk
  "yarın", // tr
  "завтра", // ru uk
  "holnap", // hu
  "mâine|maine", // ro
  "αύριο|αυριο|מחר|غدا|غدًا|غداً|بكرة", // el he ar
  "ngày mai|พรุ่งนี้|sutra|jutri|besok|esok", // vi th hr/bs/sr sl id/ms
  "明日|あした|明天|내일", // ja zh ko
]);
export const DAY_AFTER_RE = wordsRe([
  "day after tomorrow|après-demain|pasado mañana|übermorgen|dopodomani|depois de amanhã|overmorgen",
  "i övermorgon|övermorgon|ylihuomenna|pojutrze|pozítří|pozajtra|öbür gün|послезавтра|післязавтра|holnapután",
  "poimâine|poimaine|μεθαύριο|μεθαυριο|מחרתיים|بعد غد", // ro el he ar
  "ngày kia|มะรืนนี้|prekosutra|pojutrišnjem|lusa", // vi th hr sl id
  "明後日|あさって|后天|後天|모레",
]);

/** "next week" without a day (a week on; a weekday right after it names the day): the languages chrono-en misses. */
export const NEXT_WEEK_RE = wordsRe([
  "nxt week|nxt wk|next wk", // en as typed on a phone ("call him nxt week")
  "nächste woche|kommende woche|la semaine prochaine|semaine prochaine|la próxima semana|la semana que viene", // de fr es
  "la prossima settimana|settimana prossima|próxima semana|semana que vem|volgende week|komende week", // it pt nl
  "nästa vecka|næste uge|neste uke|ensi viikolla|w przyszłym tygodniu|příští týden|gelecek hafta", // sv da nb fi pl cs tr
  "на следующей неделе|на наступному тижні|jövő héten|săptămâna viitoare|saptamana viitoare", // ru uk hu ro
  "την επόμενη εβδομάδα|την άλλη εβδομάδα|בשבוע הבא|الأسبوع القادم|الاسبوع القادم|الأسبوع المقبل", // el he ar
  "来週|下周|下週|다음 주", // ja zh ko
  "tuần sau|tuần tới|สัปดาห์หน้า|อาทิตย์หน้า|(?:sljedeći|idući|sledeći) tjedan|(?:sljedeće|iduće|sledeće) sedmice|minggu depan|pekan depan", // vi th hr/bs/sr id
]);

/**
 * A verb saying the mail or call came in, right before a weekday: that day is past, not a follow-up ("this came in on
 * Friday, call her", cs "přišlo v pátek", sv/da "kom i fredags"). Verb-first wordings, by language.
 */
export const ARRIVED_BEFORE_RE = new RegExp(
  [
    "came(?: in)?|arrived|received|got (?:it|this)", // en (+ "on", "last")
    "kam(?: rein)?|eingegangen|erhalten", // de (+ "am", "letzten")
    "reçue?|arrivée?", // fr (+ "le", "ce")
    "llegó|recibido|recibí|entró", // es (+ "el")
    "arrivat[ao]|ricevut[ao]", // it (+ "il", "di")
    "chegou|recebid[ao]|recebi|entrou", // pt (+ "na", "no", "em")
    "kwam(?: binnen)?|binnengekomen|ontvangen", // nl (+ "op", "afgelopen")
    "přišl[oa]|přišel|dorazil[oa]?", // cs (+ "v", "ve", "minulý")
    "przyszł[oa]|przyszedł|wpłynęł[oa]|dotarł[oa]?", // pl (+ "w", "we")
    "kom(?: in| ind)?|modtaget|mottatt|mottog", // sv, da, nb (+ "i", "på")
    "tuli|saapui", // fi
  ]
    .map((w) => `(?:${w})`)
    .join("|")
    .replace(/^/, "(?<![\\p{L}])(?:")
    .concat(
      ")\\s+(?:(?:on|last|am|letzten|le|ce|el|il|di|na|no|em|op|afgelopen|v|ve|minulý|minulou|w|we|i|på)\\s+)?$",
    ),
  "iu",
);

/**
 * A day number right after a weekday ("lunedì 14", "lundi 14", "Monday the 14th", "Freitag, den 18.", "fredag den
 * 18:e", "maandag 14"): group 1 the day, group 2 the word after it (a month there is read by
 * the month readers). Not a time ("Monday 10am", "Freitag 10 Uhr", "lunedì 14:30", "klo 14") nor a
 * written date ("Friday 12/18").
 */
export const DAY_AFTER_WEEKDAY_RE =
  /^,?\s*(?:the\s+|den\s+|le\s+|el\s+|il\s+|o\s+|dia\s+)?(\d{1,2})(?:st|nd|rd|th|er|e|:e|\.)?(?!\d|[:/.,-]\d|\s*(?:am|pm|a\.m|p\.m|h|uhr|ore|horas?|hrs?|u|uur|heures?|klo|kl|óra|godz)(?![\p{L}]))(?=\s*,?\s*(?:of\s+|de\s+)?(\p{L}*))/iu;
