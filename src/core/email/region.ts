// The phone region a lead's details imply: a ccTLD of their address, else the ledger's default.
import { isSupportedCountry } from "libphonenumber-js/min";

// Country-code domains used as generic names (.co, .io …) say nothing about where someone is.
const GENERIC_CC = new Set([
  "co",
  "io",
  "tv",
  "me",
  "ai",
  "ly",
  "fm",
  "am",
  "gg",
  "to",
  "ws",
  "cc",
  "app",
  "dev",
  "so",
  "sh",
  "im",
]);
const TLD_REGION: Record<string, string> = { uk: "GB", eu: "", su: "RU" };

/** "hwalsh@walsh-logistics.co.uk" -> "GB"; ".com" or a generic ccTLD -> `fallback`. */
export function regionFromEmail(email: string | undefined, fallback: string): string {
  const tld = (email ?? "").toLowerCase().replace(/^.*\./, "");
  if (!tld || GENERIC_CC.has(tld)) return fallback;
  const mapped = TLD_REGION[tld];
  if (mapped !== undefined) return mapped || fallback;
  const up = tld.toUpperCase();
  return tld.length === 2 && isSupportedCountry(up) ? up : fallback;
}

/** Places that say where someone is (a country or a city in its own or an English spelling). */
const TEXT_PLACES: [RegExp, string][] = [
  [
    /\b(?:United Kingdom|England|Scotland|Wales|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol)\b/,
    "GB",
  ],
  [
    /\b(?:Deutschland|Germany|Berlin|München|Munich|Hamburg|Köln|Frankfurt|Stuttgart|Freiburg|Düsseldorf)\b/,
    "DE",
  ],
  [/\b(?:Österreich|Austria|Wien|Vienna|Graz|Salzburg|Linz|Innsbruck)\b/, "AT"],
  [
    /\b(?:Schweiz|Suisse|Svizzera|Switzerland|Zürich|Zurich|Genève|Geneva|Basel|Bern|Lausanne|Luzern|Lugano)\b/,
    "CH",
  ],
  [
    /\b(?:Belgique|België|Belgien|Belgium|Bruxelles|Brussel|Brussels|Antwerpen|Anvers|Gent|Gand|Liège|Namur)\b/,
    "BE",
  ],
  [/\b(?:Luxembourg|Luxemburg)\b/, "LU"],
  [/\b(?:France|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Montpellier)\b/, "FR"],
  [/\b(?:Nederland|Netherlands|Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven)\b/, "NL"],
  [/\b(?:España|Spain|Madrid|Barcelona|Valencia|Sevilla|Bilbao|Málaga|Zaragoza)\b/, "ES"],
  [/\b(?:México|Mexico|CDMX|Guadalajara|Monterrey)\b/, "MX"],
  [/\b(?:Italia|Italy|Milano|Milan|Roma|Rome|Torino|Bologna|Napoli|Firenze|Florence)\b/, "IT"],
  [/\b(?:Portugal|Lisboa|Lisbon|Porto)\b/, "PT"],
  [/\b(?:Brasil|Brazil|São Paulo|Rio de Janeiro)\b/, "BR"],
  [/\b(?:Canada|Ontario|Québec|Quebec|Toronto|Montréal|Montreal|Vancouver|Calgary|Ottawa)\b/, "CA"],
  [/\b(?:Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide)\b/, "AU"],
  [/\b(?:New Zealand|Auckland|Wellington|Christchurch)\b/, "NZ"],
  [/\b(?:Ireland|Dublin|Cork|Galway)\b/, "IE"],
];

/**
 * Sign-offs that name a language more than a country, read only when no place is named: a Brussels signature
 * closing "Cordialement" is Belgian, a Zürich one closing "Freundliche Grüsse" Swiss.
 */
const TEXT_SIGNOFFS: [RegExp, string][] = [
  [/Mit freundlichen Grüßen|Viele Grüße|Beste Grüße/i, "DE"], // de (Germany writes ß; Switzerland "Grüsse")
  [/Cordialement|Bien à vous/i, "FR"], // fr
  [/Met vriendelijke groet/i, "NL"], // nl
  [/Un saludo|Atentamente/i, "ES"], // es
  [/Cordiali saluti|Distinti saluti/i, "IT"], // it
  [/Atenciosamente/i, "BR"], // pt-BR
];

/** The region a text names: a place first, else a sign-off's language; undefined when neither. */
export function regionFromText(text: string): string | undefined {
  for (const [re, region] of TEXT_PLACES) if (re.test(text)) return region;
  for (const [re, region] of TEXT_SIGNOFFS) if (re.test(text)) return region;
  return undefined;
}

/**
 * The language a text is written in, as the region its numbers most likely belong to, for numbers that do not read
 * in the default region (a German intro's "040 5550 1234"). Two or more of a language's common words are needed.
 * Only used where the default region gives no valid number, so a +1 number in a Spanish e-mail stays +1.
 */
const LANGUAGE_REGIONS: [RegExp, string][] = [
  [/\b(?:und|ist|nicht|sie|ihnen|ihr|wir|mit|für|sehr|gerne|grüße|vielen|der|die|das|ich)\b/gi, "DE"], // de
  [/\b(?:est|nous|vous|avec|pour|mais|très|merci|votre|bonjour|je|les|une|cordialement)\b/gi, "FR"], // fr
  [
    /\b(?:está|están|para|pero|gracias|usted|nuestro|hola|también|muy|el|los|las|por|podemos|podéis|encantad[oa]|saludos?)\b/gi,
    "ES",
  ], // es
  [
    /\b(?:sono|della|delle|anche|grazie|ciao|abbiamo|nostro|questo|il|gli|per|non|buongiorno|saluti)\b/gi,
    "IT",
  ], // it
  [/\b(?:het|zijn|niet|voor|ook|wij|jullie|graag|bedankt|groet|een|ik|hij|zij)\b/gi, "NL"], // nl
];

export function regionFromLanguage(text: string): string | undefined {
  const sample = text.slice(0, 4000);
  let best: { region: string; hits: number } | undefined;
  for (const [re, region] of LANGUAGE_REGIONS) {
    const hits = new Set((sample.match(re) ?? []).map((w) => w.toLowerCase())).size;
    if (hits >= 2 && (!best || hits > best.hits)) best = { region, hits };
  }
  return best?.region;
}

/** The region a text implies: the places and sign-offs it names, else its language. */
export function regionHint(text: string): string | undefined {
  return regionFromText(text) ?? regionFromLanguage(text);
}
