// A lead the owner names in prose in their note ("Met Rosa from Petal & Stem at the show"), by wording and language.
import { isPostNominals, normalizeName } from "../contact/name";
import { TITLE_WORDS_RE } from "../contact/roles";
import { ORGANISER_NAME_WORDS } from "./organiser-words";
import { SIGN_OFF_RE } from "./sign-off-lines";

/** Honorifics written before a name in a note, up to two ("Frau Dr.", "Mr. Dr."): en, fr, de, es, it, pt. */
const HONORIFIC =
  "(?:(?:(?:Mr|Mrs|Ms|Dr|Mme|M|Sr|Sra|Srta|Dott|Dott\\.ssa|Dra|Prof)\\.?\\s+|(?:Herrn?|Frau|Madame|Monsieur|Señora?|Signora?)\\s+){1,2})";
/** A name: capitalised words, particles between them ("Ana de la Cruz"), a last initial ("Carla M.", "Dana K."). */
const NAME =
  "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|da|del|della|di|van|von|der|den|le|la|du|dos|das)\\s+)*\\p{Lu}[\\p{L}'’-]+){0,2}(?:\\s+\\p{Lu}\\.)?)";
/** A company: capitalised words, "&" and legal forms with dots ("Talleres Vidal S.L.", "Bloom & Vine"). */
const COMPANY =
  "(\\p{Lu}[\\p{L}\\d'’.-]*(?:\\s+(?:&|et|and|und|y|e|de|del|des|du)?\\s*[\\p{Lu}\\d][\\p{L}\\d'’.-]*){0,5})";
/** Between a name and a company: en from/of/at/with, fr de/chez, de von (der)/bei (der), es de/del, "X, Y", "X (Y)", "X @ Y". */
const LINK =
  "(?:\\s+(?:from|of|at|with|de|chez|du|von(?:\\s+der|\\s+dem)?|bei(?:\\s+der|\\s+dem)?|del|de\\s+la)\\s+|\\s*,\\s*(?:de\\s+)?|\\s*\\(\\s*|\\s+@\\s+)";

interface NoteLeadRow {
  lang: string;
  /** What comes before the name. */
  cue: string;
}

/** Wordings that put a person in the owner's note, with the languages they serve (any client). */
const NOTE_LEAD_CUES: NoteLeadRow[] = [
  {
    lang: "en",
    cue: "\\b(?:[Mm]et|[Tt]alked to|[Tt]alked with|[Ss]poke (?:to|with)|[Ss]aw|[Rr]an into|[Cc]hatted with)\\s+",
  },
  {
    lang: "fr",
    cue: "\\b(?:[Rr]encontré(?:e)?|[Vv]u(?:e)?|[Pp]arlé (?:à|avec)|[Dd]iscuté avec|[Éé]changé avec)\\s+",
  },
  { lang: "es", cue: "\\b(?:[Cc]onocí a|[Hh]ablé con|[Vv]i a)\\s+" },
  // it "Ho conosciuto X", "ho parlato con X", "ho incontrato X"; pt "Conheci X", "falei com X".
  { lang: "it, pt", cue: "\\b(?:[Cc]onosciuto|[Pp]arlato con|[Ii]ncontrato|[Cc]onheci|[Ff]alei com)\\s+" },
  { lang: "de", cue: "\\b(?:mit|[Gg]etroffen:?)\\s+" },
  // A forwarder saying whose message it is: "this is from Dr. X at Y", "this one's from X" (en).
  {
    lang: "en",
    cue: "\\b(?:[Tt]his|[Ii]t|[Tt]hat)(?: one| lead| inquiry| enquiry| email)?(?:['’]s| is| was| came) from\\s+",
  },
  // A note saying who it was that called or wrote (over a missed call or a message that names nobody): en "It's/It
  // was/That was X", es/it/pt "Es/Era/È/É X", fr "C'est/C'était X", nl "Het is/Dat was X", de "Das war/Es ist X", sv
  // "Det är/var X", nb/da "Det er/var X".
  {
    lang: "en, es, it, pt, fr, nl, de, sv, nb, da",
    cue: "(?:^|[.!?]\\s+)(?:It(?:['’]s| is| was)|That was|Es|Era|È|É|C['’]est|C['’]était|Het is|Dat was|Das war|Es ist|Det (?:är|var|er))\\s+",
  },
  // The note opens with the person ("Rosa from Petal & Stem wants …", "Herr Becker von der … war am Stand").
  { lang: "any", cue: "^\\s*" },
];

/** Words that open a note's sentence but are no name ("Call Friday", "See below"). */
const NOT_A_NAME_RE =
  /^(?:call|email|e-mail|see|lead|note|reply|thanks|thank|hi|hello|fyi|this|that|good|great|new|please|bitte|merci|gracias|hola|bonjour|hallo|follow|sent|for|from|via|re|fwd|referral|recommended|empfehlung|empfohlen|tipp|hinweis|recommandation|recomendación|recomendado|consiglio|aanbeveling)$/i;

/** A courtesy title inside the words taken as a name ("Empfehlung von Herrn Brandt"): the name starts after it. */
const INNER_HONORIFIC_RE = /\s(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Mme|Monsieur|Madame|Señora?|Signora?|Sr|Sra)\.?\s/u;

const ROWS = NOTE_LEAD_CUES.map(
  (r) => new RegExp(`${r.cue}${HONORIFIC}?${NAME}${LINK}${COMPANY}`, r.cue.startsWith("^") ? "mu" : "u"),
);
/** After a verb ("Met Jane Okafor at the expo"), a full name alone is a lead too. */
const NAME_ONLY_ROWS = NOTE_LEAD_CUES.filter((r) => !r.cue.startsWith("^")).map(
  (r) => new RegExp(`${r.cue}${HONORIFIC}?${NAME}`, "u"),
);

/** The company as written up to where the sentence goes on ("Riverside Yoga. Call Friday" -> "Riverside Yoga"). */
function companyOnly(raw: string): string {
  return raw
    .split(/\.\s/)[0]
    .replace(/\s+(?:at|in|au|à|en|am|an|auf)$/i, "")
    .replace(/[.,;)]+$/, "")
    .trim();
}

/**
 * "Met Gordon Hale of Hale Brewing at the mixer" -> the name and company the note gives. `opening`: a name opening
 * a line counts (an owner's note); a colleague's forwarded message opens lines with its own signature instead.
 */
export function leadInNoteProse(
  note: string,
  opening = true,
): { name: string; company?: string } | undefined {
  const text = note.slice(0, 2000);
  for (const re of opening ? ROWS : ROWS.filter((r) => !r.multiline)) {
    const m = re.exec(text);
    if (!m) continue;
    const first = m[1].split(/\s+/)[0];
    if (NOT_A_NAME_RE.test(first) || INNER_HONORIFIC_RE.test(m[1])) continue;
    // "Saludos, Jorge", "Regards, Sam": a one-line sign-off and the writer's first name, not a person and company.
    if (SIGN_OFF_RE.test(m[1])) continue;
    const name = normalizeName(m[1]);
    const company = companyOnly(m[2]);
    // "Met Jane Okafor at Expo West": where they met, not where they work.
    if (ORGANISER_NAME_WORDS.some((re) => re.test(company))) return name ? { name } : undefined;
    // "mit Frau Dr. X gesprochen, Geschäftsführerin der …": a title after the comma, the company comes later.
    // "Met Dr. X, PhD (…)": letters after the name are credentials, not a company.
    if (TITLE_WORDS_RE.test(company.split(/\s+/)[0]) || isPostNominals(company)) continue;
    if (name && company && company !== m[1]) return { name, company };
  }
  for (const re of NAME_ONLY_ROWS) {
    const m = re.exec(text);
    const name = m && /\s/.test(m[1].trim()) && !INNER_HONORIFIC_RE.test(m[1]) ? normalizeName(m[1]) : "";
    if (name && !NOT_A_NAME_RE.test(name.split(" ")[0])) return { name };
  }
  return undefined;
}
