// A Japanese customer passing on a neighbour or friend by name and number ("高橋さんの携帯は 090-… です").

/** ja "X さんの携帯は", "Xさんの電話番号は", "Xさんの連絡先は": whose number the writer gives (the family name). */
const NUMBER_OF_RE =
  /([\p{sc=Han}\p{sc=Katakana}]{1,4})\s?(?:さん|様|氏)の(?:携帯|携帯電話|電話|電話番号|連絡先|メール)(?:番号)?は/u;

/** A full name written with a space and an honorific suffix ("高橋 誠さん"). */
const FULL_NAME_RE =
  /([\p{sc=Han}\p{sc=Katakana}]{1,4})[ \u3000]([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4})\s?(?:さん|様|氏)/gu;

/**
 * The person whose number a Japanese text passes on: their full name where the text writes it ("お隣の高橋さん（高橋 誠
 * さん）"), else their family name. Undefined when the text gives no one's number.
 */
export function cjkPassedOn(text: string): string | undefined {
  const head = text.slice(0, 4000);
  const family = NUMBER_OF_RE.exec(head)?.[1];
  if (!family) return undefined;
  for (const m of head.matchAll(FULL_NAME_RE)) if (m[1] === family) return `${m[1]} ${m[2]}`;
  return family;
}
