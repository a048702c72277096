// The writer's own boss or relative they write for ("my boss, Declan Moran"): whom they act for, never a referral.
import { normalizeName } from "../contact/name";

/**
 * The writer's boss by a possessive and a boss word right before the name: en "my boss", "my manager", "my employer";
 * de "mein Chef", "meine Chefin"; fr "mon patron", "ma patronne", "mon chef"; es "mi jefe", "mi jefa"; it "il mio
 * capo"; pt "o meu chefe", "minha chefe"; nl "mijn baas"; sv "min chef"; honorifics aside.
 */
const BOSS_BEFORE_RE =
  /(?<![\p{L}])(?:my (?:boss|manager|employer)|mein(?:e[mnr]?)? (?:chef|chefin)|mon (?:patron|chef)|ma (?:patronne|cheffe)|mi (?:jefe|jefa)|(?:il )?mio capo|(?:o )?meu chefe|(?:a )?minha chefe|mijn baas|min chef)\s*,?\s+(?:(?:Dr|Mr|Mrs|Ms|Herrn?|Frau|M|Mme|Sr|Sra)\.?\s+)?$/iu;

/**
 * Written for one of the writer's own people: "on behalf of my daughter, Chloe …" (en), "de la part de ma fille" (fr),
 * "im Auftrag meiner Tochter" (de), "en nombre de mi hija" (es), "per conto di mia figlia" (it), "em nome da minha
 * filha" (pt), "namens mijn dochter" (nl): a possessive and one word (the relation) before the name.
 */
const FOR_OWN_BEFORE_RE =
  /(?<![\p{L}])(?:on behalf of (?:my|our)|de la part de (?:ma|mon|notre)|au nom de (?:ma|mon|notre)|im auftrag (?:meine[rs]?|unsere[rs]?)|en nombre de (?:mi|nuestr[oa])|de parte de (?:mi|nuestr[oa])|per conto (?:di|della|del) (?:mia|mio|nostr[oa])|em nome d[aeo] (?:minha|meu|noss[oa])|namens (?:mijn|onze))\s+[\p{L}-]+\s*,?\s+$/iu;

/** Whether `body` names `person` right after the writer's boss word or "on behalf of my <relation>". */
export function isOwnBoss(body: string, person: string): boolean {
  const name = normalizeName(person);
  if (!name) return false;
  const flat = body.slice(0, 4000).replace(/\s+/g, " ");
  for (let at = flat.indexOf(name); at >= 0; at = flat.indexOf(name, at + name.length)) {
    const before = flat.slice(Math.max(0, at - 50), at);
    if (BOSS_BEFORE_RE.test(before) || FOR_OWN_BEFORE_RE.test(before)) return true;
  }
  return false;
}
