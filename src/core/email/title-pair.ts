// Two titles on one signature line between bars ("Advocaat | Partner"): a profession and a rank, one title as written.
import { isCompanyLine, isTitleLine } from "./line-kinds";

/** "Advocaat | Partner", "Owner | Lead Designer" (any client, any language): two parts, each a title, no company's. */
export function bothTitles(parts: string[]): boolean {
  return (
    parts.length === 2 &&
    parts.every((p) => isTitleLine(p) && !isCompanyLine(p) && p.split(/\s+/).length <= 4)
  );
}

/**
 * A rank a firm's professional holds beside their profession: en partner/owner/founder/principal, de Partner(in)/
 * Inhaber(in)/Teilhaber(in)/Gründer(in), nl vennoot/eigenaar/oprichter/praktijkhouder, fr associé(e)/fondateur/
 * fondatrice, es/it socio/socia/fundador(a)/titolare, pt sócio/sócia, sv delägare/grundare.
 */
const RANK_RE =
  /^(?:(?:senior |managing |equity )?partner(?:in)?|owner|founder|co-founder|principal|inhaber(?:in)?|teilhaber(?:in)?|gründer(?:in)?|vennoot|eigenaar|oprichter|praktijkhouder|associée?|fondat(?:eur|rice)|soci[oa]|sóci[oa]|fundador(?:a)?|titolare|delägare|grundare)$/iu;

/**
 * "Advocaat | Partner", "Rechtsanwalt / Partner", "Praktijkhouder | Fysiotherapeut" (any language): a profession and
 * a rank, one title — not the same title in two languages, where both parts hold the rank or neither does.
 */
export function isRankAndProfession(parts: string[]): boolean {
  if (parts.length !== 2) return false;
  const [a, b] = parts.map((p) => p.trim());
  const rankless = (p: string) => !p.split(/\s+/).some((w) => RANK_RE.test(w));
  // "Avocate associée | Partner" (fr-CA/en): the rank in both languages, one title written twice.
  return (RANK_RE.test(a) && rankless(b)) || (RANK_RE.test(b) && rankless(a));
}
