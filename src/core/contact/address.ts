// Postal addresses: a line that reads as a street, a unit, a post box or a postal code (cards and signatures).

/**
 * Street, unit and box words, by language, as written in addresses: en (Street, Rd, Suite, Unit, Flat,
 * PO Box), fr (rue, chemin, bureau … étage, CP/BP), es (Calle, Avda, Paseo, Piso, Apartado), de (Straße,
 * Weg, Platz, Postfach), it (Via, Viale, Piazza, Corso).
 */
const ADDRESS_WORDS =
  /\b(street|st|road|rd|avenue|ave|av|avda|blvd|boulevard|drive|dr|lane|ln|way|suite|ste|floor|unit|flat|apt|apartment|bldg|building|highway|hwy|parkway|pkwy|court|ct|place|pl|square|sq|crescent|terrace|close|rue|chemin|allee|allée|étage|calle|carrera|paseo|plaza|piso|planta|apartado|strasse|straße|str|weg|platz|gasse|postfach|via|viale|piazza|corso|po box|p\.o\. box|bp|cp)\b\.?/i;

/** German-style compounds with the number after them: "Industriestraße 12", "Am Mühlenweg 4a". */
const COMPOUND_STREET =
  /\p{L}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer)\s+\d+\s?\p{L}?\b/iu;

/** A line that reads as a postal address: a number with a street word, or a postal code. */
export function looksLikeAddress(text: string): boolean {
  if (/\d/.test(text) && ADDRESS_WORDS.test(text)) return true;
  if (COMPOUND_STREET.test(text)) return true;
  if (/\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/.test(text)) return true; // US: TX 75207
  if (/\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/.test(text)) return true; // CA: L6J 1A1
  if (/\b\d{4,5}\s+\p{Lu}\p{Ll}+/u.test(text) && (/,/.test(text) || /^\d/.test(text))) return true; // 28028 Madrid
  return /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/.test(text); // UK: LS1 4AP
}
