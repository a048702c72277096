// A signature's name line found by the sender's address when the mail shows no display name, as names are written.
import { normalizeName } from "../contact/name";
import { hasTitleWord } from "../contact/roles";
import { isCompanyLine } from "./line-kinds";
import { plainWords } from "./list-mail";

/** Particles written small inside a name: es/pt/it/fr/nl/de (de, del, da, dos, di, du, la, van, von, der, y, e, zu). */
const PARTICLE = "(?:de|del|della|di|da|das|do|dos|du|la|le|van|von|der|den|ter|ten|y|e|zu)";

/** "María José Fernández de la Torre", "Jean-Pierre Dupont": capitalised words, particles in small letters between. */
const NAME_RE = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:${PARTICLE}\\s+){0,3}\\p{Lu}[\\p{L}'’.-]+){1,4}$`,
  "u",
);

/** "山田 太郎 (Taro Yamada)", "김민수 (Kim Minsu)": a name in a CJK script, its romanisation in brackets. */
const CJK_NAME_RE =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]{1,5}(?:\s[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]{1,5})?\s*[(（]([A-Za-z][A-Za-z .'-]+)[)）]$/u;

/** The last line (the signature's) that is a person's name whose words the address's local part spells, or -1. */
export function nameLineOfAddress(lines: string[], local: string): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (!line || line.length > 60 || /[:@\d]/.test(line)) continue;
    const cjk = CJK_NAME_RE.exec(line);
    // A title after a comma or a bar ("Jean-Pierre DUPONT, Directeur technique", "Ana Lima | Compras").
    const part = line.split(/\s*[,|·•–—]\s*/)[0];
    const name = cjk ? "" : normalizeName(part);
    if (!cjk && (!NAME_RE.test(name) || hasTitleWord(name) || isCompanyLine(part) || isCompanyLine(name)))
      continue;
    const words = plainWords(cjk ? cjk[1] : name).filter((w) => w.length >= 3);
    if (words.some((w) => local.includes(w))) return i;
  }
  return -1;
}
