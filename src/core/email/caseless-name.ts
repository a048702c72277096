// A name written in an alphabet without capitals (he, ar, fa) on the first line under a sign-off: "נועה בן-דוד".
import { hasTitleWord } from "../contact/roles";
import { isCompanyLine } from "./line-kinds";

/** Two to four words of Hebrew or Arabic letters (with the hyphen, apostrophe or geresh names use), nothing else. */
const CASELESS_NAME_RE =
  /^[\p{Script=Hebrew}\p{Script=Arabic}'’״׳-]{2,}(?:\s+[\p{Script=Hebrew}\p{Script=Arabic}'’״׳-]{2,}){1,3}$/u;

/**
 * "נועה בן-דוד | מנהלת משרד | סטודיו גפן" under "תודה," (he), "سارة الخطيب" under "مع التحية" (ar): the part read
 * first is the writer's name when it is no title and no company (these scripts have no capital to tell a name by).
 */
export function looksLikeCaselessName(part: string): boolean {
  return CASELESS_NAME_RE.test(part.trim()) && !hasTitleWord(part) && !isCompanyLine(part);
}
