// Follow-up words by language: cues that ask for a follow-up, "in 2 weeks", numbers, units, deadlines, holidays.
import { wordsRe } from "../contact/words-re";

/** The note asks for a follow-up (call, e-mail, follow up …). */
export const FOLLOW_UP_CUE_RE =
  /\b(?:fol{1,2}o?w[- ]?up|f\/u|call(?:\s*back)?|callback|ring|phone|e-?mail (?:him|her|them)|reach out|contact (?:him|her|them)|check (?:in|back)|ping|touch base|get back|remind(?:er)?|circle back|send (?:a |the )?quote|rappeler|relancer|appeler|recontacter|suivi|llamar(?:la|lo|les)?|seguimiento|contactar(?:la|lo)?|escribir(?:le)?|rückruf|anrufen|zurückrufen|nachfassen|melden|kontaktieren|wiedervorlage|nachhaken|richiamare|chiamare|ricontattare|sentire|ligar(?:-lhe)?|retornar|contatar|acompanhar|bellen|terugbellen|opvolgen|mailen|bel (?:hem|haar|ze|terug)|ruf (?:ihn|sie) |llámal[oae]s?|appelle-(?:le|la|les)|rappelle-(?:le|la|les)|chiamal[oaei])\b/i;

/**
 * "call" meaning a decision, not a phone call (en): "your call whether we take it", "it's my call", "a judgment call",
 * "a close call". Blanked out (same length) before the cues are looked for.
 */
export const NOT_A_CALL_RE =
  /\b(?:(?:it['’]s |that['’]s )?(?:your|my) call\b(?! (?:him|her|them|back))|(?:judg(?:e)?ment|close|tough|hard|good|right|wrong) call\b)/gi;

/** Follow-up requests in the languages FOLLOW_UP_CUE_RE does not cover: call, call back, contact, follow up. */
const MORE_CUES: Record<string, string[]> = {
  // en "chase", it/es/pt verbs with their pronoun attached ("Richiamarlo", "Ricontattarla", "contactarle")
  // en-AU/NZ/GB "give him a bell", "give her a buzz", "give them a tinkle", "bell him"; en-US "hit him up".
  en: [
    "chase(?: (?:him|her|them|up))?",
    "give (?:him|her|them|['’]?em) a (?:bell|buzz|tinkle|shout)",
    "bell (?:him|her|them)",
    "hit (?:him|her|them) up",
  ],
  it: [
    "(?:ri)?chiamarl[oaie]",
    "ricontattarl[oaie]",
    "(?:ri)?sentirl[oaie]",
    "(?:ri)?chiamargli",
    "ricontattargli",
    // The imperative with the pronoun attached: "Richiamalo il 10 dicembre", "Ricontattala lunedì".
    "richiamal[oaei]",
    "ricontattal[oaei]",
  ],
  // es "Háblale pasado mañana", "Llámale", "Márcale el lunes" (es-MX), "Escríbele", "Contáctala", "hablar con él"
  es: [
    "contactarle",
    "llamarle",
    "h[aá]blal[eoa]s?",
    "hablarle",
    "ll[aá]male",
    "m[aá]rcal[eoa]s?",
    "marcarle",
    // Mexico: "Yo le marcaría a fin de mes", "le llamaría el lunes" (the conditional a colleague suggests)
    "(?:le|les) (?:marcar|llamar)[ií]a",
    "escr[ií]bel[eoa]s?",
    "cont[aá]ctal[eoa]s?",
    "habla(?:r)? con (?:él|ella|ellos)",
  ],
  // pt "Liga-lhe na próxima terça" (pt-PT imperative), "Ligue para ela" (pt-BR), "Telefona-lhe", "Contacta-a",
  // "fala com ele", "retomar o contacto" (not "ligue" or "telefone" alone: fr "la ligue", pt "telefone:" a label)
  pt: [
    "contactar",
    "contacta-?l[oa]",
    "ligar-?lhe",
    "liga-?lhe",
    "ligue(?:-lhe| para (?:ela|ele))",
    "liga para (?:ela|ele)",
    "telefona(?:-lhe)?",
    "telefonar(?:-lhe)?",
    "telefone-lhe",
    "contact[ae]-?(?:a|o|l[oa])",
    "contate",
    "fal(?:a|e|ar) com (?:ela|ele)",
    "retomar o conta(?:c)?to",
  ],
  // ca "trucar-la", "la trucarem/trucaríem" (call her), "contactar-la", "fer el seguiment"
  ca: ["trucar(?:-(?:la|lo|los|les|li))?", "trucarem", "trucaríem", "truca-(?:la|lo|li)", "fer el seguiment"],
  sv: "ringa?|ring upp|ringer|återkoppla|kontakta|följ upp|följa upp|hör av dig|höra av".split("|"),
  // da/nb "kontakte", "kontakt ham" (the bare "Kontakt" is a noun in de/sv/pl: "Kontakt von der Messe").
  da: "ringe?|ring tilbage|kontakte|kontakt (?:ham|hende|dem)|tag kontakt|følg op|følge op|opfølgning|vend tilbage".split(
    "|",
  ),
  nb: "ringe?|ring tilbake|kontakte|kontakt (?:ham|henne|dem)|følg opp|følge opp|oppfølging|ta kontakt".split(
    "|",
  ),
  fi: ["soita", "soittaa", "soitto", "ota yhteyttä", "ottaa yhteyttä", "seuranta", "muistuta"],
  pl: ["(?:za|od)dzwo(?:ni[ćc]|ń)", "skontaktowa[ćc]", "przypomnie[ćc]", "odezwa[ćc]", "napisa[ćc]"],
  cs: ["zavolat", "zavolej", "ozvat se", "kontaktovat", "připomenout", "napsat"],
  sk: ["zavolať", "zavolaj", "ozvať sa", "kontaktovať"],
  // tr also "aranması lazım/gerek" (needs calling), "aranmalı", "arayalım", "aransın", "arar mısın".
  tr: "ara|aranacak|aramak|arayın|aranmas[ıi]|aranmalı|arayalım|aransın|arar mısın|geri dön|takip|hatırlat".split(
    "|",
  ),
  ru: ["(?:по|пере)звони(?:ть)?", "связаться", "напомнить", "написать"],
  uk: [
    "зателефонува(?:ти|ть)",
    "зателефонуй(?:те)?",
    "(?:по|пере)?дзвони(?:ти|те)?",
    "зв['’]яж(?:іться|ись|итися)",
  ],
  ro: ["de revenit", "reveni(?:m|ți)?", "revin", "de sunat", "sun[aăi]", "contacta(?:ți)?", "recontacta"],
  // hu also the first person and the plural ("hívjam vissza": I am to call back, "hívjuk fel"), "visszahívni"
  hu: [
    "felhívni",
    "hívd", // "Holnap hívd" (call them tomorrow)
    "hív(?:d|ja|jam|juk|játok) (?:fel|vissza)",
    "visszahív(?:ni|ni kell|om|juk)",
    "keresd meg",
    "jelentkezni",
  ],
  ja: ["フォロー", "連絡", "電話", "折り返し", "リマインド"],
  // zh also with a measure word or "once" between ("给她回个电话", "打个電話", "回一下电话"), the formal 致电, a
  // follow-up visit or call 回访, 跟踪, zh-TW 聯絡, a reminder 提醒
  zh: [
    "跟[进進踪蹤]",
    "回[电電]",
    "[打回](?:一?[个個]|一下)?[电電]话",
    "[打回](?:一?[个個]|一下)?[电電]話",
    "致[电電]",
    "回[访訪]",
    "[联聯][系繫络絡]",
    "提醒",
  ],
  ko: ["연락", "전화", "팔로우업"],
  // el "τηλεφώνησέ του", "πάρε τηλέφωνο", "επικοινώνησε"; he "תתקשר", "תחזור אליו/אליה"; ar "اتصل", "تواصل", "متابعة"
  el: [
    "τηλεφώνησ\\p{L}*",
    "πάρ(?:ε|ω|τε) (?:τηλέφωνο|τον|την)",
    "επικοινώνησ\\p{L}*",
    "επικοινωνία",
    "κάλεσ\\p{L}*", // "Κάλεσέ τον την Πέμπτη" (call him on Thursday)
    "τηλέφωνο σ(?:τον|την|τους|τις)", // a note "Τηλέφωνο στην κα Ρήγα την Πέμπτη" (a call to Mrs … on Thursday)
  ],
  // bg "Да се обадя в петък" (I am to call on Friday), "Обади се", "Звънни му"
  bg: ["обад(?:и|я|ете)(?: се)?", "звънн(?:и|а|ете)", "свържи се", "напомни"],
  he: ["תתקשר(?:י)?", "להתקשר", "(?:ת|ל)חזור אלי(?:ו|ה|הם)", "תחזרי אלי(?:ו|ה)", "מעקב"],
  ar: ["اتصل", "الاتصال", "تواصل", "التواصل", "المتابعة", "متابعة"],
  // vi "Gọi lại vào thứ Năm"; th "โทรกลับวันศุกร์"; hr/bs/sr "Nazovi je sutra", "javi se"; sl "pokliči"; id/ms
  // "telepon", "hubungi", "ditindaklanjuti"
  vi: ["gọi lại", "gọi cho", "gọi điện", "liên hệ lại", "nhắc lại", "theo dõi"],
  th: ["โทรกลับ", "โทรหา", "ติดต่อกลับ", "ติดตาม"],
  hr: [
    "nazovi(?:te)?",
    "nazvati",
    "javi(?:te)? se",
    "javiti se",
    "kontaktiraj(?:te)?",
    "kontaktirati",
    "pozovi(?:te)?",
  ],
  sl: ["pokliči(?:te)?", "poklicati"],
  id: ["telepon", "telpon", "hubungi", "ditindaklanjuti", "tindak lanjut"],
};
export const MORE_CUES_RE = wordsRe(Object.values(MORE_CUES).flat());

/**
 * "in 2 weeks" / "dans 3 jours" / "en dos semanas", "dentro de dos semanas" (es/pt) / "in 2 Wochen" / "tra 2 settimane"
 * / "em 2 semanas" / "over 2 weken", "om twee weken" (nl).
 */
export const IN_N_RE =
  /\b(?:in|within|dans|en|d'ici|dentro de|tra|fra|em|daqui a|over|om|binnen)\s+(\d{1,2}|a couple of|a|an|one|two|three|four|un|une|deux|trois|quatre|uno|una|dos|tres|cuatro|einem|einer|zwei|drei|vier|due|tre|quattro|um|uma|duas|três|een|twee|drie)\s+(days?|weeks?|fortnights?|months?|jours?|semaines?|mois|días?|dias?|semanas?|mes(?:es)?|tagen?|wochen?|monate?n?|giorni|giorno|settimane?|mesi|mese|dagen|dag|weken|week|maanden|maand)\b/i;

/**
 * The same in sv/da/nb ("om två veckor", "om 2 uger"), pl/cs/sk/hr ("za 2 tygodnie", "za týden", "za dva týždne",
 * "za dva tjedna"), ru ("через неделю"),
 * and with the word after the period in tr/fi/ja ("2 hafta sonra", "2 viikon päästä", "2週間後"). Group 1 the count
 * (none means one), group 2 the unit.
 */
export const IN_N_MORE_RE = new RegExp(
  "(?<![\\p{L}])(?:om|za|через|за)\\s+(?:(\\d{1,2}|en|ett|två|tre|fyra|et|to|fire|jeden|dwa|dwie|trzy|cztery|dva|dvě|tři|čtyři|од(?:ну|ин)|дв[ае]|три|четыре)\\s+)?" +
    "(dag(?:ar|er|e)?|veck(?:a|or)|uk(?:e|er)|ug(?:e|er)|mån[ae]d(?:er)?|dni|dzień|tydzień|tygodni(?:e)?|miesi(?:ąc|ące|ęcy)|den|dny|dní|týd(?:en|ny|nů)|měsíc(?:e|ů)?|týžd(?:eň|ne|ňov)|mesiac(?:e|ov)?|dana|tjed(?:an|na|ana)|mjesec(?:a|i)?|д(?:ень|ня|ней)|недел[юиь]|месяц(?:а|ев)?)(?![\\p{L}])" +
    // hu "két hét múlva" (in two weeks), "3 nap múlva", "egy hónap múlva": the count first, "múlva" after the unit
    // tr "iki hafta sonra", fi genitive "kahden viikon päästä"
    "|(?<![\\p{L}\\d])(\\d{1,2}|egy|két|kettő|három|négy|bir|iki|üç|dört|yhden|kahden|kolmen|neljän)\\s*(gün|hafta|ay|päivän|viikon|kuukauden|nap|hét|hónap|日|週間|ヶ月|か月|カ月)\\s*(?:sonra|päästä|kuluttua|múlva|後)",
  "iu",
);

/** The unit of IN_N_RE's second group: "d", "w", "f" (a fortnight) or "m". */
export function unitOf(w: string): "d" | "w" | "f" | "m" {
  const s = w.toLowerCase();
  if (s.startsWith("fortnight")) return "f";
  if (
    /^(?:week|semaine|semana|woche|settiman|weken|veck|uke|uge|tydz|tygod|týd|týžd|tjed|недел|hafta|viiko|週|hét$)/.test(
      s,
    )
  )
    return "w";
  if (
    /^(?:month|mois|mes|monat|mese|mesi|maand|månad|måned|miesi|měsíc|mesiac|mjesec|месяц|ay$|kuukau|hónap|ヶ月|か月|カ月)/.test(
      s,
    )
  )
    return "m";
  return "d";
}

/** A deadline word right before a date ("before the 20th", "avant le 20", "bis zum 20."): not a follow-up. */
export const DEADLINE_BEFORE_RE =
  /\b(?:before|by|until|till|due|no later than|avant|d'ici|jusqu'(?:au|à)|antes del?|hasta|bis(?: zum)?|vor dem|entro|prima del|fino al|até|antes de|voor|uiterlijk)\s*$/i;

/** "after the holidays" and its equivalents: no exact date is written. */
export const HOLIDAYS_RE =
  /\b(?:after (?:the )?(?:holidays|christmas|new year|the break)|après les fêtes|après noël|después de (?:las )?fiestas|después de navidad|nach den feiertagen|nach weihnachten|dopo le feste|depois das festas|na de feestdagen)\b/i;
