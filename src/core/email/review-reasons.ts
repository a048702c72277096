// Why a lead needs the owner's review: nobody found, no way to reach them, a field that looks like a formula.
import type { Lead } from "../lead";
import { looksLikeFormula } from "../lead";

/** The review reasons for `lead`, added to `warnings`. */
export function reviewReasons(lead: Lead, warnings: string[]): void {
  if (!lead.name && !lead.email && !lead.phone && !lead.company)
    warnings.push("no lead found in this message");
  else if (!lead.email && !lead.phone) warnings.push("the lead has no e-mail address or phone number");
  // A number with nobody to put it to (the writer was not found, only a phone in the text): the owner must say whose.
  else if (!lead.name && !lead.email)
    warnings.push("only a phone number was found: whose it is, is not known");
  for (const k of ["name", "company", "title"] as const)
    if (looksLikeFormula(lead[k]))
      warnings.push(`the lead's ${k} looks like a spreadsheet formula; kept as text`);
}
