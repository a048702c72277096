// The writer says the person they name referred them to the business: that person is the referrer, not a lead.
import type { Address } from "../contact/email";
import { nameOrGuess } from "../contact/name";
import { escape } from "./forward-labels";

/**
 * Wordings right after the referrer's name that say they sent the writer to the reader (any client), by language:
 * en "passed along your name", "gave me your number", "recommended you", "suggested I call you", "told me about you",
 * "referred me to you", "pointed me your way"; de "hat mir Ihren Namen gegeben", "hat Sie empfohlen"; fr "m'a donné vos
 * coordonnées", "m'a recommandé"; es "me pasó tu contacto", "me recomendó"; it "mi ha dato il tuo numero", "mi ha
 * consigliato"; pt "me passou o contato de vocês", "me indicou"; nl "gaf me je nummer", "heeft ons jullie aangeraden".
 */
const REFERRED_ME_RE = new RegExp(
  [
    String.raw`(?:has |had )?(?:passed|gave|given|sent|forwarded) (?:along |on )?(?:me |us )?(?:along |on )?your (?:name|number|details|contact|info|e-?mail)`,
    String.raw`(?:has |had )?(?:recommended|referred|suggested|mentioned|pointed) (?:you|me|us|i|we|your)`,
    String.raw`told (?:me|us) (?:about|of) you`,
    String.raw`hat (?:mir|uns) (?:Ihren|deinen|Ihre|deine) (?:Namen|Nummer|Kontakt\p{L}*|Adresse)|hat (?:Sie|dich|euch) (?:mir |uns )?empfohlen|empfahl (?:mir|uns)`,
    String.raw`(?:m|nous)['’]a (?:donné|passé|transmis|recommandé|conseillé|parlé de vous)`,
    String.raw`(?:me|nos) (?:pasó|dio|ha pasado|ha dado|recomendó|ha recomendado|habló de)`,
    String.raw`(?:mi|ci) ha (?:dato|passato|consigliato|raccomandato|parlato di)`,
    String.raw`(?:me|nos) (?:passou|deu|indicou|recomendou|falou de)`,
    String.raw`(?:gaf|heeft) (?:me|mij|ons) (?:je|jullie|uw)|(?:raadde|heeft) (?:me|mij|ons) (?:je|jullie|u) aan(?:geraden)?`,
  ].join("|"),
  "iu",
);

/** `text` holds a wording of being sent by someone (checked once before any name is tried). */
export function saysReferredBy(text: string): boolean {
  return REFERRED_ME_RE.test(text.slice(0, 4000));
}

/** `text` says `person` (named by first name, with or without a surname after it) sent the writer to the reader. */
export function referredTheWriter(text: string, person: Address): boolean {
  const first = nameOrGuess(person).split(" ")[0] ?? "";
  if (first.length < 2) return false;
  const re = new RegExp(
    `(?<![\\p{L}])${escape(first)}(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s+(?:${REFERRED_ME_RE.source})`,
    "iu",
  );
  return re.test(text.slice(0, 4000));
}
