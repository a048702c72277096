// The note correcting the signature's number ("the mobile in the signature is wrong, the new one is …"): that number.
import { findPhoneCandidates } from "../contact/phone";
import { mentionsMobile } from "../contact/phone-rank";

/** The line speaks of a number: en number, phone; it numero, telefono; de Nummer; fr numéro; es/pt número; nl nummer; vi số. */
const NUMBER_WORD_RE = /(?<![\p{L}])(?:number|phone|numero|numéro|número|telefono|nummer|số)(?![\p{L}])/iu;

/**
 * Words saying the number the lead's mail gives is wrong or old, by language: en "wrong", "incorrect", "out of date",
 * "outdated", "old number"; it "sbagliato", "errato", "vecchio"; de "falsch", "veraltet"; fr "faux", "erroné"; es
 * "equivocado", "incorrecto"; pt "errado"; nl "verkeerd", "klopt niet"; vi "bị sai" (is wrong), "số cũ" (old number);
 * pl "błędny", "nieaktualny"; cs/sk "chybné", "neplatné". A number after them in the same line is the right one.
 */
const CORRECTION_RE =
  /(?<![\p{L}])(?:wrong|incorrect|out of date|outdated|old number|sbagliat[oa]|errat[oa]|numero vecchio|falsch|veraltet|faux|erroné|equivocado|incorrecto|errado|verkeerd|klopt niet|bị sai|số cũ|błędny|nieaktualny|chybné|chybný|neplatné)(?![\p{L}])/iu;

/** The note says a number in the mail is wrong or old (a cheap test before reading its regions). */
export const correctsNumber = (note: string): boolean => CORRECTION_RE.test(note);

/**
 * The number the note gives after saying the one in the mail is wrong, read in the first of `regions` it is valid in
 * (on the same line as the correction, which speaks of a number or a mobile, up to 200 characters on from the correction); undefined when the note corrects none.
 */
export function correctedNumber(note: string, regions: (string | undefined)[]): string | undefined {
  const m = CORRECTION_RE.exec(note);
  if (!m) return undefined;
  const rest = note.slice(m.index + m[0].length, m.index + m[0].length + 200).split("\n", 1)[0];
  const line = `${note.slice(0, m.index).split("\n").pop()}${m[0]}${rest}`;
  if (!/\d/.test(rest) || !(mentionsMobile(line) || NUMBER_WORD_RE.test(line))) return undefined;
  for (const r of regions) {
    const p = r ? findPhoneCandidates(rest, r)[0] : undefined;
    if (p) return p.e164;
  }
  return undefined;
}
