// The business a writer calls their own and names in brackets ("eine eigene Praxis in Husum (Praxis für …)").

/**
 * A first-person phrase of owning or opening a business, then its name in brackets within the same clause, by
 * language: de "(eine|meine|unsere) eigene …", "Inhaber(in) von/der/des …"; en "my/our own …", "owner of …"; fr "ma
 * propre …", "propriétaire de …"; es "mi propio/propia …", "dueño/dueña de …"; it "il mio/la mia …", "titolare di …";
 * nl "mijn eigen …", "eigenaar van …"; pt "o meu/a minha própri…", "dono/dona de …"; sv/da/nb "min/mitt egen/eget …".
 */
const OWN_THEN_BRACKET_RE =
  /(?<![\p{L}])(?:(?:eine|meine|unsere) eigenen?|inhaber(?:in)? (?:von|der|des)|my own|our own|owner of|ma propre|mon propre|notre propre|propriétaire d[e']|mi propi[oa]|dueñ[oa] de|il mio|la mia|titolare di|mijn eigen|eigenaar van|(?:o meu|a minha) própri[oa]|don[oa] de|min egen|mitt eget|min eget)\s[^().!?;]{2,60}?\(([^()]{3,80})\)/iu;

/** The name in brackets, when it reads as a business's: capitalised, a few words, not a date, number or aside. */
export function ownBusinessInBrackets(flat: string): string | undefined {
  const m = OWN_THEN_BRACKET_RE.exec(flat.slice(0, 2000));
  const name = m?.[1].trim();
  if (!name || !/^\p{Lu}/u.test(name) || /\d/.test(name) || name.split(/\s+/).length > 8) return undefined;
  return name;
}
