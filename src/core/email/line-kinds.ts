// What kind of words a signature line holds: a person's name, a job title, a company, a sentence of the message.
import { ENDS_WITH_DOTTED_FORM_RE } from "../contact/legal-form-ends";
import { isDepartment } from "./departments";
import { COMPANY_WORDS_RE, TITLE_COMPANY_SEP_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";

/** Separators that list things ("Store Manager, Ali Grocers", "Title | Company"), tried before "at"/"of". */
const LIST_SEP_RE = /\s*(?:,|\||·|•|–|—|\s-\s)\s*/;

/** Splits "CEO, Cho Biotech" into a title and a company when each part says which it is. */
export function splitTitleCompany(line: string): { title?: string; company?: string } | undefined {
  return splitAt(line, LIST_SEP_RE) ?? atWorkplace(line) ?? splitAt(line, TITLE_COMPANY_SEP_RE);
}

/** Workplace words that end a title (en "at"/"@", fr "chez", de "bei"): the rest is the company, whatever its words. */
const WORKPLACE_RE = /^(.+?)\s+(?:at|@|chez|bei)\s+(\p{Lu}[^,;:|]{1,60})$/u;

/** "Head of Partnerships at Brightloop": a title, then the company after the workplace word. */
function atWorkplace(line: string): { title: string; company: string } | undefined {
  const m = WORKPLACE_RE.exec(line.trim());
  if (!m || !isTitleLine(m[1]) || isTitleLine(m[2]) || isSentence(line) || m[2].split(/\s+/).length > 6)
    return undefined;
  return { title: m[1], company: m[2] };
}

function splitAt(line: string, sepRe: RegExp): { title?: string; company?: string } | undefined {
  const parts = line
    .split(sepRe)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const t = parts.findIndex((p) => hasTitleWord(p));
  if (t < 0) return undefined;
  const sep = line.search(sepRe);
  const first = line.slice(0, sep).trim();
  const rest = line.slice(sep).replace(sepRe, "").trim();
  // After a comma or a bar, a capitalised part that is no title is the company ("Store Manager, Ali Grocers");
  // after "of"/"at" it must look like one ("Head of IT" stays a title).
  // A spaced hyphen lists too ("Gerente - Casa Rural El Mirador": es/pt/it signatures, Gmail's plain text).
  const listed = /^[^,|·•–—]+(?:[,|·•–—]|\s-\s)/.test(line);
  const companyLike = (s: string) => isCompanyLine(s) || (listed && /^[\p{Lu}\d]/u.test(s));
  if (isTitleLine(first) && !isTitleLine(rest) && companyLike(rest) && !isDepartment(rest))
    return { title: first, company: rest };
  if (isTitleLine(rest) && !isTitleLine(first) && companyLike(first)) return { title: rest, company: first };
  return undefined;
}

/** "Marta Klein": two to four capitalised words, no digits, no title or company word. */
export function looksLikePersonName(line: string): boolean {
  return (
    /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(line) &&
    !hasTitleWord(line) &&
    !isCompanyLine(line)
  );
}

/** A sentence of the message, not a signature line. */
export function isSentence(line: string): boolean {
  // A number written in groups ("Tel.: 212 555 012 | Telemóvel: 912 555 123") is one word, not three.
  const words = line.replace(/\+?\d[\d().-]*(?:\s+\(?\d[\d().-]*){1,4}/g, "0").split(/\s+/).length;
  // tr "Yıldırım Seramik ve Çatı Malzemeleri San. ve Tic. Ltd. Şti.": a long registered name, capitalised, ending in
  // its legal form, is no sentence.
  if (words > 8)
    return !(words <= 12 && /^\p{Lu}\S*\s+\p{Lu}/u.test(line) && ENDS_WITH_DOTTED_FORM_RE.test(line));
  return /[!?]$/.test(line) || (/\.$/.test(line) && words > 4 && !ENDS_WITH_DOTTED_FORM_RE.test(line));
}

/** Legal forms that are also words or names in small letters, so counted only in capitals: fr/ch/es/be SA, eu SE. */
const CAPITAL_FORMS_RE = /\s(?:SA|SE)(?=$|[\s,])/;

export function isCompanyLine(line: string): boolean {
  return COMPANY_WORDS_RE.test(line) || CAPITAL_FORMS_RE.test(line);
}

export function isTitleLine(line: string): boolean {
  if (!hasTitleWord(line)) return false;
  if (!isCompanyLine(line)) return true;
  // Both kinds of word ("Marketing Manager", "Directora de Eventos"): a title starts or ends with its title word.
  const words = line.split(/\s+/);
  const legalEnd = /\b(?:inc|ltd|llc|gmbh|pllc|plc|corp|co|s\.?a|sarl|srl|bv|ag)\.?$/i.test(line);
  return !legalEnd && (hasTitleWord(words[0]) || hasTitleWord(words[words.length - 1]));
}

/**
 * ja/zh professional firms, named without 株式会社: a law, patent, accounting or design office ("…法律事務所",
 * "…律师事务所"; a place's 事務所 alone, "東京事務所", is a branch).
 */
const CJK_OFFICE_RE =
  /^\S*(?:法律|特許|会計|税理士|司法書士|行政書士|社会保険労務士|設計|建築|監査|律师|律師|会计师|會計師|税务师|稅務師)(?:事務所|事务所)$/u;

/** A legal form written as a word of its own (ko, ja). */
const FORM_ONLY_RE = /^(?:주식회사|유한회사|[(（]주[)）]|㈜|株式会社|有限会社|合同会社)$/u;

/**
 * Company from a line in a script without spaces between words ("あおぞら食品株式会社 法務部" -> the company part): ja
 * 株式会社/有限会社/合同会社, zh 有限公司/公司/集团, ko (주)/㈜/주식회사/유한회사.
 */
export function cjkCompany(line: string): string | undefined {
  const tokens = line.split(/\s+/);
  const at = tokens.findIndex(
    (t) =>
      /株式会社|有限会社|合同会社|[有限]公司|集[团團]|^[(（]주[)）]|㈜|주식회사|유한회사/.test(t) ||
      CJK_OFFICE_RE.test(t),
  );
  if (at < 0) return undefined;
  // ko "(주)하늘소리 엔터테인먼트": the form written onto the name's first word, the name going on in Hangul words.
  if (/^(?:[(（]주[)）]|㈜)\p{Script=Hangul}/u.test(tokens[at])) {
    let end = at + 1;
    while (
      end < tokens.length &&
      end < at + 3 &&
      /^\p{Script=Hangul}+$/u.test(tokens[end]) &&
      !/(?:팀|본부|부|실|센터)$/u.test(tokens[end])
    )
      end++;
    return tokens.slice(at, end).join(" ");
  }
  // ko writes the legal form as a word of its own, before or after the name ("주식회사 한결테크", "한결테크 주식회사"); ja
  // sometimes does too ("株式会社 山田工務店"): the form alone is no company.
  if (FORM_ONLY_RE.test(tokens[at])) {
    if (at + 1 < tokens.length) return `${tokens[at]} ${tokens[at + 1]}`;
    if (at > 0) return `${tokens[at - 1]} ${tokens[at]}`;
  }
  return tokens[at];
}
