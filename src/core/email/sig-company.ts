// Which signature lines may be the company: capitalised, no contact data, sentence, title or department; legal forms.
import { findEmails } from "../contact/email";
import { looksLikeAddress } from "../contact/address";
import { ENDS_WITH_LEGAL_FORM_RE } from "../contact/legal-forms";
import { isSentence, isTitleLine } from "./line-kinds";
import { isDepartmentLine, isLabelledField } from "./sig-lines";

/** "Ashgrove Capital Partners Ltd.", "Maier Immobilien GmbH": a line ending in a legal form (every language). */
export function hasLegalForm(line: string): boolean {
  return ENDS_WITH_LEGAL_FORM_RE.test(line.replace(/[\s,]+$/, ""));
}

/** A line that may be the company: not contact data, not a sentence, not a title or department, capitalised. */
export function mayBeCompany(line: string): boolean {
  return (
    !findEmails(line).length &&
    !isLabelledField(line) &&
    !looksLikeAddress(line) &&
    !isSentence(line) &&
    !isTitleLine(line) &&
    !isDepartmentLine(line) &&
    /^[\p{Lu}\d]/u.test(line) &&
    /\p{L}{2}/u.test(line)
  );
}
