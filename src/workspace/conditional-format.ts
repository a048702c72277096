// Conditional formatting setup owns on Leads: the Next follow-up cell of an open lead red when it is overdue or
// missing (the one rule of src/core/ledger/accounted.ts), amber when due today; a lead needing review in amber.
import { TAGS } from "../core/ledger/columns";
import { columnLetter } from "./sheet-setup";

const OVERDUE_BG = "#f4c7c3";
const DUE_TODAY_BG = "#fce8b2";
const REVIEW_BG = "#fce8b2";

/** Columns (1-based) the rules refer to. */
export interface RuleColumns {
  leadId: number;
  stage: number;
  nextFollowUp: number;
  lastActivity: number;
  tags: number;
}

/** The two follow-up formulas for row 2 (relative down the column), for `overdueDays` days of grace. */
export function followUpFormulas(c: RuleColumns, overdueDays: number): { overdue: string; dueToday: string } {
  const [id, stage, next, last] = [c.leadId, c.stage, c.nextFollowUp, c.lastActivity].map(
    (n) => `$${columnLetter(n)}2`,
  );
  const open = `OR(${stage}="",${stage}="New",${stage}="Contacted",${stage}="Appointment",${stage}="Proposal")`;
  const days = Math.max(0, Math.floor(Number.isFinite(overdueDays) ? overdueDays : 2));
  // Overdue: past by more than the grace days with no activity after it; no next step: an open lead without a date.
  const overdue =
    `=AND(${id}<>"",${open},OR(${next}="",AND(ISNUMBER(${next}),${next}<TODAY()-${days},` +
    `NOT(AND(ISNUMBER(${last}),${last}>${next})))))`;
  const dueToday = `=AND(${id}<>"",${open},ISNUMBER(${next}),${next}>=TODAY(),${next}<TODAY()+1)`;
  return { overdue, dueToday };
}

/**
 * Puts the rules in place: the follow-up rules are replaced when their formulas differ (an older version, another
 * grace period), the review rule added when missing; other rules (the user's) are kept. Returns rules added.
 */
export function ensureLeadRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: RuleColumns,
  overdueDays = 2,
): number {
  const rules = sheet.getConditionalFormatRules();
  const want = followUpFormulas(columns, overdueDays);
  const formulaOf = (r: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    (r.getBooleanCondition()?.getCriteriaValues() ?? []).map(String).join(" ");
  const ours = (r: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) => /TODAY\(\)/i.test(formulaOf(r));
  const current = rules.filter(ours).map(formulaOf);
  const upToDate = current.length === 2 && current.includes(want.overdue) && current.includes(want.dueToday);
  const hasReview = rules.some((r) => formulaOf(r).toLowerCase() === TAGS.review.toLowerCase());
  if (upToDate && hasReview) return 0;
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const kept = upToDate ? rules : rules.filter((r) => !ours(r));
  const add: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  if (!upToDate) {
    const range = [sheet.getRange(2, columns.nextFollowUp, rows, 1)];
    add.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(want.overdue)
        .setBackground(OVERDUE_BG)
        .setRanges(range)
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(want.dueToday)
        .setBackground(DUE_TODAY_BG)
        .setRanges(range)
        .build(),
    );
  }
  if (!hasReview)
    add.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextContains(TAGS.review)
        .setBackground(REVIEW_BG)
        .setRanges([sheet.getRange(2, columns.tags, rows, 1)])
        .build(),
    );
  sheet.setConditionalFormatRules([...kept, ...add]);
  return add.length;
}
