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
 * The business's own stand or booth at a show, as the lead names it beside a meeting word ("met you at your booth",
 * "vid er monter på Nordbygg"), by language: en your booth/stand; fr votre stand; de Ihrem/eurem Stand; es vuestro/su
 * stand; it vostro/suo stand; pt vosso/seu stand/estande; nl jullie/uw stand; sv er/din monter, ert stånd; da/nb
 * jeres/deres/din stand; pl waszym/Państwa stoisku; cs vašem stánku. Then the show's name after "at"/"på"/"auf" …
 */
const YOUR_STAND_RE =
  /(?<!\p{L})(?:your (?:\p{L}+ )?(?:booth|stand)|votre stand|(?:ihrem|ihren|eurem|euren) stand|(?:vuestro|su|vostro|suo|jullie|uw) stand|(?:vosso|seu) (?:stand|estande)|(?:er|ert|din|ditt) (?:monter|montern|stånd)|(?:jeres|deres|din) stand|(?:waszym|państwa) stoisku|vašem stánku)(?!\p{L})/iu;
/** A visit to it: en visited/came by; de besucht; fr visité; es/it/pt visit…; nl bezocht; sv besök…; da/nb besøg/besøk; pl odwiedzi…; cs navštív…. */
const VISIT_RE =
  /(?<!\p{L})(?:visit\p{L}*|came by|dropped by|swung by|besucht\p{L}*|bezocht|besök\p{L}*|besø[gk]\p{L}*|odwiedzi\p{L}*|navštív\p{L}*)(?!\p{L})/iu;

/** The show's name after the stand: "at (the) …", fr au/du, de auf (der)/bei, es/pt en/na/no, it al/alla, nl op/bij, sv på/vid, da ved, pl/cs na/w. */
const SHOW_NAME_RE =
  /^,?\s+(?:at|on|in|au|du|auf|bei|en|al|alla|na|no|op|bij|på|vid|ved|w)\s+(?:(?:the|der|dem|la|le|el|il|de)\s+)?(\p{Lu}[\p{L}\d'’&-]*(?:\s+\p{Lu}[\p{L}\d'’&-]*){0,3})/u;

/** "Trade show: Nordbygg" when the lead says they met you at your stand (the show's name when written after it). */
function atYourStand(sentence: string): string | undefined {
  const m = YOUR_STAND_RE.exec(sentence);
  if (!m) return undefined;
  const name = SHOW_NAME_RE.exec(sentence.slice(m.index + m[0].length))?.[1];
  return name ? `Trade show: ${name}` : "Trade show";
}

/**
 * The kind of event the lead's first message says you met at (never a referral or website), when the forwarder's note
 * says you met but names no kind of event ("Conosciuta al Cersaie" over "un piacere incontrarla allo stand").
 */
export function sourceFromMeeting(text: string, note: string): string | undefined {
  const noted = MET_RE.test(note.slice(0, 2000));
  for (const sentence of firstSentences(text)) {
    if (OWN_RE.test(sentence)) continue;
    // "We met briefly at your stand at Nordbygg": the business's own stand is a trade show's, whatever its name.
    const stand = MET_RE.test(sentence) || VISIT_RE.test(sentence) ? atYourStand(sentence) : undefined;
    if (stand) return stand;
    // Without the note's word, only the lead's "great to chat at the mixer" (GLAD_MET_RE) says where you met.
    if (!(noted ? MET_RE : GLAD_MET_RE).test(sentence)) continue;
    const kind = eventKind(sentence);
    if (kind) return kind;
  }
  return undefined;
}
