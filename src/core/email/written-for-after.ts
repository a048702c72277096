// Writing for someone in languages that put the cue after whom it is for (fi "hallituksen puolesta"), or for a board
// or a company rather than a person: the one copied person the message names in full is the one to deal with.
import { domainOf, type Address } from "../contact/email";

/**
 * The cue after the one written for: fi "puolesta" ("yhtiön hallituksen puolesta"), tr "adına" ("yönetim kurulu
 * adına"), hu "nevében" ("a cég nevében") and "megbízásából" ("ügyvezetőnk megbízásából", at X's behest), sv "vägnar" ("å styrelsens vägnar"), et "nimel", lv "vārdā" (any client).
 */
const WRITES_FOR_AFTER_RE =
  /(?<![\p{L}])(?:puolesta|adına|nevében|megbízásából|vägnar|nimel|vārdā)(?![\p{L}])/iu;

/**
 * Whether the text's word `said` is the name's word `word`, inflected as Slavic, Baltic and Finnic languages decline a
 * name after a preposition (pl "Tomasza Wójcika", cs "Tomáše Dvořáka", fi "Virtaselle"): the same, or the name's stem
 * (its last letter off, four letters at least) with up to four letters more.
 */
function sameNameWord(said: string, word: string): boolean {
  if (said === word) return true;
  const stem = word.length >= 5 ? word.slice(0, -1) : word;
  return stem.length >= 4 && said.startsWith(stem) && said.length <= word.length + 4;
}

/**
 * When the text says it writes for someone (`cued`: a cue before the name matched but named no copied person; or a
 * cue after it), the one outside person copied whose first and last names the text writes ("talousjohtaja Janne
 * Virtanen (kopiona)", "w imieniu prezesa, Tomasza Wójcika"). Only a copied person of the writer's own organisation
 * (their address's domain, `writer`): an agency writing for a client company hands over by other cues (handed-block.ts).
 */
export function writesForCopiedNamed(
  flat: string,
  cued: boolean,
  copied: Address[],
  writer: string,
): Address | undefined {
  const own = writer ? domainOf(writer) : "";
  const colleagues = copied.filter((a) => !!own && domainOf(a.email) === own);
  if (!colleagues.length || !(cued || WRITES_FOR_AFTER_RE.test(flat))) return undefined;
  const said = flat.toLowerCase().split(/[^\p{L}'’-]+/u);
  const found = colleagues.filter((a) => {
    // An abbreviated degree or honorific in the display name ("dr. Bárány Gergely", hu/cs/pl "dr.", "Ing.") is no name word.
    const t = a.name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w && !w.endsWith("."));
    return t.length > 1 && [t[0], t[t.length - 1]].every((w) => said.some((s) => sameNameWord(s, w)));
  });
  return found.length === 1 ? found[0] : undefined;
}
