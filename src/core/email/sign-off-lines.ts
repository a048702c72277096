// Lines around a signature: the sign-off before it and a mail app's "Sent from my iPhone" line under it.

/** Sign-off lines: the sender's name and signature follow. */
/**
 * Sign-offs in more languages and regions: en-IN and the like, da/nb, sv, fi, pl, cs/sk, hu, ro, tr, ru, uk, el, he, ar, zh, ko, and more forms in
 * es/pt/it/de/nl (every client).
 */
const MORE_SIGN_OFFS = [
  "venlig hilsen|vennlig hilsen|med vennlig hilsen|mange hilsner|vänliga hälsningar|bästa hälsningar|terveisin|kiitos",
  "pozdrawiam(?: serdecznie)?|z poważaniem|s pozdravem|s pozdravom|s úctou|děkuji|ďakujem",
  "üdvözlettel|tisztelettel|köszönettel|cu stimă|cu stima|cu respect|cu drag|mulțumesc|saygılarımla|iyi çalışmalar",
  "с уважением|всего доброго|спасибо|з повагою|дякую|με εκτίμηση|φιλικά|ευχαριστώ|בברכה|תודה|בתודה",
  "مع خالص التحية|مع التحية|تحياتي|مع أطيب التحيات|وتقبلوا فائق الاحترام|شكرا|شكراً",
  "此致|此致敬礼|祝好|谢谢|감사합니다|고맙습니다",
  // vi: "Trân trọng" (respectfully), "Thân ái" (warmly), "Kính thư" (respectfully written), "Xin cảm ơn" (thank you).
  "trân trọng|thân ái|kính thư|(?:xin )?cảm ơn",
  // en as written in India, Pakistan, Nigeria, South Africa and the Gulf: "Thanks & Regards", "Thanks and regards",
  // "Regards & Thanks", "With regards", "Warm(est) regards", "Rgds".
  "thanks? (?:&|and) (?:best |warm |kind )?(?:regards|rgds)|regards (?:&|and) thanks|with (?:best |warm |kind )?regards|warmest regards|(?:best |kind |warm )?rgds",
  // Sign-offs shortened in quick notes, any client: pt-BR "Abs"/"Abç" (abraços), "Att"/"Atte" (atenciosamente), "Bjs";
  // es "Slds", "Saludos"; fr "Cdlt"/"Cdt" (cordialement), "Bàv"; de "LG", "VG", "MfG", "Gruß"; nl "Gr", "Mvg"; da/nb
  // "Mvh", "Vh"; sv "Mvh"; en "BR", "KR", "Thx", "Tks".
  "abs|abç|abçs|bjs|atte|slds|cdlt|cdt|bàv|lg|vg|mfg|gr|mvg|vh|br|kr|thx|tks",
  "un cordial saludo|cordialmente|cumprimentos|melhores cumprimentos|att\\.?|buona giornata|belle journée|bonne fin de journée|bonne soirée|schöne grüße|met hartelijke groet",
  // de/at/ch "Herzliche Grüße", "Sonnige Grüsse aus dem Allgäu", "Viele Grüße vom Bodensee"; nl "Groeten uit Zwolle":
  // the greeting sent from a place (any client).
  "(?:(?:herzliche|herzlichste|sonnige|schöne|liebe|viele|beste) )?grü(?:ß|ss)e(?: (?:aus|vom|von|nach) [^\\d,:;@]{2,40})?|(?:hartelijke |vriendelijke )?groeten uit [^\\d,:;@]{2,40}",
].join("|");

// zh/ja write a sign-off's punctuation full width ("谢谢！", "此致。").
export const SIGN_OFF_RE = new RegExp(
  String.raw`^(?:best(?: regards| wishes)?|regards|kind regards|warm regards|many thanks|thanks(?: again| so much)?|thank you|cheers|talk soon|sincerely|yours(?: truly| sincerely)?|all the best|take care|merci(?: beaucoup)?|cordialement|bien (?:à vous|cordialement)|bonne journée|salutations|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|gruß|grüße|un saludo|saludos(?: cordiales)?|atentamente|gracias|un abrazo|cordiali saluti|distinti saluti|saluti|grazie|atenciosamente|abraços|obrigad[oa]|met vriendelijke groet(?:en)?|groeten|vriendelijke groet|med vänliga hälsningar|hälsningar|mvh|med venlig hilsen|ystävällisin terveisin|よろしくお願いいたします|よろしくお願いします|${MORE_SIGN_OFFS})[\s,.!:،！。，]*$`,
  "i",
);

/** Lines mail apps add under a message ("Sent from my iPhone"): never part of a signature. */
/**
 * "Sent from my phone" lines in more languages: en "Sent with Proton Mail", nl, pt, fi, pl, cs/sk, hu, ro, tr, ru,
 * uk, el, he ("נשלח מה-Samsung Galaxy שלי"), ar, zh, ja, ko. Gmail's app writes no "my" in sv "Skickat från Gmail för
 * mobil", da/nb "Sendt fra Gmail til/for mobil", es "Enviado desde Gmail para móvil" (read in DEVICE_LINE_RE).
 */
const MORE_DEVICE_LINES = [
  "sent with .+|verzonden (?:vanaf|met) .+|enviado (?:de|do|pelo) (?:meu |o )?\\S+.*|lähetetty \\S+.*",
  "wysłano z .+|wysłane z .+|odesláno z .+|odoslané z .+|küldve .+|elküldve .+|\\S+ készülékről küldve",
  "trimis de pe .+|\\S+ (?:cihazımdan|cihazimdan) gönderildi|\\S+['’]?(?:umdan|imden|dan|den) gönderildi",
  "отправлено (?:с|из) .+|надіслано (?:з|із) .+|εστάλη από .+|στάλθηκε από .+",
  "נשלח מ.+|أرسلت من .+|أُرسلت من .+|مرسل من .+|تم الإرسال من .+",
  // zh-CN writes the simplified "发自我的手机" (iOS, Huawei, Xiaomi), zh-TW "發自我的 iPhone".
  "从我的.+发送|[发發]自我的.+|来自我的.+|\\S+에서 보냄|\\S+から送信",
].join("|");

export const DEVICE_LINE_RE = new RegExp(
  String.raw`^(?:sent from (?:my |mail for |outlook for |yahoo mail )?\S+.*|get outlook for \S+|envoyé de mon \S+|envoyé depuis .+|von meinem \S+ gesendet|gesendet von .+|enviado desde (?:mi )?\S+.*|enviado do meu \S+|inviato da(?:l mio)? \S+|verstuurd vanaf mijn \S+|skickat från (?:min )?\S+.*|sendt fra (?:min )?\S+.*|${MORE_DEVICE_LINES})$`,
  "iu",
);
