// "Llamarle el martes por la mañana": es "la mañana", de "am Morgen", nl "deze morgen" are a morning, not "tomorrow".
import { TOMORROW_RE } from "./days";

/**
 * An article or greeting right before the word that makes it "the morning": es la/esta/cada/una ("por la mañana", "el
 * martes en la mañana"), de am/den/jeden/diesen/heute/guten ("Montag am Morgen", "Guten Morgen"), nl deze ("deze morgen").
 */
const MORNING_BEFORE_RE = /(?<![\p{L}])(?:la|esta|cada|una|am|den|jeden|diesen|heute|guten|deze)\s+$/iu;
const ALL_RE = new RegExp(TOMORROW_RE.source, "giu");

/** Where the note says "tomorrow" (any language), skipping a "morning" of the same spelling; -1 when it does not. */
export function tomorrowIndex(note: string): number {
  for (const m of note.matchAll(ALL_RE)) {
    const at = m.index ?? 0;
    if (!MORNING_BEFORE_RE.test(note.slice(Math.max(0, at - 8), at))) return at;
  }
  return -1;
}
