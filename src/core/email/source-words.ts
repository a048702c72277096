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
    // ru/uk выставка · ja 展示会, 見本市 · zh 展会, 博览会, 交易会 (广交会: the Canton Fair), 展览/展覽 (exhibition, zh-TW
    // "展覽認識的客戶"), 展销会 · ko 전시회, 박람회 ·
    // tr with the compound's possessive and a case: "Tekstil fuarından" (from the textile fair), "fuarına", "fuardan" ·
    // hu kiállítás · ro târg · el έκθεση · he תערוכה · ar معرض (he/ar with their attached prefixes: בתערוכה, المعرض)
    re: sourceRe(
      // vi hội chợ, triển lãm · id/ms pameran · hr/sr/bs sajam (na sajmu)
      // fi compounds ending in the word: "Koiramessuilta" (from the dog show), "Kädentaitomessut"
      "\\p{L}+messu(?:t|illa|ilta|ille)|hội chợ|triển lãm|pameran|sajam|sajmu|targ(?:i|ów|ach|ami|om)|veletrh(?:u)?|veľtrh(?:u)?|mässa(?:n)?|messen|messu(?:t|illa|ilta|ille)|fuar(?:ı(?:n(?:da|dan|a))?|da|dan|a)?|vásár(?:on)?|kiállítás(?:on)?|târg(?:ul|ului)?|targul(?:ui)?|έκθεση|έκθεσης|в[ыи]ставк[аеиу]|виставц[іи]",
      "งานแสดงสินค้า|展示会|見本市|展会|展會|展览|展覽|展销会|展銷會|博览会|博覽會|交易会|交易會|广交会|廣交會|전시회|박람회|엑스포|エキスポ|תערוכ|معرض|쇼에서|페어에서" + // ko/ja "expo" written out; ko "카페쇼에서" (at the … show/fair)
        // zh/ja a show named by its trade then 展 ("在广州家具展上认识", "车展期间", "建材展で"), not 发展, 开展, 进展,
        // 扩展 (development, carry out, progress, expand) nor ja 親展 (confidential); zh 博会 ("美博会", "家博会");
        // ja "ホームショーで", "ギフト・ショーにて"
        "|(?<=[\\p{sc=Han}\\p{sc=Katakana}\\p{Lu}])(?<![发發开開进進扩擴拓伸施延舒亲親])展(?=上|中|期间|期間|现场|現場|会场|會場|で|にて|に|の|认识|認識|结识|結識|遇到|见到|見到|[，。、,.\\s）)]|$)|博会|博會|ショー(?:で|にて|の(?:会場|ブース))",
    ),
    // en: a named show, capitalised ("the Facilities Show at ExCeL", "Ideal Home Show"), not "a TV show"
    cased: /(?<=\p{Lu}[\p{L}&'’-]*\s)Show\b/u,
    inflected:
      /^(?:\p{L}*messu(?:illa|ilta|ille)|sajmu|targ(?:ów|ach|ami|om)|veletrhu|veľtrhu|mässan|messen|messu(?:illa|ilta|ille)|fuar(?:ı(?:n(?:da|dan|a))?|da|dan|a)|vásáron|kiállításon|târgul(?:ui)?|targul(?:ui)?|έκθεση[ς]?|в[ыи]ставк[еиу]|виставц[іи]|תערוכ|معرض)$/iu,
  },
  Conference: {
    // pl cs sv da nb fi tr ru uk hu ro el · ja ko · he כנס · ar مؤتمر
    re: sourceRe(
      // vi hội nghị · id konferensi · pl konferencja · hr/sr konferencija (na konferenciji)
      "hội nghị|konferensi|konferencj[aią]|konferencij[aiąeu]|konferenc[ei]|konferens(?:en)?|konferencen|konferanse(?:n)?|konferenssi(?:ssa|sta|lla)?|konferans(?:ta|tan|a|ı(?:n(?:da|dan|a))?)?|konferenci[aá]n?|conferin[țţ][aăe]|συνέδριο|συνεδρίου|конференц[иі][яиюейїю]",
      "งานประชุม|การประชุม|カンファレンス|学会|컨퍼런스|학회|בכנס|הכנס|مؤتمر",
    ),
    inflected:
      /^(?:konferencij[iu]|konferencj[iąę]|konferenci|konferensen|konferencen|konferansen|konferenssi(?:ssa|sta|lla)|konferans(?:ta|tan|a|ı(?:n(?:da|dan|a))?)|konferencián|conferin[țţ][aăe]|συνέδριο|συνεδρίου|конференц[иі][июейї]|בכנס|הכנס|مؤتمر)$/iu,
  },
  // sv da nb, with their compounds ("nettverksmøtet", "netværksmøde", "nätverksträffen"); ru/uk "нетворкинг"
  "Networking event": { re: sourceRe("(?:nätverk|netværk|nettverk)(?:s\\p{L}*)?|нетворкинг\\p{L}*") },
  // sv webbinarium · cs webinář (po webináři) · pl webinarium · fi webinaari (webinaarissa, webinaarista) · hu
  // webinárium · ro webinarul · ru/uk вебинар · ja ウェビナー · ko 웨비나 · zh 网络研讨会 · he וובינר · ar ندوة عبر الإنترنت
  Webinar: {
    re: sourceRe(
      "webb?inari(?:um|et|a)?|webinář(?:i|e|em)?|webináři|webinaari(?:ssa|sta|in|iin|n)?|webinári(?:um|umon)|webinar(?:ul|ului)|vebinar|веб[иі]нар[аеу]?",
      "ウェビナー|웨비나|网络研讨会|網路研討會|线上研讨会|וובינר|ندوة عبر الإنترنت|ويبينار",
    ),
  },
  Website: {
    // pl sv fi tr · ja
    re: sourceRe(
      "formularz kontaktowy|kontaktformulär|kontaktformular(?:en|et)|yhteydenottolomake|iletişim formu" +
        // pt "pelo formulário do site", es "formulario de la web", it "modulo di contatto", nl "contactformulier",
        // nb "kontaktskjema", cs "kontaktní formulář", tr "web sitesinden"
        "|formulário (?:do site|de contac?to|online)|(?:pelo|através do|no) (?:nosso )?site|(?:lead|contato|contacto|pedido|orçamento) (?:do|pelo|via) site|formulario de la web|modulo (?:di contatto|del sito)|contactformulier|kontaktskjema(?:et)?|kontaktní formulář|web sitesi(?:miz)?(?:den|nden)" +
        // da "via kontaktformularen"; ru "через форму на сайте", uk "форма на сайті";
        // ru "заявка с сайта", "форма обратной связи"; uk "з сайту", "форма зворотного зв'язку"
        "|(?:заявк[аиу] )?(?:с|через) сайт[аеу]?|форм\\p{L}* на сайте|форм\\p{L}* на сайті|форм\\p{L}* обратной связи|(?:з|через) сайт[уі]?|форм\\p{L}* зворотного зв['’]язку" +
        // cs/sk "přes web", "z webu", "cez web"; hu "a weboldalról", "weboldalunkon"; ro "de pe site", "prin site";
        // el "από την ιστοσελίδα" ("ιστοσελίδα" alone is a web site the lead wants built), "φόρμα επικοινωνίας", "από τη
        // φόρμα του site" (from the site's form)
        // pl "z formularza na stronie", "ze strony www"; es "viene de la página web"; vi "qua website"; id "dari
        // website", "lewat formulir"; hr/sr/bs "preko web stranice", "putem kontakt obrasca"
        "|z formularza(?: kontaktowego| na stronie)?|ze strony(?: internetowej| www)?|przez (?:naszą )?stronę(?: internetową| www)?" +
        "|(?:viene|vino|llegó|llega|entró|entra) (?:de|desde|por) (?:la|nuestra) (?:web|página(?: web)?)" +
        "|(?:qua|từ) (?:website|trang web)|(?:dari|lewat|melalui) (?:website|situs(?: web)?|formulir)" +
        "|(?:preko|putem|sa|s) (?:naše )?(?:web )?stranic[eu]|kontakt(?:ni|nog|nom)? obra(?:zac|sca|scu)" +
        // da/nb "fra hjemmesiden", "via nettsiden", nb "fra nettsidene"; sv "från hemsidan", "via webbplatsen"; fi
        // "verkkosivujen kautta", "nettisivuilta" (the site alone, "hjemmeside", may be one the lead wants built)
        "|(?:fra|via|gennem|gjennom|från|genom) (?:vores |vår |vårt |våre )?(?:hjemmesiden?|nettsiden[e]?|hemsidan|webbplatsen|webben|websiden)|(?:verkkosivu|nettisivu|kotisivu)(?:jen kautta|ilta|ltamme|iltamme)" +
        "|přes (?:náš )?web(?:ové stránky)?|z (?:našeho )?webu|cez (?:náš )?web|weboldal(?:ról|unkról|on keresztül|unkon keresztül)|kapcsolat(?:felvételi|i) űrlap|forrás: (?:a )?weboldal|(?:de pe|prin) site(?:-ul)?|formularul de contact|(?:από|μέσω) (?:την |της )?ιστοσελίδα[ς]?|φόρμα επικοινωνίας|(?:από|μέσω) (?:τη |την |της )?φόρμα(?:ς)? του (?:site|σάιτ|ιστότοπου)",
      // ja (ホームページから) · zh 官网, 网站上 · ko 홈페이지를 통해, 홈페이지 문의 (a site alone may be the one the lead wants
      // built) · th ทางเว็บไซต์, จากเว็บไซต์ · he דרך האתר, מהאתר, טופס יצירת קשר · ar عبر الموقع, من الموقع, نموذج الاتصال
      "お問い合わせフォーム|問い合わせフォーム|官网|官網|网站(?:上|表单|留言|在线|来的)|網站(?:上|表單|留言|線上|來的)|(?:通过|透過)(?:网站|網站)|(?:홈페이지|웹사이트)(?:를 통해|에서|로| ?문의| ?상담)|문의 양식|ホームページ(?:から|経由)|(?:ทาง|จาก|ผ่าน)เว็บไซต์|דרך האתר|מהאתר|באתר שלנו|טופס יצירת קשר|عبر الموقع|من الموقع|موقعنا|نموذج الاتصال",
    ),
  },
  Referral: {
    // pl cs sv da nb fi tr ru · ro "recomandat(ă) de" · hu "ajánlotta", "ajánlására", "ajánlásával" (on the
    // recommendation of), "ajánlás alapján" · el "σύσταση", "τον σύστησε ο …"
    // (recommended him) · zh 推荐 · ko 추천 ·
    // he "המליץ", "בהמלצת" · ar "توصية", "أوصى"
    re: sourceRe(
      // vi "được giới thiệu" · id "rekomendasi" · hr/sr "preporuka", "preporučio" · it "me l'ha passata Franco" (passed
      // on to me), "mi ha passato il contatto", "segnalato da", "su segnalazione di", "consigliata da"
      // en (AU) "Lina put them onto us"; sk "odporučil ho X", "na odporúčanie"; sl "priporočil jo je X", "na priporočilo";
      // en "introduced by Kate", "Kate put us in touch", "passed on by", "sent our way by", "word of mouth"; nl
      // "doorverwezen door", "via via", "aangeraden door"; de "Tipp von", "vermittelt von/durch"; fr "conseillé par",
      // "sur (la) recommandation de", "mis en contact"; es "recomendación de", "nos puso en contacto"; pt "indicado
      // pelo", "recomendada pela", "referência do"; pl "polecony przez"; tr "referans"
      "introduced by|put (?:us|me|him|her|them) in touch|put (?:him|her|them) on ?to us|passed (?:on|along) (?:to (?:me|us) )?by|sent (?:over|our way|my way) by|word of mouth|doorverwezen|via via|aangeraden door|tipp von|vermittelt (?:von|durch)|conseillée? par|sur (?:la )?recommandation de|mise? en (?:contact|relation)|recomendación de|nos puso en contacto|indicad[oa] (?:por|pel[oa])|indicação d[oae]|recomendad[oa] pel[oa]|refer[êe]ncia d[oae]|polecon\\p{L}*|referans\\p{L}*|" +
        "m[ei] l['’]ha passat[oaie]|mi ha passato il (?:suo |tuo )?contatto|segnalat[oaie] da|su segnalazione di|consigliat[oaie] da|được giới thiệu|rekomendasi|direkomendasikan|preporuk[aeu]|preporučio|preporučila|z polecenia|polecił[ao]?|doporučil[ao]?|doporučení|odporučil[ao]?|odporúčal[ao]?|na odporúčanie|priporočil[ao]?|priporočilo|na priporočilo|rekommenderad(?: av)?|anbefalet|anbefalt|suositteli|tavsiyesiyle|(?:по )?рекомендаци[ия]|порекомендовал[аи]?|recomandat[ăa]?|recomandare[a]?|ajánlotta|ajánlására|ajánlásával|ajánlás alapján|σύσταση|συνέστησε|σύστησ(?:ε|αν)",
      // ja "〇〇様からのご紹介", "〇〇様よりご紹介いただきました", "紹介で" (not 自己紹介, a self-introduction, nor 製品紹介)
      // zh 介绍 (not 自我介绍, a self-introduction, nor a product's), ko 소개받은 / 소개로 (not 자기소개), ja "紹介：山田さん"
      "(?<!自我|产品|產品|公司)介[绍紹]|(?<!자기)소개(?:받|로|해 ?주)|紹介者?[:：]|推荐|推薦|추천|המליצ|המליץ|בהמלצת|המלצה|توصية|بتوصية|أوصى|(?:から|より)の?ご?紹介|ご紹介(?:いただ|頂)|(?<!自己|製品|商品)紹介(?:で|により|を受け)",
    ),
  },
};

/**
 * A channel the note says the lead did NOT come through ("not via the website", "問い合わせフォーム経由ではなく直接メールで"):
 * a negation right before the words (en not, de nicht/kein, fr pas/non, it non, pt não, nl niet, sv inte/ej, da/nb
 * ikke, pl nie; never "no", which is "in the" in pt "no congresso") or right after them (ja ではなく/じゃなく, ko 이/가 아니라, zh 而是 follows 不是 before).
 */
const NEGATED_BEFORE_RE =
  /(?:(?<![\p{L}])(?:not|nicht|kein\p{L}*|pas|non|não|niet|inte|ej|ikke|nie)\s+(?:\p{L}+\s+)?|(?:不是|并非|並非)\s*)$/iu;
const NEGATED_AFTER_RE =
  /^\s*(?:経由|から|より|を通じて)?\s*(?:では|じゃ)(?:なく|ない|ありません)|^\s*(?:이|가|를 통한 것이|으로|로)?\s*아니/u;

/** The words found at `start`..`end` of `text` are negated: that channel is not how the lead came in. */
export function isNegatedSource(text: string, start: number, end: number): boolean {
  return (
    // The words' own leading space ("(?:^|\s)über die Website") is put back after the text before them.
    NEGATED_BEFORE_RE.test(`${text.slice(Math.max(0, start - 24), start).trimEnd()} `) ||
    NEGATED_AFTER_RE.test(text.slice(end, end + 16))
  );
}
