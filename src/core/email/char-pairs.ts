// Which pairs of adjacent characters a text holds, as hashed bits: rules a word out of a text without searching for it.

/** A bit per pair of adjacent characters (hashed, so a pair may share its bit with others: never a pair missed). */
export const PAIR_WORDS = 2048;

/** The pair bits of `text`, written into `bits` (PAIR_WORDS long). */
export function pairsOf(text: string, bits: Uint32Array): Uint32Array {
  bits.fill(0);
  let prev = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = ((prev << 5) ^ c) & 0xffff;
    bits[h >>> 5] |= 1 << (h & 31);
    prev = c;
  }
  return bits;
}

/** Every pair of adjacent characters of `word` has its bit set: the word may be in the text (no bit, it is not). */
export function hasPairs(bits: Uint32Array, word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const h = ((word.charCodeAt(i - 1) << 5) ^ word.charCodeAt(i)) & 0xffff;
    if (!(bits[h >>> 5] & (1 << (h & 31)))) return false;
  }
  return true;
}
