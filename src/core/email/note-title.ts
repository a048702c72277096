// The lead's job title as the forwarder's note gives it: "He's the purchasing manager there", "Er ist Einkaufsleiter".
import { hasTitleWord } from "../contact/roles";

/**
 * "They are the X", by language, the title in group 1, up to the sentence's end or "at/there/bei/chez …": en he's /
 * she's / he is / she is / they're; de er ist / sie ist; fr il est / elle est; es es el/la, él es / ella es; it è il/la,
 * lui è / lei è; pt ele é / ela é; nl hij is / zij is / ze is. Also a labelled line ("Title: …", "Titel: …", "Poste : …",
 * "Cargo: …", "Funktion: …").
 */
const NOTE_TITLE_RES: RegExp[] = [
  /(?<![\p{L}])(?:he['’]s|she['’]s|he is|she is|they['’]re|they are) (?:the |their |our )?([\p{L}][\p{L} &/-]{2,50}?)(?= (?:there|at|for|with)\b|[.,;!\n]|$)/iu,
  /(?<![\p{L}])(?:er|sie) ist (?:dort |da )?(?:der |die )?([\p{L}][\p{L} &/-]{2,50}?)(?= (?:dort|da|bei|von) |[.,;!\n]|$)/iu,
  /(?<![\p{L}])(?:il|elle) est (?:le |la |l['’])?([\p{L}][\p{L} &'’/-]{2,50}?)(?= (?:chez|là-bas)\b|[.,;!\n]|$)/iu,
  /(?<![\p{L}])(?:él|ella|lui|lei|ele|ela) (?:es|è|é) (?:el |la |il |o |a )?([\p{L}][\p{L} &/-]{2,50}?)(?= (?:en|presso|na|no|em)\b|[.,;!\n]|$)/iu,
  /(?<![\p{L}])(?:hij|zij|ze) is (?:de |het )?([\p{L}][\p{L} &/-]{2,50}?)(?= (?:bij|van|daar) |[.,;!\n]|$)/iu,
  /^(?:title|job title|titel|funktion|position|poste|fonction|cargo|ruolo|functie)\s*:\s*([\p{L}][^\n]{2,60}?)\s*\.?$/imu,
];

/** Words that make "she's the one who…", "he's the owner's son" or "she's a great lead" no title of theirs. */
const NOT_TITLE_RE =
  /\b(?:one|person|guy|contact|decision|son|daughter|wife|husband|brother|sister|friend|great|good|hot|warm|new|nice|solid|promising|strong|real|only|just|not)\b/i;

/** The title the note gives the lead, when it names one by its title words; else undefined. */
export function titleInNote(note: string): string | undefined {
  const text = note.slice(0, 2000);
  for (const re of NOTE_TITLE_RES) {
    const t = re.exec(text)?.[1]?.trim();
    if (t && hasTitleWord(t) && !NOT_TITLE_RE.test(t) && t.split(/\s+/).length <= 6) return t;
  }
  return undefined;
}
