// The one country a person's text names twice over: their company's legal form and the language they write in.
import { regionFromLegalForm } from "./region-context";
import { regionHints } from "./region-language";

/**
 * "Trattoria Esposito S.n.c." under Italian prose -> "IT"; a legal form alone (a Canadian "Ltd.") or a language alone
 * (Spanish written in the US) is not enough to read a number away from the address's region.
 */
export function countryNamedTwice(text: string): string | undefined {
  const legal = regionFromLegalForm(text);
  return legal && regionHints(text).includes(legal) ? legal : undefined;
}
