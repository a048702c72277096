// The writer's own boss, relative or client they write for ("my boss, Declan Moran"): whom they act for, never a referral.
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
 * filha" (pt), "namens mijn dochter" (nl), an agency's "we act for our client, Mr. X" (en): a possessive and one word
 * (the relation) before the name.
 */
const FOR_OWN_BEFORE_RE =
  /(?<![\p{L}])(?:on behalf of (?:my|our)|de la part de (?:ma|mon|notre)|au nom de (?:ma|mon|notre)|im auftrag (?:meine[rs]?|unsere[rs]?)|en nombre de (?:mi|nuestr[oa])|de parte de (?:mi|nuestr[oa])|per conto (?:di|della|del) (?:mia|mio|nostr[oa])|em nome d[aeo] (?:minha|meu|noss[oa])|namens (?:mijn|onze)|act(?:ing)? for (?:my|our))\s+[\p{L}-]+\s*,?\s+(?:(?:Dr|Mr|Mrs|Ms|Herrn?|Frau|M|Mme|Sr|Sra)\.?\s+)?$/iu;

/**
 * The writer's own relative right before the name ("My daughter Chloé Lavoie is …", "meine Frau Anna", "ma fille Léa",
 * "mi madre Carmen", "mia moglie Giulia", "minha filha Ana", "mijn vader Jan"): the writer acts for them. Not a friend,
 * a neighbour or a client introduced ("je te présente ma cliente …"), whom the writer passes on.
 */
const RELATION_BEFORE_RE =
  /(?<![\p{L}])(?:(?:my|our) (?:daughter|son|wife|husband|partner|mother|mum|mom|father|dad|grandmother|grandfather|grandma|grandpa|sister|brother|aunt|uncle)|(?:ma|mon) (?:fille|fils|femme|mari|mère|père)|mi (?:hij[oa]|espos[oa]|mujer|marido|madre|padre)|meine?[rsnm]? (?:tochter|sohn|frau|mann|mutter|vater)|(?:mia|mio) (?:figli[oa]|moglie|marito|madre|padre)|(?:minha|meu) (?:filh[oa]|espos[oa]|mulher|marido|mãe|pai)|mijn (?:dochter|zoon|vrouw|man|moeder|vader))\s*,?\s+(?:(?:Dr|Mr|Mrs|Ms|Herrn?|Frau|M|Mme|Sr|Sra)\.?\s+)?$/iu;

/** Whether `body` names `person` right after the writer's boss word or "on behalf of my <relation>". */
export function isOwnBoss(body: string, person: string): boolean {
  const name = normalizeName(person);
  if (!name) return false;
  const flat = body.slice(0, 4000).replace(/\s+/g, " ");
  for (let at = flat.indexOf(name); at >= 0; at = flat.indexOf(name, at + name.length)) {
    const before = flat.slice(Math.max(0, at - 50), at);
    if (BOSS_BEFORE_RE.test(before) || FOR_OWN_BEFORE_RE.test(before) || RELATION_BEFORE_RE.test(before))
      return true;
  }
  return false;
}
