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
