// The one country a person's text names twice over: their company's legal form and the language they write in.
import { regionFromLegalForm } from "./region-context";
import { regionHints } from "./region-language";

/**
 * Countries whose legal forms the table reads, by the language the text-language lists give another country for:
 * a Mexican "S.A. de C.V." under Spanish prose (the Spanish list names ES), a Brazilian "Ltda." under Portuguese
 * (the pt-PT list may answer PT), an Austrian or Swiss GmbH under German.
 */
const SAME_LANGUAGE: Record<string, string[]> = {
  MX: ["ES"],
  BR: ["PT"],
  PT: ["BR"],
};

/**
 * "Trattoria Esposito S.n.c." under Italian prose -> "IT"; a legal form alone (a Canadian "Ltd.") or a language alone
 * (Spanish written in the US) is not enough to read a number away from the address's region.
 */
export function countryNamedTwice(text: string): string | undefined {
  const legal = regionFromLegalForm(text);
  if (!legal) return undefined;
  const hints = regionHints(text);
  return hints.includes(legal) || (SAME_LANGUAGE[legal] ?? []).some((r) => hints.includes(r))
    ? legal
    : undefined;
}
