// Conditional formatting: SpreadsheetApp.newConditionalFormatRule()'s builder, built rules, their boolean conditions.
import { strict } from "../strict";
import type { Kernel } from "../kernel";
import { formatA1, parseA1 } from "./a1";
import type { ConditionState, RuleState, SheetState } from "./state";
import { sheetState, type Where } from "./cells";
import { makeRange } from "./range";

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** A rule as built: its condition and its ranges (with the sheet they belong to). */
interface Built {
  condition: ConditionState;
  ranges: { where: Where; a1: string }[];
}

const built = new WeakMap<object, Built>();

/** whenX(...) methods: the BooleanCriteria each sets (arguments become the criteria values). */
const WHEN: Record<string, string> = {
  whenCellEmpty: "CELL_EMPTY",
  whenCellNotEmpty: "CELL_NOT_EMPTY",
  whenDateAfter: "DATE_AFTER",
  whenDateBefore: "DATE_BEFORE",
  whenDateEqualTo: "DATE_EQUAL_TO",
  whenFormulaSatisfied: "CUSTOM_FORMULA",
  whenNumberBetween: "NUMBER_BETWEEN",
  whenNumberEqualTo: "NUMBER_EQUAL_TO",
  whenNumberGreaterThan: "NUMBER_GREATER_THAN",
  whenNumberGreaterThanOrEqualTo: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  whenNumberLessThan: "NUMBER_LESS_THAN",
  whenNumberLessThanOrEqualTo: "NUMBER_LESS_THAN_OR_EQUAL_TO",
  whenNumberNotBetween: "NUMBER_NOT_BETWEEN",
  whenNumberNotEqualTo: "NUMBER_NOT_EQUAL_TO",
  whenTextContains: "TEXT_CONTAINS",
  whenTextDoesNotContain: "TEXT_DOES_NOT_CONTAIN",
  whenTextEndsWith: "TEXT_ENDS_WITH",
  whenTextEqualTo: "TEXT_EQUAL_TO",
  whenTextStartsWith: "TEXT_STARTS_WITH",
};

function rangeWhere(r: GRange): { where: Where; a1: string } {
  return rangeRef(r, "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges");
}

/** A fake Range's sheet and A1 notation (how rules and charts keep the ranges they were given). */
export function rangeRef(r: GRange, method: string): { where: Where; a1: string } {
  const fake = r as unknown as { where?: Where; row: number; col: number; numRows: number; numCols: number };
  if (!fake.where) throw new Error(`The parameters (Object) don't match the method signature for ${method}.`);
  return { where: fake.where, a1: formatA1(fake.row, fake.col, fake.numRows, fake.numCols) };
}

export function toRange(r: { where: Where; a1: string }): GRange {
  const ref = parseA1(r.a1)!;
  return makeRange(
    r.where,
    sheetState(r.where),
    ref.row,
    ref.col,
    (ref.endRow ?? ref.row) - ref.row + 1,
    (ref.endCol ?? ref.col) - ref.col + 1,
  );
}

export function makeRuleBuilder(kernel: Kernel, from?: Built): GBuilder {
  const state: Built = from
    ? { condition: { ...from.condition, values: [...from.condition.values] }, ranges: [...from.ranges] }
    : { condition: { criteria: "", values: [], background: null, fontColor: null, bold: null }, ranges: [] };
  const call = (m: string): void => kernel.call(`SpreadsheetApp.ConditionalFormatRuleBuilder.${m}`);
  const b: Record<string, unknown> = {
    build(): GRule {
      call("build");
      if (!state.condition.criteria)
        throw new Error("You must specify a condition before building a conditional format rule.");
      return makeBuiltRule(kernel, { condition: { ...state.condition }, ranges: [...state.ranges] });
    },
    copy: (): GBuilder => (call("copy"), makeRuleBuilder(kernel, state)),
    setBackground: (color: string | null) => (
      call("setBackground"),
      (state.condition.background = color),
      self
    ),
    setFontColor: (color: string | null) => (call("setFontColor"), (state.condition.fontColor = color), self),
    setBold: (bold: boolean | null) => (call("setBold"), (state.condition.bold = bold), self),
    setRanges: (ranges: GRange[]) => (call("setRanges"), (state.ranges = ranges.map(rangeWhere)), self),
    getRanges: () => (call("getRanges"), state.ranges.map(toRange)),
    getBooleanCondition: () => (
      call("getBooleanCondition"),
      state.condition.criteria ? makeCondition(kernel, state.condition) : null
    ),
    getGradientCondition: () => (call("getGradientCondition"), null),
  };
  for (const [name, criteria] of Object.entries(WHEN)) {
    b[name] = (...args: unknown[]) => {
      call(name);
      state.condition.criteria = criteria;
      state.condition.values = args.map((a) => (a instanceof Date ? new Date(a.getTime()) : a));
      return self;
    };
  }
  const self = strict(
    b,
    "spreadsheet",
    "ConditionalFormatRuleBuilder",
    "SpreadsheetApp.ConditionalFormatRuleBuilder",
  ) as unknown as GBuilder;
  return self;
}

function makeBuiltRule(kernel: Kernel, state: Built): GRule {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.ConditionalFormatRule.${m}`);
  const rule = strict(
    {
      copy: (): GBuilder => (call("copy"), makeRuleBuilder(kernel, state)),
      getBooleanCondition: () => (call("getBooleanCondition"), makeCondition(kernel, state.condition)),
      getGradientCondition: () => (call("getGradientCondition"), null),
      getRanges: () => (call("getRanges"), state.ranges.map(toRange)),
    },
    "spreadsheet",
    "ConditionalFormatRule",
    "SpreadsheetApp.ConditionalFormatRule",
  );
  built.set(rule, state);
  return rule as unknown as GRule;
}

function makeCondition(kernel: Kernel, c: ConditionState): GoogleAppsScript.Spreadsheet.BooleanCondition {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.BooleanCondition.${m}`);
  return strict(
    {
      getCriteriaType: () => (call("getCriteriaType"), c.criteria),
      getCriteriaValues: () => (call("getCriteriaValues"), [...c.values]),
      getBackground: () => (call("getBackground"), c.background),
      getFontColor: () => (call("getFontColor"), c.fontColor),
      getBold: () => (call("getBold"), c.bold),
      getItalic: () => (call("getItalic"), null),
      getStrikethrough: () => (call("getStrikethrough"), null),
      getUnderline: () => (call("getUnderline"), null),
    },
    "spreadsheet",
    "BooleanCondition",
    "SpreadsheetApp.BooleanCondition",
  ) as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
}

/** The persisted form of a rule set on `sheet` (ranges kept in A1 notation). */
export function ruleOf(rule: GRule, sheet: SheetState): RuleState {
  const state = built.get(rule as object);
  if (!state)
    throw new Error(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
    );
  for (const r of state.ranges)
    if (r.where.sheetId !== sheet.id)
      throw new Error("Conditional format rule cannot reference a different sheet.");
  return {
    ranges: state.ranges.map((r) => r.a1),
    condition: { ...state.condition, values: [...state.condition.values] },
  };
}

export function makeRule(where: Where, rule: RuleState): GRule {
  return makeBuiltRule(where.kernel, {
    condition: rule.condition,
    ranges: rule.ranges.map((a1) => ({ where, a1 })),
  });
}
