// Personal names: strip honorifics and post-nominals, understand "Last, First", fix capitalization.

const HONORIFICS =
  /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|me|lic|ing|mag|dipl\.?-ing|herr|frau|m|mme|mlle|sr|sra|srta|dott|dott\.ssa|dra|med|dent|vet|jur|phil|rer\.?\s?nat|habil|univ|pastor|rev|reverend|fr|father|rabbi|imam)\.?\s+)+/i;
const POSTNOMINALS =
  /(?:,?\s+(?:phd|ph\.d\.|md|m\.d\.|dds|d\.d\.s\.|od|dvm|cpa|mba|esq|jr|sr|ii|iii|p\.eng|peng|cfa|rn|llm|msc|bsc|ba|ma))+\.?$/i;

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
  let s = raw.replace(/["“”]/g, "").replace(/\s+/g, " ").trim();
  s = s.replace(POSTNOMINALS, "").trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
  if (comma && !/\s/.test(comma[1].trim())) s = `${comma[2].trim()} ${comma[1].trim()}`;
  s = s.replace(HONORIFICS, "").trim();
  s = s.replace(POSTNOMINALS, "").trim();
  if (!/\p{L}/u.test(s)) return "";
  // Names in scripts without case (e.g. 高橋 優子) are kept exactly as written.
  if (!/[A-Za-zÀ-ÿĀ-ž]/.test(s)) return s;
  return s.split(" ").map(fixCase).join(" ");
}

/** "jane.doe" / "jane_doe" / "jdoe" -> a name guess from an address's local part ("Jane Doe"), or "". */
export function nameFromLocalPart(local: string): string {
  const parts = local.split(/[._-]+/).filter((p) => /^[a-z]{2,}$/i.test(p));
  if (parts.length < 2 || parts.length > 3) return "";
  return parts.map((p) => fixCase(p.toLowerCase())).join(" ");
}
