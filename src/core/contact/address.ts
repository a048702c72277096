// Postal addresses: a line that reads as a street, a unit, a post box or a postal code (cards and signatures).

/**
 * Street, unit and box words, by language, as written in addresses: en (Street, Rd, Suite, Unit, Flat,
 * PO Box), fr (rue, chemin, bureau … étage, CP/BP), es (Calle, Avda, Paseo, Piso, Apartado), de (Straße,
 * Weg, Platz, Postfach), it (Via, Viale, Piazza, Corso).
 */
const ADDRESS_WORDS =
  /\b(street|st|road|rd|avenue|ave|av|avda|blvd|boulevard|drive|dr|lane|ln|way|suite|ste|floor|level|room|unit|flat|apt|apartment|bldg|building|highway|hwy|parkway|pkwy|court|ct|place|pl|square|sq|crescent|terrace|close|rue|chemin|allee|allée|étage|calle|carrera|paseo|plaza|piso|planta|apartado|strasse|straße|str|weg|platz|gasse|postfach|via|viale|piazza|corso|po box|p\.o\. box|bp|cp)\b\.?/i;

/**
 * Compound street names with the number after them: de "Industriestraße 12", "Am Mühlenweg 4a"; sv "Hornsgatan 12",
 * "Storvägen 3"; no "Kirkegata 4", "Parkveien 9"; da "Nørregade 7", "Strandvej 2"; nl "Keizersgracht 15",
 * "Stationsstraat 8", "Beukenlaan 3"; fi "Mannerheimintie 5", "Aleksanterinkatu 9".
 */
const COMPOUND_STREET =
  /\p{L}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|gatan|vägen|gata|gate|veien|vegen|gade|vej|straat|laan|gracht|kade|plein|katu|tie)\s+\d+\s?\p{L}?\b/iu;

/** "Portland, OR" / "Denver, Colorado" / "Manchester, UK": a city with its state, province or country. */
const CITY_REGION_RE =
  /^\p{Lu}[\p{L} .'-]{1,30},\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|USA|U\.S\.A\.|UK|U\.K\.|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|England|Scotland|Wales|Ireland|Northern Ireland|Canada|United States|United Kingdom|Germany|Deutschland|France|Spain|España|Mexico|México|Italy|Italia|Netherlands|Belgium|Belgique|Switzerland|Schweiz|Suisse|Austria|Österreich|Australia|New Zealand|Denmark|Sweden|Norway|Portugal)$/u;

/**
 * A body numbered by its registry, the number after "No." at the end: "Dundas Street Condominium Corporation
 * No. 1442", "School District No. 5", "Lodge No. 12" (en; "Nr.", "N°" elsewhere) — a name, not a street number.
 */
const NUMBERED_BODY_RE =
  /^\D*\b(?:corporation|corp|company|inc|ltd|limited|district|lodge|union|association|society|co-?operative|chapter|trust)\b\D*\s(?:no\.?|nr\.?|n°|nº)\s?\d{1,6}$/i;

/** A line that reads as a postal address: a number with a street word, or a postal code. */
export function looksLikeAddress(text: string): boolean {
  if (/\d/.test(text) && ADDRESS_WORDS.test(text) && !NUMBERED_BODY_RE.test(text.trim())) return true;
  if (COMPOUND_STREET.test(text) || CITY_REGION_RE.test(text.trim())) return true;
  if (/\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/.test(text)) return true; // US: TX 75207
  if (/\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/.test(text)) return true; // CA: L6J 1A1
  if (/\b\d{4,5}\s+\p{Lu}\p{Ll}+/u.test(text) && (/,/.test(text) || /^\d/.test(text))) return true; // 28028 Madrid
  // se/cz/sk/gr: a postal code written in two groups, "118 55 Stockholm", "110 00 Praha 1", "105 57 Αθήνα".
  if (/(?<![\d+])\d{3}\s\d{2}\s+\p{Lu}\p{Ll}+/u.test(text) && (/,/.test(text) || /^\d/.test(text)))
    return true;
  return /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/.test(text); // UK: LS1 4AP
}
