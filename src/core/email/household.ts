// A household's shared mailbox ("The Hendersons", "Família Souza"): the family member the writer says the work is for.
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { SIGN_OFF_RE } from "./sign-off-lines";

/**
 * A household's display name: en "The Hendersons", "The Henderson Family", "Henderson Family"; fr "Famille X", de/nl
 * "Familie X", es "Familia X", pt "Família X", it "Famiglia X", sv "Familjen X", pl "Rodzina X", cs "Rodina X", "Fam. X".
 */
const HOUSEHOLD_RE =
  /^(?:[Tt]he\s+(\p{Lu}[\p{L}'’-]+?)s|(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]+)\s+[Ff]amily|(?:[Ff]am(?:ille|ilie|ilia|ília|iljen|iglia)|[Ff]am\.|[Rr]odzina|[Rr]odina)\s+(\p{Lu}[\p{L}'’-]+))$/u;

/**
 * The writer's relation to the person the work is for, the name following: en "for my husband, X", "daughter of X";
 * the familiar words too (fr "maman", de "Mama", es "mamá", it "mamma", pt "mamãe", nl "papa"); fr "ma mère, X",
 * "fille de X"; de "meine Mutter X", "Tochter von X"; es "mi madre X", "hija de X"; it "mia madre X",
 * "figlia di X"; pt "a minha mãe X", "filha da X"; nl "mijn moeder X", "dochter van X"; hu (possessive suffix)
 * "az édesanyám, X", "a feleségem X"; el (possessive after the noun) "η σύζυγός μου, X", "η μητέρα μου X"; nb/da/sv
 * "min mor, X", "min datter X", "min mamma X"; cs (accusative after "za") "svého syna X", "svou matku X"; pl "mojej
 * mamy X", "mojego syna X", "mój mąż"; ro (after the noun, nominative or genitive as "în numele" takes) "tatăl meu",
 * "tatălui meu", "mamei mele", "soției mele"; hr "mog oca", "moje majke", "moj otac".
 */
export const RELATION_RE =
  /(?<![\p{L}])(?:my (?:husband|wife|partner|mother|mom|mum|father|dad|son|daughter)|(?:daughter|son|wife|husband) of|(?:mon|ma) (?:mari|femme|épouse|mère|père|maman|papa|fils|fille)|(?:fille|fils|épouse|femme|mari) de|(?:mein|meine|meinen|meinem) (?:mann|frau|mutter|vater|mama|papa|sohn|tochter)|(?:tochter|sohn|frau|mann) von|mi (?:marido|esposo|esposa|mujer|madre|padre|mamá|papá|hij[oa])|(?:hij[oa]|espos[oa]|marido|mujer) de|(?:mio|mia) (?:marito|moglie|madre|padre|mamma|papà|figli[oa])|(?:figli[oa]|moglie|marito) di|(?:meu|minha) (?:marido|mulher|esposa|mãe|pai|mamãe|papai|filh[oa])|(?:filh[oa]|marido|mulher|esposa) d[oa]|mijn (?:man|vrouw|moeder|vader|mama|papa|zoon|dochter)|(?:dochter|zoon|vrouw|man) van|(?:az )?(?:édes)?(?:anyám|apám)|anyukám|apukám|a (?:feleségem|férjem|fiam|lányom)|(?:η|ο) (?:σύζυγός|γυναίκα|μητέρα|κόρη|άντρας|πατέρας|γιος) μου|min (?:mor|far|mamma|pappa|sønn|søn|son|datter|dotter|kone|hustru|fru|mann|man|ektemann)|(?:svého|mého) (?:syna|manžela|otce|tátu)|(?:svou|svoji|moji|mou) (?:dceru|matku|maminku|mámu|ženu|manželku)|(?:mojej|mojego|moją) (?:mamy|matki|mamę|matkę|córki|córkę|żony|żonę|syna|męża|ojca|taty)|(?:tatăl|tatălui|soțul|soțului|fiul|fiului) meu|(?:mama|mamei|mamă|soția|soției|fiica|fiicei) (?:mea|mele)|(?:mój|mojego|mojemu) (?:mąż|męża|ojciec|ojca|tata|taty|syn|syna)|(?:moja|mojej) (?:żona|żony|matka|matki|mama|mamy|córka|córki)|(?:moj|mog|mojeg) (?:otac|oca|suprug|supruga|sin|sina)|(?:moja|moje) (?:majka|majke|supruga|supruge|kći|kćeri))\s*,?\s+/giu;

/** Honorifics before the name: en, fr, de, es, pt "D." (Dona), it, nl. */
const BEFORE_NAME_RE = /^(?:(?:Mr|Mrs|Ms|Dr|D|Dona|Sr|Sra|Herrn?|Frau|Mme|M|Sig|Sig\.ra|Dhr|Mevr)\.?\s+)?/u;
const NAME_RE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/u;

/** The family's surname when the display name is a household's ("Henderson" for "The Hendersons"). */
export function householdName(a: Address | undefined): string | undefined {
  const m = a?.name ? HOUSEHOLD_RE.exec(a.name.trim()) : null;
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * The family member a household mailbox's message is written for ("I'm writing for my husband, Bill Henderson"),
 * under the household's address (theirs too): undefined when the sender is no household or names no one.
 */
export function householdMember(from: Address | undefined, text: string, body?: string): Address | undefined {
  const family = householdName(from);
  if (!from?.email || !family) return undefined;
  const flat = text.slice(0, 4000).replace(/\s+/g, " ");
  for (const cue of flat.matchAll(RELATION_RE)) {
    const after = flat.slice((cue.index ?? 0) + cue[0].length).replace(BEFORE_NAME_RE, "");
    const name = NAME_RE.exec(after)?.[0];
    if (!name) continue;
    // A first name alone takes the household's surname ("my husband Bill" of "The Hendersons").
    const full = name.includes(" ") ? name : `${name} ${family}`;
    return { name: normalizeName(full), email: from.email };
  }
  // No one named for: the one who signs ("Pozdrawiam serdecznie / Agnieszka Nowakowska"), at the household's address.
  const signed = signedName(body ?? text);
  return signed ? { name: normalizeName(signed), email: from.email } : undefined;
}

/** A full name (two or three words) on the first line under the writer's sign-off. */
function signedName(body: string): string | undefined {
  const lines = body
    .slice(0, 4000)
    .split(/\r?\n/)
    .map((l) => l.trim());
  const at = lines.findIndex((l) => SIGN_OFF_RE.test(l));
  const next = at >= 0 ? lines.slice(at + 1).find(Boolean) : undefined;
  return next &&
    /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(next) &&
    !householdName({ name: next, email: "" })
    ? next
    : undefined;
}

const KIN_RIGHT_BEFORE_RE = new RegExp(
  `(?:${RELATION_RE.source})(?:${BEFORE_NAME_RE.source.slice(1)})$`,
  "iu",
);

/** Whether `text` names `name` right after the writer's relation to them ("for my mother, Solveig Haugen"). */
export function namedAsRelative(text: string, name: string): boolean {
  const flat = text.slice(0, 4000).replace(/\s+/g, " ");
  for (let at = flat.indexOf(name); at >= 0; at = flat.indexOf(name, at + name.length))
    if (KIN_RIGHT_BEFORE_RE.test(flat.slice(Math.max(0, at - 40), at))) return true;
  return false;
}
