// A legal footer's registry line ("Company limited by guarantee no. 05550123"): never the title or company.

/**
 * A registry number written after "no.", "nr.", "n°" or "number" at the end of a segment, without a colon: UK
 * "Registered charity no. 1234567", "Company limited by guarantee no. 05550123", "Company No 01234567"; de/nl "HR-Nr.
 * 12345", fr "N° 123 456 789", it "n. 12345" (legal footers of any client). Five digits or more.
 */
const REGISTRY_NUMBER_RE =
  /(?:^|\s)(?:no|nr|n[°º]|n|num|number|nummer|número|numero)\.?\s*:?\s*[A-Z]{0,3}\s?\d[\d ]{4,}\s*$/iu;

/** "Registered in England and Wales 01234567": a registration said in words, then the number. */
const REGISTERED_RE = /^(?:registered|eingetragen|immatriculée?|inscrita|iscritta)\b.*\d{5,}\s*$/i;

/** "Registered charity no. 5550123", "Company No 01234567": a registry line of a legal footer. */
export function isRegistryNumberLine(line: string): boolean {
  return REGISTRY_NUMBER_RE.test(line) || REGISTERED_RE.test(line.trim());
}
