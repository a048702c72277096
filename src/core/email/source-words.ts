// How a lead came in, in the languages note.ts's own table does not cover: fairs, conferences, networking, webinars,
// website forms and referrals in Nordic, Finnish, Slavic, Turkish, Hungarian and CJK notes.

/** Words as one case-insensitive pattern: whole words (letter-aware edges: "fuarı", "выставке"), or anywhere in CJK. */
function sourceRe(words: string, unspaced = ""): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${words})(?![\\p{L}\\d])${unspaced ? `|${unspaced}` : ""}`, "iu");
}

/**
 * By source category (as named in note.ts), the words in more languages; `inflected` lists the case forms
 * ("messuilla", "fuarda", "na targach", "на выставке"), which follow a verb or preposition, never the event's name.
 */
export const MORE_SOURCE_WORDS: Record<string, { re: RegExp; inflected?: RegExp; cased?: RegExp }> = {
  "Trade show": {
    // pl targi (z targów) · cs veletrh · sk veľtrh · sv mässa · nb/da messen · fi messut · tr fuar · hu vásár ·
    // ru/uk выставка · ja 展示会, 見本市 · zh 展会, 博览会 · ko 전시회, 박람회
    re: sourceRe(
      "targ(?:i|ów|ach|ami|om)|veletrh(?:u)?|veľtrh(?:u)?|mässa(?:n)?|messen|messu(?:t|illa|ilta|ille)|fuar(?:ı|da|ında|dan)?|vásár(?:on)?|в[ыи]ставк[аеиу]|виставц[іи]",
      "展示会|見本市|展会|展會|博览会|博覽會|전시회|박람회|엑스포|エキスポ", // ko/ja "expo" written out
    ),
    // en: a named show, capitalised ("the Facilities Show at ExCeL", "Ideal Home Show"), not "a TV show"
    cased: /(?<=\p{Lu}[\p{L}&'’-]*\s)Show\b/u,
    inflected:
      /^(?:targ(?:ów|ach|ami|om)|veletrhu|veľtrhu|mässan|messen|messu(?:illa|ilta|ille)|fuar(?:ı|da|ında|dan)|vásáron|в[ыи]ставк[еиу]|виставц[іи])$/iu,
  },
  Conference: {
    // pl cs sv da nb fi tr ru uk · ja ko
    re: sourceRe(
      "konferencj[aią]|konferenc[ei]|konferens(?:en)?|konferencen|konferanse(?:n)?|konferenssi(?:ssa|sta|lla)?|konferans(?:ta|ı)?|конференц[иі][яиюейїю]",
      "カンファレンス|学会|컨퍼런스|학회",
    ),
    inflected:
      /^(?:konferencj[iąę]|konferenci|konferensen|konferencen|konferansen|konferenssi(?:ssa|sta|lla)|konferans(?:ta|ı)|конференц[иі][июейї])$/iu,
  },
  // sv da nb, with their compounds ("nettverksmøtet", "netværksmøde", "nätverksträffen"); ru/uk "нетворкинг"
  "Networking event": { re: sourceRe("(?:nätverk|netværk|nettverk)(?:s\\p{L}*)?|нетворкинг\\p{L}*") },
  // sv webbinarium · cs webinář (po webináři) · pl webinarium · fi webinaari · ru/uk вебинар · ja ウェビナー · ko 웨비나
  Webinar: {
    re: sourceRe(
      "webb?inari(?:um|et|a)?|webinář(?:i|e|em)?|webináři|webinaari|vebinar|веб[иі]нар[аеу]?",
      "ウェビナー|웨비나",
    ),
  },
  Website: {
    // pl sv fi tr · ja
    re: sourceRe(
      "formularz kontaktowy|kontaktformulär|yhteydenottolomake|iletişim formu" +
        // pt "pelo formulário do site", es "formulario de la web", it "modulo di contatto", nl "contactformulier",
        // nb "kontaktskjema", cs "kontaktní formulář", tr "web sitesinden"
        "|formulário (?:do site|de contac?to|online)|(?:pelo|através do|no) (?:nosso )?site|formulario de la web|modulo (?:di contatto|del sito)|contactformulier|kontaktskjema(?:et)?|kontaktní formulář|web sitesi(?:miz)?(?:den|nden)" +
        // ru "заявка с сайта", "форма обратной связи"; uk "з сайту", "форма зворотного зв'язку"
        "|(?:заявк[аиу] )?(?:с|через) сайт[аеу]?|форм\\p{L}* обратной связи|(?:з|через) сайт[уі]?|форм\\p{L}* зворотного зв['’]язку",
      "お問い合わせフォーム|問い合わせフォーム",
    ),
  },
  Referral: {
    // pl cs sv da nb fi tr ru
    re: sourceRe(
      "z polecenia|polecił[ao]?|doporučil[ao]?|doporučení|rekommenderad(?: av)?|anbefalet|anbefalt|suositteli|tavsiyesiyle|(?:по )?рекомендаци[ия]|порекомендовал[аи]?",
    ),
  },
};
