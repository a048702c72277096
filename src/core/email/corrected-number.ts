// The note correcting the signature's number ("the mobile in the signature is wrong, the new one is …"): that number.
import { findPhoneCandidates } from "../contact/phone";
import { mentionsMobile } from "../contact/phone-rank";

/**
 * The line speaks of a number: en number, phone; it numero, telefono; de/pl/cs/sv/da/tr/hu Telefon(nummer); de Nummer;
 * fr numéro; es/pt número; nl/sv/da/nb
 * nummer; vi số; pl numer; cs/sk číslo; ru/uk номер; tr numara(sı); hu szám(a); el αριθμός.
 */
const NUMBER_WORD_RE =
  /(?<![\p{L}])(?:number|phone|numero|numéro|número|telefono|telefon(?:u|nummer\p{L}*)?|nummer(?:et)?|số|numer(?:u|em)?|čísl[oa]|номер\p{L}*|numara\p{L}*|szám(?:a|ot)?|αριθμός)(?![\p{L}])/iu;

/**
 * Words saying the number the lead's mail gives is wrong or old, by language: en "wrong", "incorrect", "out of date",
 * "outdated", "old number"; it "sbagliato", "errato", "vecchio"; de "falsch", "veraltet"; fr "faux", "erroné"; es
 * "equivocado", "incorrecto"; pt "errado"; nl "verkeerd", "klopt niet"; vi "bị sai" (is wrong), "số cũ" (old number);
 * pl "zły", "błędny", "nieaktualny", "niepoprawny"; cs/sk "špatné", "chybné", "neplatné", "zlé"; fr "n'est plus bon"; es
 * "erróneo"; pt "incorreto", "desatualizado"; nl "onjuist", "oud nummer"; sv "fel nummer", "felaktigt"; da "forkert"; nb
 * "feil"; fi "väärä"; tr "yanlış"; ru "неправильный", "неверный", "старый номер"; hu "rossz", "hibás"; el "λάθος".
 * A number after them in the same line is the right one.
 */
const CORRECTION_RE =
  /(?<![\p{L}])(?:wrong|incorrect|out of date|outdated|old number|sbagliat[oa]|errat[oa]|numero vecchio|falsch|veraltet|faux|erroné|n['’]est plus bon|equivocado|incorrecto|erróneo|errado|incorreto|desatualizado|verkeerd|klopt niet|onjuist|oud nummer|bị sai|số cũ|zł[yaey]|błędn\p{L}*|nieaktualn\p{L}*|niepoprawn\p{L}*|špatn[éýá]|chybn[éýá]|neplatn[éýá]|zl[éýá]|fel nummer|felaktig[t]?|forkert|feil|väärä|yanlış|неправильн\p{L}*|неверн\p{L}*|старый номер|rossz|hibás|λάθος)(?![\p{L}])/iu;

/**
 * Words giving a new number that replaces the old one, by language: en "new number", "new work phone", "new mobile"; de
 * "neue Nummer", "neue Handynummer", "neues Handy"; fr "nouveau numéro", "nouveau portable"; es "nuevo número", "cambié de
 * celular"; it "nuovo numero", "cambiato cellulare"; pt "novo número", "número novo", "mudei de celular"; nl "nieuw
 * nummer", "nieuwe mobiele nummer". A number after them in the same line is the right one, as after a correction.
 */
const NEW_NUMBER_RE =
  /(?<![\p{L}])(?:new (?:work |mobile |cell |home |phone )?(?:number|phone|mobile|cell)|neue[sn]? (?:handy|telefon|mobil)?(?:nummer|handy)|nouveau (?:numéro|portable|téléphone)|(?:nuevo|cambié de) (?:número|celular|móvil|teléfono)|(?:nuovo|cambiato(?: il)?) (?:numero|cellulare)|(?:novo|mudei de) (?:número|celular|telemóvel)|número novo|nieuw(?:e)? (?:nummer|telefoonnummer|mobiele nummer))(?![\p{L}])/iu;

/** The note says a number in the mail is wrong or old (a cheap test before reading its regions). */
export const correctsNumber = (note: string): boolean => CORRECTION_RE.test(note) || NEW_NUMBER_RE.test(note);

/**
 * The number the note gives after saying the one in the mail is wrong, read in the first of `regions` it is valid in
 * (on the same line as the correction, which speaks of a number or a mobile, up to 200 characters on from the correction); undefined when the note corrects none.
 */
export function correctedNumber(note: string, regions: (string | undefined)[]): string | undefined {
  // A new number's words speak of a number themselves ("neue Handynummer"); a correction's need one on its line.
  const wrong = CORRECTION_RE.exec(note);
  const m = wrong ?? NEW_NUMBER_RE.exec(note);
  if (!m) return undefined;
  const rest = note.slice(m.index + m[0].length, m.index + m[0].length + 200).split("\n", 1)[0];
  const line = `${note.slice(0, m.index).split("\n").pop()}${m[0]}${rest}`;
  if (!/\d/.test(rest) || !(!wrong || mentionsMobile(line) || NUMBER_WORD_RE.test(line))) return undefined;
  for (const r of regions) {
    const p = r ? findPhoneCandidates(rest, r)[0] : undefined;
    if (p) return p.e164;
  }
  return undefined;
}
