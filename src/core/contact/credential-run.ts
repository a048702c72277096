// Letters after a known credential are credentials too ("BEng CEng MIEI", "MBChB MRCGP DipPallMed").

/**
 * People list their letters together after the name, the commonest first: a run that starts with a known
 * post-nominal may go on with a body's letters no table holds — Irish "MIEI", UK "DipPallMed", "FHEA", "MCSP" (en
 * signatures and cards). Capitals (two or more) in one word of letters, after a known credential.
 */
export function trailsCredential(word: string, before: string, known: (w: string) => boolean): boolean {
  if (!/^\p{Lu}[\p{L}]{1,11}$/u.test(word) || (word.match(/\p{Lu}/gu)?.length ?? 0) < 2) return false;
  const prev = /[\s,]+([^\s,]+)$/.exec(before);
  return !!prev && prev.index > 0 && known(prev[1]);
}

/** Two consonants that start surnames (en, de, nl, Slavic, Nordic, Welsh, Vietnamese, Chinese pinyin, Gaelic "Mc"). */
const ONSETS =
  "bl br ch cl cr dr dw dz fl fr gl gn gr gw hj hv kh kl kn kr kv mc ng nh ph pf pl pr ps qu sc sh sk sl sm sn sp st sv sw sz th tr ts tw vl vr wh wr zh zw bj fj".split(
    " ",
  );
/** Three consonants that start surnames ("Schmidt", "Strauss", "Christie", "Sprague", "Schreiber"). */
const ONSETS3 = "sch str spr scr spl chr thr shr".split(" ");

/**
 * Capitals of four to six letters that no language reads as a surname: a body's letters ("MIEI", "FHEA", "MCSP",
 * "FRSA", "MIOA") — no vowel, three vowels in four, or a start no surname has ("FH", "FRS"); a surname in capitals
 * ("ROSSI", "BYRNE", "SCHMIDT", "NGUYEN", "MEIER") reads as a word (Irish, UK, Commonwealth signatures and cards).
 */
export function lettersNoWord(word: string): boolean {
  if (!/^[A-Z]{4,6}$/.test(word)) return false;
  const w = word.toLowerCase();
  const vowels = w.match(/[aeiouy]/g)?.length ?? 0;
  if (!vowels || vowels / w.length >= 0.75) return true;
  const cons = (c: string) => !/[aeiouy]/.test(c);
  if (cons(w[0]) && cons(w[1]) && !ONSETS.includes(w.slice(0, 2))) return true;
  return cons(w[0]) && cons(w[1]) && cons(w[2]) && !ONSETS3.includes(w.slice(0, 3));
}
