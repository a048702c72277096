// The lead saying where they met the business ("a pleasure meeting you at the stand", "Tack för pratstunden i montern").
import { eventKind, firstSentences } from "./note";

/** Meeting words, by language: en, fr, de, es, it, pt, nl, sv, da/nb. */
const MET_RE =
  /(?<!\p{L})(?:met|meeting you|meet you|catch(?:ing)? up|chat(?:ting)? with you|talking to you|stopping by|stopped by|rencontr\p{L}*|échang\p{L}*|getroffen|kennengelernt|gespräch|conoc\p{L}*|encontr\p{L}*|incontr\p{L}*|conosciut\p{L}*|conhec\p{L}*|ontmoet\p{L}*|gesprek|träffa\p{L}*|pratstund\p{L}*|mødet?|møtet|mødte|møtte)(?!\p{L})/iu;

/**
 * The lead's greeting about where you met ("Great to chat at the … mixer", "Ravie d'avoir échangé avec vous au salon",
 * "Schön, Sie beim Netzwerkabend kennengelernt zu haben", "Encantada de conocerle en el desayuno de negocios"): en, fr,
 * de, es — a meeting word in a glad phrase, so their own events ("we exhibit at the fair") are not read.
 */
const GLAD_MET_RE =
  /(?<!\p{L})(?:(?:great|nice|good|lovely|pleasure|a pleasure) (?:to )?(?:chat|chatting|meet|meeting|talk|talking|speak|speaking)|ravie? d['’](?:avoir )?(?:échangé|vous (?:avoir )?rencontr\p{L}*)|schön,? (?:dass wir uns|sie|dich) (?:\p{L}+ ){0,4}(?:kennengelernt|getroffen|gesprochen)|encantad[oa] de (?:conocer\p{L}*|haber(?:le|te)? conocido))(?!\p{L})/iu;

/** "our stand", "notre stand", "unser Stand": the lead's own exhibit, not how they came in (en, fr, de, es, it, pt, nl, sv, da/nb). */
const OWN_RE =
  /\b(?:our|notre|nos|unser\p{L}*|nuestr\p{L}*|nostr\p{L}*|noss\p{L}*|onze|vår\p{L}*|vores)\s+(?:\p{L}+\s+)?(?:stand|booth|montern?)\b/iu;

/**
 * The kind of event the lead's first message says you met at (never a referral or website), when the forwarder's note
 * says you met but names no kind of event ("Conosciuta al Cersaie" over "un piacere incontrarla allo stand").
 */
export function sourceFromMeeting(text: string, note: string): string | undefined {
  const noted = MET_RE.test(note.slice(0, 2000));
  for (const sentence of firstSentences(text)) {
    // Without the note's word, only the lead's "great to chat at the mixer" (GLAD_MET_RE) says where you met.
    if (!(noted ? MET_RE : GLAD_MET_RE).test(sentence) || OWN_RE.test(sentence)) continue;
    const kind = eventKind(sentence);
    if (kind) return kind;
  }
  return undefined;
}
