// The phone region a lead's details imply (e-mail and cards): a ccTLD of their address or site, the places or
// sign-offs their text names; else the ledger's default.
import { isSupportedCountry } from "libphonenumber-js/min";
import { wordsRe } from "./words-re";

// Country-code domains used as generic names (.co, .io …) say nothing about where someone is.
const GENERIC_CC = new Set("co io tv me ai ly fm am gg to ws cc app dev so sh im".split(" "));
const TLD_REGION: Record<string, string> = { uk: "GB", eu: "", su: "RU" };

/** "walsh-logistics.co.uk" -> "GB", "empresa.com.co" -> "CO"; ".com" or a generic ccTLD -> undefined. */
export function regionOfHost(host: string): string | undefined {
  const parts = host.toLowerCase().split(".");
  const tld = parts[parts.length - 1];
  // "co" alone is also used as a generic TLD (oakandiron.co): only trusted as Colombia with a second level.
  if (tld === "co" && parts.length >= 3) return "CO";
  if (!tld || GENERIC_CC.has(tld)) return undefined;
  const mapped = TLD_REGION[tld];
  if (mapped !== undefined) return mapped || undefined;
  const up = tld.toUpperCase();
  return tld.length === 2 && isSupportedCountry(up) ? up : undefined;
}

/** "hwalsh@walsh-logistics.co.uk" -> "GB"; ".com" or a generic ccTLD -> `fallback`. */
export function regionFromEmail(email: string | undefined, fallback: string): string {
  return regionOfHost((email ?? "").replace(/^.*@/, "")) ?? fallback;
}

/**
 * Names as one pattern, whole words (letters `\b` does not see included: "Malmö", "Łódź"), case as written; names in
 * scripts written without spaces (place names, sign-offs) match anywhere.
 */
function namesRe(names: string, flags = "u"): RegExp {
  return wordsRe(names.split("|"), flags, "\\p{L}");
}

/** Places that say where someone is (a country or a city in its own or an English spelling). */
const TEXT_PLACES: [RegExp, string][] = (
  [
    [
      "United Kingdom|England|Scotland|Wales|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol",
      "GB",
    ],
    ["Deutschland|Germany|Berlin|München|Munich|Hamburg|Köln|Frankfurt|Stuttgart|Freiburg|Düsseldorf", "DE"],
    ["Österreich|Austria|Wien|Vienna|Graz|Salzburg|Linz|Innsbruck", "AT"],
    [
      "Schweiz|Suisse|Svizzera|Switzerland|Zürich|Zurich|Genève|Geneva|Basel|Bern|Lausanne|Luzern|Lugano|Winterthur",
      "CH",
    ],
    [
      "Belgique|België|Belgien|Belgium|Bruxelles|Brussel|Brussels|Antwerpen|Anvers|Gent|Gand|Liège|Namur|Mechelen|Malines|Leuven|Louvain|Brugge|Bruges|Hasselt|Kortrijk|Oostende|Charleroi",
      "BE",
    ],
    ["Luxembourg|Luxemburg", "LU"],
    ["France|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Montpellier", "FR"],
    ["Nederland|Netherlands|Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven", "NL"],
    ["España|Spain|Madrid|Barcelona|Valencia|Sevilla|Bilbao|Málaga|Zaragoza", "ES"],
    ["México|Mexico|CDMX|Guadalajara|Monterrey", "MX"],
    ["Italia|Italy|Milano|Milan|Roma|Rome|Torino|Bologna|Napoli|Firenze|Florence", "IT"],
    ["Portugal|Lisboa|Lisbon|Porto", "PT"],
    ["Brasil|Brazil|São Paulo|Rio de Janeiro|Belo Horizonte", "BR"],
    ["Canada|Ontario|Québec|Quebec|Toronto|Montréal|Montreal|Vancouver|Calgary|Ottawa", "CA"],
    ["Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide", "AU"],
    ["New Zealand|Auckland|Wellington|Christchurch", "NZ"],
    ["Ireland|Dublin|Cork|Galway", "IE"],
    ["Sverige|Sweden|Stockholm|Göteborg|Gothenburg|Malmö|Uppsala", "SE"],
    ["Danmark|Denmark|København|Copenhagen|Aarhus|Odense", "DK"],
    ["Norge|Norway|Oslo|Trondheim|Stavanger|Drammen", "NO"],
    ["Suomi|Finland|Helsinki|Helsingfors|Espoo|Tampere|Turku", "FI"],
    ["Polska|Poland|Warszawa|Warsaw|Kraków|Krakow|Łódź|Wrocław|Poznań|Poznania|Gdańsk|Katowice", "PL"],
    ["Česko|Czechia|Czech Republic|Praha|Prague|Brno", "CZ"],
    ["Slovensko|Slovakia|Bratislava", "SK"],
    ["Magyarország|Hungary|Budapest", "HU"],
    ["România|Romania|București|Bucharest", "RO"],
    ["Türkiye|Turkey|İstanbul|Istanbul|Ankara|Izmir", "TR"],
    ["Russia|Moscow|Saint Petersburg", "RU"],
    ["Україна|Ukraine|Київ|Kyiv", "UA"],
    ["Greece|Athens", "GR"],
    ["日本|Japan|Tokyo|東京|大阪|Osaka|Kyoto", "JP"],
    ["South Korea|Seoul", "KR"],
    // Hong Kong and Taiwan before China (a "香港" address under "中國" is Hong Kong's); zh-HK and zh-TW place names
    [
      "Hong Kong|香港|Kowloon|九龍|九龙|新界|尖沙咀|銅鑼灣|旺角|灣仔|觀塘|Tsim Sha Tsui|Mong Kok|Wan Chai",
      "HK",
    ],
    ["Taiwan|台灣|臺灣|Taipei|台北|臺北|台中|臺中|高雄|Kaohsiung|Taichung", "TW"],
    ["中国|Beijing|Shanghai|北京|上海", "CN"],
  ] as [string, string][]
).map(([names, region]) => [namesRe(names), region]);

/**
 * Sign-offs that name a language more than a country, read only when no place is named: a Brussels signature
 * closing "Cordialement" is Belgian, a Zürich one closing "Freundliche Grüsse" Swiss.
 */
const TEXT_SIGNOFFS: [RegExp, string][] = (
  [
    ["Mit freundlichen Grüßen|Viele Grüße|Beste Grüße", "DE"], // de (Germany writes ß; Switzerland "Grüsse")
    // de-CH: "ss" for "ß", and the Swiss greetings "Grüezi", "Grüessech" (a booking tool's "Grüezi Garage Meier AG")
    [
      "Freundliche Grüsse|Mit freundlichen Grüssen|Beste Grüsse|Liebe Grüsse|Herzliche Grüsse|Grüezi|Grüessech",
      "CH",
    ],
    ["Cordialement|Bien à vous", "FR"], // fr
    ["Met vriendelijke groet", "NL"], // nl
    ["Un saludo|Atentamente", "ES"], // es
    ["Cordiali saluti|Distinti saluti", "IT"], // it
    ["Atenciosamente", "BR"], // pt-BR
    ["Com os melhores cumprimentos|Melhores cumprimentos|Cumprimentos", "PT"], // pt-PT
    ["Med vänliga hälsningar|Vänliga hälsningar|Vänligen", "SE"], // sv
    ["Med venlig hilsen|Venlig hilsen|Venlige hilsner", "DK"], // da
    ["Med vennlig hilsen|Vennlig hilsen", "NO"], // nb
    ["Ystävällisin terveisin|Parhain terveisin|Terveisin", "FI"], // fi
    ["Z poważaniem|Z wyrazami szacunku|Pozdrawiam", "PL"], // pl
    ["S pozdravem|S přátelským pozdravem", "CZ"], // cs
    ["S pozdravom|S úctou", "SK"], // sk
    ["Üdvözlettel|Tisztelettel", "HU"], // hu
    ["Cu stimă|Cu respect", "RO"], // ro
    ["Saygılarımla|Saygılarımızla|İyi çalışmalar", "TR"], // tr
    ["С уважением", "RU"], // ru
    ["З повагою", "UA"], // uk
  ] as [string, string][]
).map(([names, region]) => [namesRe(names, "iu"), region]);

/** Any of a table's patterns, as one (same flags): one pass over a text that names none, instead of one per entry. */
const anyOf = (table: [RegExp, string][]) =>
  new RegExp(table.map(([re]) => `(?:${re.source})`).join("|"), table[0][0].flags);
const ANY_PLACE = anyOf(TEXT_PLACES);
const ANY_SIGNOFF = anyOf(TEXT_SIGNOFFS);

/** The region a text names: a place first, else a sign-off's language; undefined when neither. */
export function regionFromText(text: string): string | undefined {
  if (ANY_PLACE.test(text)) for (const [re, region] of TEXT_PLACES) if (re.test(text)) return region;
  if (ANY_SIGNOFF.test(text)) for (const [re, region] of TEXT_SIGNOFFS) if (re.test(text)) return region;
  return undefined;
}
