// A title followed by a department named as one ("Office Administrator, Facilities Dept.", "Satış Müdürü | … Departmanı").
import { isTitleLine } from "./line-kinds";

/**
 * A word that says "department", where the language puts it: first — en "Department of", fr "Service des" /
 * "Département de", es/pt "Departamento de", it "Ufficio"/"Reparto", de "Abteilung", nl "Afdeling", nb "Avdeling", sv
 * "Avdelning", pl "Dział", cs "Oddělení"; last — en "Department"/"Dept."/"Division", tr "Departmanı"/"Bölümü", hu
 * "osztály", sv/nb/da "-avdelningen"/"-avdelingen"/"-afdelingen" as a word. "Service Manager", "Division Head" are titles.
 */
const DEPT_FIRST =
  "department of|division of|service (?:des|de la|du)|département d(?:e|es|u)|departamento d(?:e|el|a|o|os|as)|ufficio|reparto|abteilung|afdeling|avdeling|avdelning|dział|oddělení";
const DEPT_LAST =
  "department|dept\\.?|division|abteilung|departmanı|bölümü|osztály|afdelingen|avdelingen|avdelningen";
const LABELLED_RE = new RegExp(
  `^(?:(?:${DEPT_FIRST})(?![\\p{L}])|(?:service|département) d['’])|(?<![\\p{L}])(?:${DEPT_LAST})$`,
  "iu",
);

/** "Satış ve Pazarlama Departmanı", "Facilities Dept.": a part labelled a department (a "|" cell of its own too). */
export function isLabelledDepartment(part: string): boolean {
  return part.length < 80 && LABELLED_RE.test(part.trim());
}

/**
 * The title of a "Title, Department" line whose second part is labelled a department (any client's signature):
 * "Office Administrator, Facilities Dept." -> "Office Administrator"; undefined when the line is not one. An unlabelled
 * department ("VP, Development") stays part of the title (departments.ts).
 */
export function titleBeforeDepartment(line: string): string | undefined {
  const m = /^(.+?)\s*(?:,|\||·|•|–|—|\s-\s)\s*(.+)$/u.exec(line);
  if (!m) return undefined;
  const [head, rest] = [m[1].trim(), m[2].trim()];
  if (rest.split(/\s+/).length > 6 || !LABELLED_RE.test(rest)) return undefined;
  return isTitleLine(head) && !LABELLED_RE.test(head) ? head : undefined;
}
