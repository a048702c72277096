// A company the person took over or founded, in a verb-final clause (de, nl): "hat … die X GmbH übernommen".
import { LEGAL_FORMS, pattern } from "../contact/legal-forms";
import type { ContactDetails } from "./signature";

/**
 * de "Herr X hat mit seiner Frau die Y GmbH übernommen", "Frau X, die die Y AG gegründet hat"; nl "X heeft de Y B.V.
 * overgenomen": the verb closes the clause, after the company. Only a company written with its legal form (a capital
 * word or more, then "GmbH", "AG", "B.V." …), in the clause right after the name.
 */
const CLAUSE_RE =
  /^\s*(?:,\s*(?:der|die|dat|die)\s+|(?:hat|haben|heeft|hebben)\s+)[^.!?]{0,50}?(?<![\p{L}])(?:die|das|den|der|de|het)\s+((?:[\p{Lu}\d&][\p{L}\d'’&.-]*\s+){1,6}?)(\S+(?:\s+\S+){0,3}?)\s+(?:übernommen|gegründet|mitgegründet|gekauft|aufgebaut|geerbt|overgenomen|opgericht|gekocht)(?![\p{L}])/u;

const FORM_END_RE = new RegExp(`\\s(?:${LEGAL_FORMS.map(pattern).join("|")})$`, "iu");

export function companyVerbFinal(sentence: string): ContactDetails | undefined {
  const m = CLAUSE_RE.exec(sentence);
  const company = m ? `${m[1]}${m[2]}`.trim() : "";
  return company && FORM_END_RE.test(company) ? { company } : undefined;
}
