// Whether a message says its writer writes for someone else (an assistant, a relative, an agent, a translator).
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import type { ThreadMessage } from "./thread";

/**
 * The writer writes for someone, whose name follows: en "on behalf of", de "im Auftrag von" / "in Vertretung von",
 * fr "de la part de" / "au nom de", es "en nombre de" / "de parte de", it "per conto di" / "a nome di", nl "namens",
 * pt "em nome de" / "da parte de", da "på vegne af", nb "på vegne av", sv "på uppdrag av", pl "w imieniu", cs "jménem",
 * sk "v mene", hr/sr/bs "u ime", ro "în numele", he "בשם" (assistants, front desks, office managers; any client). In fr, es, it and pt the
 * "de" merges with the article before a title ("em nome da Dra.", "de la part du Dr", "en nombre del", "per conto
 * della dott.ssa"): the merged forms count too.
 */
export const WRITES_FOR_RE =
  /(?<![\p{L}])(?:on behalf of|im auftrag von|in vertretung von|de la part (?:de|du|des)|au nom (?:de|du|des)|en nombre del?|de parte del?|per conto (?:di|del|della|dello)|a nome (?:di|del|della|dello)|namens|em nome d[aeo]s?|da parte d[aeo]s?|på vegne a[fv]|på uppdrag av|w imieniu|jménem|v mene|u ime|în numele|בשם)\s+/giu;

/**
 * The writer answers for a person by pronoun ("I'm replying on his behalf", de "ich antworte in seinem Auftrag", fr "de
 * sa part", es "en su nombre", it "per suo conto", pt "em nome dele", nl "namens hem"): the one outside person copied.
 */
export const FOR_THEM_RE =
  /(?<![\p{L}])(?:on (?:his|her|their) behalf|in (?:seinem|ihrem) (?:auftrag|namen)|in (?:seiner|ihrer) vertretung|de sa part|en (?:su|sus) nombre|de su parte|per (?:suo|loro) conto|a (?:suo|loro) nome|em nome del[ea]s?|da parte del[ea]s?|namens (?:hem|haar|hen)|în numele (?:dumnealui|dumneaei|lui|ei)|w (?:jego|jej) imieniu)(?![\p{L}])/iu;

/**
 * An assistant saying in prose whom they assist, who need not be copied (the principal is then the lead, known by name
 * only): en "I look after the diary for X", "I'm the PA to X"; de "ich bin Assistentin von X"; fr "je suis l'assistante
 * de X"; es "soy la asistente de X"; it "sono l'assistente di X". A signature's "Assistant to X" is a title, not this.
 */
export const ASSISTS_RE =
  /(?<![\p{L}])(?:look(?:s|ing)? after (?:the )?(?:diary|calendar|schedule) (?:for|of)|(?:i['’]m|i am) (?:the )?(?:personal |executive )?(?:pa|assistant|secretary) (?:to|for)|ich bin (?:die |der )?(?:assistentin|assistent|sekretärin) von|je suis (?:l['’]|la )?(?:assistante|secrétaire) de|soy (?:la |el )?(?:asistente|secretaria) de|sono (?:l['’]|la )?(?:assistente|segretaria) di)\s+/giu;

/**
 * The writer writes for their own relative, the relation following: en "I'm writing for my mother", cs "píšu za svého
 * syna", sk "píšem za svoju mamu", pl "piszę za moją mamę", de "ich schreibe für meine Mutter", fr "j'écris pour ma
 * mère", es "escribo por mi madre", it "scrivo per mia madre", pt "escrevo pela minha mãe", nl "ik schrijf voor mijn
 * moeder", sv/nb/da "jeg skriver for min mor" / "jag skriver för min mamma" (any client): a possessive after the verb.
 */
const WRITES_FOR_KIN_RE =
  /(?<![\p{L}])(?:(?:writing|emailing|e-mailing|enquiring|inquiring|asking) (?:for|about) my|píšu za (?:svého|svou|svoji|mého|moji|mou)|píšem za (?:svojho|svoju|môjho|moju)|piszę (?:za|dla) (?:moją|mojego|mojej)|schreibe (?:für|im namen) meine[nm]?|j['’]écris pour (?:ma|mon)|escribo por (?:mi|mis)|scrivo per (?:mia|mio|mi)|escrevo (?:pela minha|pelo meu|por minha|por meu)|schrijf (?:voor|namens) mijn|skriv(?:er)? för (?:min|mitt)|skriver for (?:min|mitt))\s/iu;

/**
 * The cue after the one written for, that one being the writer's own (a possessive): hu "ügyfelem megbízásából" (at my
 * client's behest), "megbízóm nevében"; fi "asiakkaani puolesta"; tr "müşterim adına"; sv "å min klients vägnar" (any
 * client). A company's or a board's ("a társasház nevében") is no person written for.
 */
const OWN_AFTER_RE =
  /(?<![\p{L}])(?:\p{L}{3,}(?:[eoöaá]m|ni) (?:megbízásából|nevében|puolesta|adına)|(?:min|mina) \p{L}+s vägnar)(?![\p{L}])/iu;

/**
 * Whether `own` (a message's text without its sign-off) says the writer writes for `name`: a cue before the name in the
 * same sentence ("on behalf of the owner, Mr X", "per conto della sposa, X"), by pronoun ("on her behalf", "în numele
 * dumnealui"), after one of the writer's own (hu "ügyfelem megbízásából"), an assistant's "I'm the PA to X", or a
 * relative's "píšu za svého syna". "I manage the building on behalf of the HOA. One of our owners, X": not for X.
 */
export function writesForNamed(own: string, name: string): boolean {
  const flat = own.slice(0, 4000).replace(/\s+/g, " ");
  if (FOR_THEM_RE.test(flat) || OWN_AFTER_RE.test(flat) || WRITES_FOR_KIN_RE.test(flat)) return true;
  const last = normalizeName(name).split(" ").pop() ?? "";
  if (!last) return false;
  for (const cue of [...flat.matchAll(WRITES_FOR_RE), ...flat.matchAll(ASSISTS_RE)]) {
    const after = flat.slice((cue.index ?? 0) + cue[0].length, (cue.index ?? 0) + cue[0].length + 70);
    const sentence = after.split(/[.!?;:](?:\s|$)/)[0];
    if (sentence.includes(last)) return true;
  }
  return false;
}

/**
 * The writer says they write for someone (an agent for the owner, a planner for the bride, a translator for a client, a
 * parent for a grown son) and the one they name is not copied: whom they act for, with no referral.
 */
export function writesForUncopied(m: ThreadMessage, own: string, person: Address): boolean {
  const copied = [...m.to, ...m.cc].some((a) => !!person.email && a.email === person.email);
  return !copied && writesForNamed(own, person.name);
}
