// Personal names: strip honorifics and post-nominals, understand "Last, First", fix capitalization.
import { COMPANY_WORDS_RE } from "./company-words";
import { stripPostNominals } from "./post-nominals";
import { hasTitleWord } from "./roles";

export { isPostNominals, stripPostNominals } from "./post-nominals";

/**
 * Written before a name, by language: en (Mr, Ms, Dr, Prof, Rev), fr (M., Mme, Me, Maître), es/Latin America (Sr., Sra.,
 * Lic., Ing., Arq., Mtro., C.P.), it (Dott.), de (Herr, Frau, Dipl.-Ing., Dr.-Ing., Mag., Dr. oec., Dr. h.c., and "i. A." / "i. V." /
 * "ppa." — signing on behalf of the company), nl (ir., ing., drs., mr., Mevrouw, Meneer; Mevr., Dhr. with their dot), pl (mgr, inż.), cs/sk (Ing., Mgr., Bc., MUDr.,
 * JUDr., PhDr., RNDr., MVDr.).
 */
const HONORIFIC_WORDS =
  "mr|mrs|ms|miss|mx|dr|dra|prof|sir|madam|me|maitre|maître|lic|ing|arq|mtro|mtra|c\\.p|mag|dipl\\.?-ing|dr\\.?-ing|herr|frau|m|mme|mlle|sr|sra|srta|dott|dott\\.ssa|med|dent|vet|jur|phil|rer\\.?\\s?nat|habil|oec|h\\.c|univ|pastor|rev|reverend|fr|father|rabbi|imam|i\\.\\s?a|i\\.\\s?v|ppa|pp|ir|drs|mevrouw|meneer|mgr|inż|bc|mudr|judr|phdr|rndr|mvdr";

/**
 * More, written with their dot (without it they are also given names or words), or whole (Shri, Pani): it (Avv., Arch., Sig., Sig.ra,
 * Sig.na, Geom., Rag., Dr.ssa, Prof.ssa), es/pt (Dña., D.ª, Dr.ª, Prof.ª, Eng., Eng.º, Eng.ª), de/at (Dipl.-Kfm. and
 * every other "Dipl.-…", Univ.-Prof.), pl (Pani, dr hab.), en (Hon., Capt., Atty.; Engr. in the Philippines), India
 * (Shri, Smt.), the parts of de "Dr. rer. nat.", and the de school a degree is from ("Dipl.-Ing. (FH)", "(BA)", "(Univ.)");
 * vi (KTS. architect, KS. engineer, ThS. master, TS. doctor, PGS. associate professor, BS. physician/dentist), tr (Doç., Uzm. Dr., Yrd. Doç.,
 * Op. Dr.), it M° / Mº (Maestro: a music teacher's or conductor's title).
 */
const HONORIFIC_DOTTED =
  "(?:avv|arch|sig|geom|rag|rer|nat|dña|eng|mevr|dhr|dipl\\.-\\p{L}+|univ\\.-prof|hab|hon|capt|atty|engr|smt|kts|ks|ths|ts|pgs|bs|doç|uzm|yrd|op)\\.|(?:sig\\.r?a|sig\\.na|dr\\.ssa|prof\\.ssa|d\\.ª|dª|dr\\.ª|prof\\.ª|eng\\.?[ºª]|shri|pani|\\((?:fh|ba|dh|tu|th|univ\\.?)\\)|m[°º])";

const HONORIFICS = new RegExp(`^(?:(?:(?:${HONORIFIC_WORDS})\\.?|${HONORIFIC_DOTTED})\\s+)+`, "iu");

const HONORIFIC_WORD = new RegExp(`^(?:(?:${HONORIFIC_WORDS})\\.?|${HONORIFIC_DOTTED})$`, "iu");

/** "Ms. Ananya Rao, who …" -> "Ananya Rao, who …": a text that starts with a name, without the honorifics before it. */
export function withoutHonorifics(text: string): string {
  return text.replace(HONORIFICS, "");
}

/** One word written before a name ("Dr.", "Sig.ra", "Dipl.-Kfm."), as cards read a name line word by word. */
export function isHonorificWord(word: string): boolean {
  return HONORIFIC_WORD.test(word);
}

/**
 * Pronouns written after a name, by language: en (she/her, he/him, they/them, ze/hir, xe/xem), fr (elle, il, iel),
 * de (sie/ihr, er/ihm), es (ella, él, elle) — in brackets or after a bar or comma ("Jordan Ellis (they/them)").
 */
const PRONOUNS_RE =
  /\s*(?:[,|]\s*)?[([]?\s*\b(?:she|he|they|ze|xe|elle|il|iel|sie|er|ella|él)\s*\/\s*[\p{L}]+(?:\s*\/\s*[\p{L}]+)?\s*[)\]]?\s*$/iu;

/** "Jordan Ellis (they/them)" -> "Jordan Ellis". */
export function withoutPronouns(name: string): string {
  return name.replace(PRONOUNS_RE, "");
}

/** Title-case a word that was written all upper or all lower case; mixed case is kept as written. */
function fixCase(word: string): string {
  if (word !== word.toUpperCase() && word !== word.toLowerCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^(Mc|Mac)(\p{L})/u, (_m, p: string, ch: string) => p + ch.toUpperCase());
}

/** "DOE, Jane Ph.D." -> "Jane Doe"; "dr. jane doe" -> "Jane Doe"; returns "" when nothing name-like is left. */
export function normalizeName(raw: string): string {
  // The same display name is read many times for one e-mail (every rule that compares people): worked out once.
  let name = normalizedNames.get(raw);
  if (name === undefined) {
    if (normalizedNames.size >= 256) normalizedNames.clear();
    normalizedNames.set(raw, (name = normalizeOnce(raw)));
  }
  return name;
}

/** The names worked out so far; e-mail extraction clears it for each message (its own repeats only). */
export const normalizedNames = new Map<string, string>();

function normalizeOnce(raw: string): string {
  // "*Dolores Finch*": bold kept as asterisks when an HTML part is read as text.
  let s = withoutPronouns(
    raw
      // 'Robert "Bob" Smith': a nickname in quotes between the names is not part of the name.
      .replace(/(\S)\s+["“][^"“”]{1,20}["”]\s+(?=\S)/u, "$1 ")
      // "Elizabeth (Liz) Harper": the name they go by, in brackets between the names.
      .replace(/(\p{L})\s+\(\p{Lu}[\p{L}'’-]{1,15}\)\s+(?=\p{Lu})/u, "$1 ")
      .replace(/["“”]/g, "")
      // "🌸 Mia Lopez 🌸": pictographs a display name is decorated with are no part of the name.
      .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^\*+\s*(.+?)\s*\*+$/, "$1")
      // "Nguyen Van An (Mr.)", "Priya Nair (Ms)": the courtesy title in brackets after the name (vi, in, sg signatures).
      .replace(/\s*\((?:mr|mrs|ms|miss|mx|dr|sir|madam|madame)\.?\)$/i, "")
      // "Katherine O'Brien (née Walsh)", de "(geb. Maier)", nl "(geboren Jansen)": a maiden name is no part of it.
      .replace(/\s*\((?:née|nee|née|geb\.|geborene|geboren|born)\s[^()]{1,30}\)$/iu, ""),
  );
  s = stripPostNominals(s);
  const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
  // "Doe, Jane"; a surname with its particles ("van der Merwe, Pieter", "de la Cruz, Ana": Outlook's directory order).
  if (
    comma &&
    (!/\s/.test(comma[1].trim()) ||
      PARTICLE_SURNAME_RE.test(comma[1].trim()) ||
      isDoubleSurnameFirst(comma[1].trim(), comma[2].trim()))
  )
    s = `${comma[2].trim()} ${comma[1].trim()}`;
  s = s.replace(HONORIFICS, "").trim();
  s = stripPostNominals(s);
  if (!/\p{L}/u.test(s)) return "";
  // "山田 太郎 (Taro Yamada)": the name as written in its script, without the romanisation beside it.
  const romanised = /^([^A-Za-z()（）]+?)\s*[(（][A-Za-z][A-Za-z .'-]*[)）]$/u.exec(s);
  if (
    romanised &&
    /[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(romanised[1])
  )
    s = romanised[1];
  // Names in scripts without case (e.g. 高橋 優子) are kept exactly as written, without the sign-off word a ko/ja
  // signature puts after the name ("박지훈 드림", "김민수 올림": "from …"; "山田 拝").
  if (!/[A-Za-zÀ-ÿĀ-ž]/.test(s)) return s.replace(/\s*(?:드림|올림|拝)$/u, "");
  const words = s.split(" ");
  // Particles written small inside a name stay small ("Sanne de Vries", "Ana de la Cruz", "Ludwig van Beethoven").
  return words
    .map((w, i) => (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w) ? w : fixCase(w)))
    .join(" ");
}

/**
 * "Marín Sanz, Lucía", "Pereira Costa, Ana Luísa": Outlook's directory order with a two-word surname (es, pt, ca double
 * surnames; "Lloyd Jones, Sian"). Both sides capitalised words only, the given part one or two words that are no
 * job title ("Jane Doe, Director" stays) and not in capitals ("Jane Doe, ACME" stays).
 */
function isDoubleSurnameFirst(surname: string, given: string): boolean {
  const word = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
  return (
    new RegExp(`^${word}\\s${word}$`, "u").test(surname) &&
    new RegExp(`^${word}(?:\\s${word})?$`, "u").test(given) &&
    !hasTitleWord(`${surname} ${given}`) &&
    !COMPANY_WORDS_RE.test(`${surname} ${given}`)
  );
}

/** A surname led by one to three particles ("van der Merwe", "De la Cruz", "von Arnim"): nl, de, fr, es, it, pt, af. */
const PARTICLE_SURNAME_RE =
  /^(?:(?:de|van|von|der|den|ter|ten|la|le|du|da|das|do|dos|di|del|della)\s+){1,3}\p{Lu}[\p{L}'’-]+$/iu;

/** Name particles written in small letters between a given name and a surname: nl, de, fr, es, it, pt. */
const NAME_PARTICLES = new Set(
  "de van von der den ter ten la le du da das do dos di del della y e".split(" "),
);

/** A person's display name, else the guess from their address ("jane.doe@…" -> "Jane Doe"), normalised. */
export function nameOrGuess(a: { name: string; email: string }): string {
  return normalizeName(a.name || nameFromLocalPart(a.email.split("@")[0]));
}

/** "jane.doe" / "jane_doe" / "jdoe" -> a name guess from an address's local part ("Jane Doe"), or "". */
export function nameFromLocalPart(local: string): string {
  const parts = local.split(/[._-]+/).filter((p) => /^[a-z]{2,}$/i.test(p));
  if (parts.length < 2 || parts.length > 3) return "";
  return parts.map((p) => fixCase(p.toLowerCase())).join(" ");
}
