// Conditional formats applied, for tests: which rule (if any) colours a cell, as Sheets decides it — the first
// rule whose range holds the cell and whose condition is true there (custom formulas are relative to the range's
// top-left cell).
import { columnLetters, columnNumber, parseA1 } from "./a1";
import type { CellValue, RuleState, SheetState, SpreadsheetState } from "./state";
import { readValue, type Where } from "./cells";
import { evaluateFormula, compare } from "./formula/evaluator";
import { tokenizeAll } from "./formula/parser";

/** Moves a formula's relative references (those without $) by (dr, dc). */
export function shiftRelative(formula: string, dr: number, dc: number): string {
  const tokens = tokenizeAll(formula.replace(/^=/, ""));
  return (
    "=" +
    tokens
      .map((t) =>
        t.type !== "ref"
          ? t.text
          : t.text.replace(
              /(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?(?=$|:)/g,
              (all, ca: string, col?: string, ra?: string, row?: string) => {
                if (!col && !row) return all;
                const c = col ? (ca ? ca + col : columnLetters(columnNumber(col) + dc)) : "";
                const r = row ? (ra ? ra + row : String(Number(row) + dr)) : "";
                return c + r;
              },
            ),
      )
      .join("")
  );
}

function holds(rule: RuleState, row: number, col: number): { top: number; left: number } | null {
  for (const a1 of rule.ranges) {
    const ref = parseA1(a1);
    if (!ref) continue;
    if (
      row >= ref.row &&
      row <= (ref.endRow ?? Infinity) &&
      col >= ref.col &&
      col <= (ref.endCol ?? Infinity)
    )
      return { top: ref.row, left: ref.col };
  }
  return null;
}

function conditionHolds(
  where: Where,
  book: SpreadsheetState,
  sheet: SheetState,
  rule: RuleState,
  row: number,
  col: number,
  origin: { top: number; left: number },
): boolean {
  const { criteria, values } = rule.condition;
  const v: CellValue = readValue(where, sheet, row - 1, col - 1);
  const text = String(v).toLowerCase();
  const arg = String(values[0] ?? "").toLowerCase();
  const num = typeof v === "number" ? v : NaN;
  switch (criteria) {
    case "CUSTOM_FORMULA": {
      const f = shiftRelative(String(values[0]), row - origin.top, col - origin.left);
      const out = evaluateFormula(f, { book, sheet, now: where.kernel.now(), visiting: new Set() });
      return out === true || (typeof out === "number" && out !== 0);
    }
    case "CELL_EMPTY":
      return v === "";
    case "CELL_NOT_EMPTY":
      return v !== "";
    case "TEXT_CONTAINS":
      return text.includes(arg);
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.includes(arg);
    case "TEXT_EQUAL_TO":
      return text === arg;
    case "TEXT_STARTS_WITH":
      return text.startsWith(arg);
    case "TEXT_ENDS_WITH":
      return text.endsWith(arg);
    case "NUMBER_GREATER_THAN":
      return num > Number(values[0]);
    case "NUMBER_LESS_THAN":
      return num < Number(values[0]);
    case "NUMBER_EQUAL_TO":
      return num === Number(values[0]);
    case "NUMBER_BETWEEN":
      return num >= Number(values[0]) && num <= Number(values[1]);
    case "DATE_BEFORE":
      return v instanceof Date && compare(v, values[0] as Date) < 0;
    case "DATE_AFTER":
      return v instanceof Date && compare(v, values[0] as Date) > 0;
    default:
      return false;
  }
}

/** The first conditional format rule that applies to the cell (1-based row, col), or null. */
export function ruleFor(
  where: Where,
  book: SpreadsheetState,
  sheet: SheetState,
  row: number,
  col: number,
): RuleState | null {
  for (const rule of sheet.rules) {
    const origin = holds(rule, row, col);
    if (origin && conditionHolds(where, book, sheet, rule, row, col, origin)) return rule;
  }
  return null;
}
