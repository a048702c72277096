// Conditional formatting setup owns on Leads: an overdue follow-up in red, a lead needing review in amber.
import { TAGS } from "../core/ledger/columns";
import { columnLetter } from "./sheet-setup";

const OVERDUE_BG = "#f4c7c3";
const REVIEW_BG = "#fce8b2";

/** Adds whichever of the two rules the sheet does not have yet (recognized by their condition). */
export function ensureLeadRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  followUpCol: number,
  tagsCol: number,
): number {
  const rules = sheet.getConditionalFormatRules();
  const conditions = rules
    .map((r) => r.getBooleanCondition())
    .filter((c): c is GoogleAppsScript.Spreadsheet.BooleanCondition => !!c);
  const hasOverdue = conditions.some((c) =>
    c.getCriteriaValues().some((v) => /<\s*TODAY\(\)/i.test(String(v))),
  );
  const hasReview = conditions.some((c) =>
    c.getCriteriaValues().some((v) => String(v).toLowerCase() === TAGS.review.toLowerCase()),
  );
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const add: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  if (!hasOverdue) {
    const col = columnLetter(followUpCol);
    add.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND(ISNUMBER($${col}2),$${col}2<TODAY())`)
        .setBackground(OVERDUE_BG)
        .setRanges([sheet.getRange(2, followUpCol, rows, 1)])
        .build(),
    );
  }
  if (!hasReview) {
    add.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextContains(TAGS.review)
        .setBackground(REVIEW_BG)
        .setRanges([sheet.getRange(2, tagsCol, rows, 1)])
        .build(),
    );
  }
  if (add.length) sheet.setConditionalFormatRules([...rules, ...add]);
  return add.length;
}
