// The country a text's numbers most likely belong to: the places it names, else the language it is written in, else
// its script.
import { regionOfCode } from "../contact/phone";
import { regionFromText } from "../contact/region";

/**
 * Common words by language, with the region its numbers most likely belong to: two or more distinct ones are needed
 * (a German intro's "040 5550 1234"). Only used where the default region gives no valid number, so a +1 number in a
 * Spanish e-mail stays +1. Words shared by close languages (da/nb, cs/sk) are listed in each; a tie goes to the first.
 */
const LANGUAGE_WORDS: [string, string][] = [
  [
    "und ist nicht sie ihnen ihr wir mit für sehr gerne grüße vielen der die das ich bitte anrufen nächste woche getroffen eine einen auf",
    "DE",
  ], // de
  [
    "est nous vous avec pour mais très merci votre bonjour je les une cordialement besoin devis pourriez pourrions souhaite souhaiterais avons",
    "FR",
  ], // fr
  [
    "está están para pero gracias usted nuestro hola también muy el los las por podemos podéis encantado encantada saludo saludos" +
      // Latin American business mail: "Buen día", "quisiera una cotización", "Saludos cordiales", "agradezco"
      " buen día quisiera cotización cotizar cordiales agradezco" +
      // A short request: "necesito cambiar la cerradura … ¿Podrían pasar?" (not pt "preciso", "poderiam", "quero")
      " necesito necesitamos quiero presupuesto podría podrían tengo tenemos ustedes",
    "ES",
  ], // es
  [
    "sono della delle anche grazie ciao abbiamo nostro questo il gli per non buongiorno saluti può vorrei vorremmo preventivo cordiali distinti entro",
    "IT",
  ], // it
  ["het zijn niet voor ook wij jullie graag bedankt groet een ik hij zij", "NL"], // nl
  [
    "você vocês não obrigado obrigada muito pelo contato celular abraço abraços atenciosamente gostaria ele ela eu então nosso nossa uma com em olá",
    "BR",
  ], // pt-BR; common Portuguese words (not Spanish) in both lists, a tie going to the first
  [
    "não obrigado obrigada muito pelo contacto telemóvel cumprimentos gostaria ele ela eu então nosso nossa uma com em olá queremos podemos telem tlm comprámos falámos enviámos ligámos pagámos marcámos equipa facto lda",
    "PT",
  ], // pt-PT; also the preterite's "-ámos" (pt-BR "compramos") and pt-PT spellings ("equipa", "facto", "telem"/"tlm": telemóvel); "queremos",
  // "podemos" are Spanish too: in pt-PT's list they keep a pt-PT text from tying with the es list; "Lda." is pt-PT's
  // company form (pt-BR writes "Ltda.")
  ["och att är inte från hej tack vänliga hälsningar behöver också eller vill svar innan kan ni", "SE"], // sv
  ["hei takk meg deg trenger vennlig hilsen ikke også eller vil og er jeg til fra tilbud", "NO"], // nb
  // da words nb spells otherwise (nb "når", "etter", "noen", "mye", "kanskje", "mottatt"): a Danish form's labels.
  [
    "hej tak mig dig behøver venlig hilsen ikke også eller vil og er jeg til fra tilbud hvad hvornår efter nogle meget måske modtaget",
    "DK",
  ], // da
  [
    "ei että kiitos terveisin hyvä olemme meillä tarvitsemme voitteko ystävällisin myös mutta kanssa tarjous soita ensi kiinnostunut puh sähköposti",
    "FI",
  ], // fi
  [
    "jest nie się dla oraz dzień dobry pozdrawiam poważaniem proszę prosimy że jak już ofertę dziękuję bardzo czy też cześć jutro zadzwonić targów",
    "PL",
  ], // pl
  ["není jsme děkuji děkujeme dobrý pozdravem prosím prosíme také které nebo bych máme jsem nabídku", "CZ"], // cs
  ["sme pre ďakujem deň pozdravom prosím tiež ktoré alebo máme som", "SK"], // sk
  ["hogy egy köszönöm üdvözlettel tisztelettel kérem vagy szeretnénk ajánlatot", "HU"], // hu
  // hr: the words Croatian mail opens and closes with ("Poštovani", "Lijep/Srdačan pozdrav") and asks with.
  ["poštovani lijep srdačan pozdrav hvala molim ponudu zanima može možete trebamo kolega također", "HR"], // hr
  // sl: the words Slovenian mail opens, asks and closes with ("Pozdravljeni", "bi potrebovali", "Lep pozdrav"), not hr's.
  ["pozdravljeni lep prosim ponudbo potrebovali potrebujemo zanima najlepša hvala", "SI"], // sl
  ["și este pentru mulțumesc vă stimă bună ziua", "RO"], // ro
  ["ve bir bu için ile çok teşekkürler merhaba saygılarımızla saygılarımla iyi günler rica ederim", "TR"], // tr
  ["что это мы вы для спасибо уважением пожалуйста", "RU"], // ru
  // uk: also words Russian spells otherwise ("від" от, "якщо" если, "також" также, "вашої" вашей, "буде" будет).
  ["і що ми ви дякую повагою від якщо також вашої вашого буде щоб ласка", "UA"], // uk
  ["chúng tôi của không được những cảm ơn trân trọng kính gửi quý xin vui lòng báo giá này", "VN"], // vi
  // id: the words Indonesian business mail asks and signs with ("Mohon dikirimkan penawaran", "Hormat kami").
  [
    "kami anda dengan untuk yang dari tidak terima kasih mohon hormat bapak ibu selamat siang penawaran harga",
    "ID",
  ], // id
];

/** Each word of the lists, with the indexes of the lists that hold it (built on first use). */
let wordLists: Map<string, number[]> | undefined;
function listsByWord(): Map<string, number[]> {
  if (wordLists) return wordLists;
  wordLists = new Map();
  LANGUAGE_WORDS.forEach(([words], i) => {
    for (const w of new Set(words.split(" "))) wordLists!.set(w, [...(wordLists!.get(w) ?? []), i]);
  });
  return wordLists;
}

/** The language a text is written in, as the region its numbers most likely belong to. */
export function regionFromLanguage(text: string): string | undefined {
  const words = new Set(
    text
      .slice(0, 4000)
      .toLowerCase()
      .match(/\p{L}+/gu) || [],
  );
  // Distinct words of the text found in each list; the list with most (two at least) wins, a tie going to the first.
  const hits = LANGUAGE_WORDS.map(() => 0);
  const lists = listsByWord();
  for (const w of words) for (const i of lists.get(w) ?? []) hits[i]++;
  let best = -1;
  hits.forEach((n, i) => {
    if (n >= 2 && (best < 0 || n > hits[best])) best = i;
  });
  return best < 0 ? undefined : LANGUAGE_WORDS[best][1];
}

/** Scripts that belong (mostly) to one country, as a last resort: kana is Japanese, Hangul Korean, Cyrillic Russian. */
const SCRIPT_REGIONS: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "JP"],
  [/\p{Script=Hangul}/u, "KR"],
  // zh-HK: characters only written Cantonese uses (嘅 哋 咗 喺 嚟 冇 啲 嘢 佢 嗰 攞), before zh-TW's traditional script.
  [/[嘅哋咗喺嚟冇啲嘢佢嗰攞]/u, "HK"],
  // zh-TW: characters only the traditional script writes (simplified 们 这 说 会 …, ja 会 経 対 発 関 …; none that ja
  // shares with it, like 個 際 請 謝 業)
  [/[們這說會經號覽與麼讓從關發對廣銷處實聯繫戶價詢]/u, "TW"],
  [/\p{Script=Han}/u, "CN"],
  // Letters only Ukrainian writes (ї, є, ґ), before Cyrillic in general.
  [/[їєґЇЄҐ]/u, "UA"],
  [/\p{Script=Cyrillic}/u, "RU"],
  [/\p{Script=Greek}/u, "GR"],
  [/\p{Script=Thai}/u, "TH"],
  [/\p{Script=Hebrew}/u, "IL"],
];

const CJK_SIGN_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** A text written in a CJK script, not an English one with a name in it ("David Chen 陈大卫"): more CJK signs than Latin letters. */
export function writtenInCjk(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (!CJK_SIGN_RE.test(sample)) return false;
  const cjk =
    sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return cjk > (sample.match(/[A-Za-z]/g)?.length ?? 0);
}

/**
 * The country of the script a text is written in, when its letters outnumber Latin ones (a Greek or Russian booking
 * notice, a Japanese form), not an English text with a name in that script: its national numbers are that country's.
 */
export function regionOfWriting(text: string): string | undefined {
  const sample = text.slice(0, 4000);
  const region = regionFromScript(sample);
  if (!region) return undefined;
  const own = sample.match(/[^\p{Script=Latin}\P{L}]/gu)?.length ?? 0;
  return own > (sample.match(/[A-Za-z]/g)?.length ?? 0) ? region : undefined;
}

export function regionFromScript(text: string): string | undefined {
  const sample = text.slice(0, 4000);
  return SCRIPT_REGIONS.find(([re]) => re.test(sample))?.[1];
}

/** The region a text implies: the places and sign-offs it names, else its language, else its script. */
export function regionHint(text: string): string | undefined {
  return regionFromText(text) ?? regionFromLanguage(text) ?? regionFromScript(text);
}

/** Every region a text implies, most telling first (named place or sign-off, language, script), each once. */
export function regionHints(text: string): string[] {
  const all = [
    regionFromText(text),
    regionFromLanguage(text),
    regionFromScript(text),
    regionOfPlusNumber(text),
  ];
  return [...new Set(all.filter((r): r is string => !!r))];
}

/**
 * The country of the first number the text writes with its country code ("T: +356 2155 5030" in the assistant's
 * signature): a national number beside it ("his mobile 7955 5012") is most likely from the same country.
 */
function regionOfPlusNumber(text: string): string | undefined {
  const m = /(?:^|[\s(:])\+(\d{1,3})[\s.-]?\(?\d/.exec(text.slice(0, 4000));
  return m ? regionOfCode(m[1]) : undefined;
}
