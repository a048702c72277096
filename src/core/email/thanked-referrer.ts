// The lead thanking someone for the introduction in their own reply ("dank Femke voor het doorverwijzen"): that referrer.
import type { Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import type { OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * The lead's thanks for an introduction, the thanked person's name after the thanks word and before the reason, by
 * language: en "thanks (to) X for the intro/introduction/referral", nl "dank (je) X voor het doorverwijzen/de
 * introductie", de "danke X für die Vorstellung/Empfehlung/Vermittlung", fr "merci (à) X pour la mise en relation",
 * es "gracias (a) X por la presentación", it "grazie (a) X per la presentazione", pt "obrigado/a (à/ao) X pela
 * apresentação/indicação", da/nb "tak (til) X for introduktionen/henvisningen/introduksjonen" (any client).
 */
const THANKED_RE =
  /(?<![\p{L}])(?:thanks?(?: you)?|dank(?:je(?:wel)?| u(?: wel)?)?|danke|merci|gracias|grazie|obrigad[oa]|tak)\s+(?:(?:to|aan|an|à|a|al|ao|à|til)\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:(?:for|voor|für|pour|por|per|pel[oa]|for)\s+)(?:(?:the|this|het|de|die|den|la|le|l['’]|el|o|a)\s+)?(?:intro(?:duction)?|referral|doorverwijz(?:en|ing)|introductie|voorstellen|vorstellung|empfehlung|vermittlung|mise en relation|recommandation|presentaci[oó]n|presentazione|apresenta[cç][aã]o|indica[cç][aã]o|introduktionen|introduksjonen|henvisningen)(?![\p{L}])/giu;

/**
 * The one person in the thread's headers (outside the owner's side, not the lead) whose first name the lead's own
 * newest text thanks for the introduction; undefined when the text thanks nobody so, or the name fits nobody there.
 */
export function thankedReferrer(
  person: Address,
  messages: ThreadMessage[],
  side: OwnerSide,
): Address | undefined {
  const own = messages.find((m) => m.from?.email && m.from.email === person.email);
  if (!own) return undefined;
  const text = own.body.slice(0, 3000);
  const people = messages
    .flatMap((m) => [m.from, ...m.to, ...m.cc])
    .filter((a): a is Address => !!a?.email && a.email !== person.email && !side.has(a));
  for (const m of text.matchAll(THANKED_RE)) {
    const first = m[1].toLowerCase();
    const found = new Map(
      people
        .filter((a) => normalizeName(a.name).toLowerCase().split(/\s+/)[0] === first)
        .map((a) => [a.email, a]),
    );
    if (found.size === 1) return [...found.values()][0];
  }
  return undefined;
}
