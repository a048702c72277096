// A date written as a deadline ("bis Freitag ein Angebot schicken", "send the quote by Friday"), not the follow-up.

/**
 * The words that make the next date a deadline, by language: en "by", "before", de "bis", "bis zum", fr "avant", "d'ici",
 * es "antes del", it "entro", pt "até", nl "uiterlijk", "vóór", sv "senast", da/nb "senest".
 */
const DEADLINE_BEFORE_RE =
  /(?<![\p{L}])(?:by|before|bis(?: zum| spätestens)?|spätestens|avant(?: le)?|d['’]ici(?: le)?|antes del?|entro(?: il)?|até(?: ao?)?|uiterlijk|vóór|senast|senest)\s+(?:(?:the|next|this|den|dem|le|el|il|o|a)\s+)?$/iu;

/**
 * The hits that are not deadlines, when the note also names another day ("Bitte bis Freitag ein Angebot schicken, ich
 * ruf ihn am 14.12. an" -> the 14th); all of them when every date is a deadline ("call him by Friday").
 */
export function withoutDeadlines<T extends { index: number }>(text: string, hits: T[]): T[] {
  if (hits.length < 2) return hits;
  const kept = hits.filter((h) => !DEADLINE_BEFORE_RE.test(text.slice(Math.max(0, h.index - 24), h.index)));
  return kept.length ? kept : hits;
}
