// Data validation: SpreadsheetApp.newDataValidation()'s builder, the built rule, and the check a user's typing meets.
import type { Kernel } from "../kernel";
import { strict } from "../strict";
import { sheetsState, type CellValue, type ValidationState } from "./state";
import { formatA1, parseA1, quoteSheetName } from "./a1";
import { ERRORS, sheetState, type Where } from "./cells";
import { makeRange } from "./range";

type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** A Range given as a criteria value is kept as its A1 notation with the sheet's name, and its workbook. */
interface RangeValue {
  $range: string;
  bookId: string;
}

function isRangeValue(v: unknown): v is RangeValue {
  return !!v && typeof v === "object" && typeof (v as RangeValue).$range === "string";
}

/** Back to a Range object, as getCriteriaValues() gives it. */
function toRangeObject(kernel: Kernel, v: RangeValue): GoogleAppsScript.Spreadsheet.Range {
  const ref = parseA1(v.$range)!;
  const sheet = sheetsState(kernel).books[v.bookId]?.sheets.find((x) => x.name === ref.sheet);
  if (!sheet) throw new Error(ERRORS.sheetGone);
  const where = { kernel, bookId: v.bookId, sheetId: sheet.id };
  return makeRange(
    where,
    sheet,
    ref.row,
    ref.col,
    (ref.endRow ?? sheet.maxRows) - ref.row + 1,
    (ref.endCol ?? sheet.maxCols) - ref.col + 1,
  );
}

const states = new WeakMap<object, ValidationState>();

export function validationOf(rule: GValidation): ValidationState {
  const state = states.get(rule as object);
  if (!state)
    throw new Error(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  return state;
}

function plain(v: unknown): unknown {
  if (
    v &&
    typeof v === "object" &&
    (v as { where?: unknown }).where &&
    typeof (v as { getA1Notation?: unknown }).getA1Notation === "function"
  ) {
    const r = v as unknown as { where: Where; row: number; col: number; numRows: number; numCols: number };
    const sheet = sheetState(r.where);
    return {
      $range: `${quoteSheetName(sheet.name)}!${formatA1(r.row, r.col, r.numRows, r.numCols)}`,
      bookId: r.where.bookId,
    } satisfies RangeValue;
  }
  return v instanceof Date ? new Date(v.getTime()) : v;
}

/** requireX(...) methods: the criteria each sets and how its arguments become criteria values. */
const REQUIRE: Record<string, { criteria: string; values?: (args: unknown[]) => unknown[] }> = {
  requireValueInList: {
    criteria: "VALUE_IN_LIST",
    values: ([list, dropdown]) => [[...(list as unknown[])], dropdown ?? true],
  },
  requireValueInRange: {
    criteria: "VALUE_IN_RANGE",
    values: ([range, dropdown]) => [plain(range), dropdown ?? true],
  },
  requireCheckbox: { criteria: "CHECKBOX" },
  requireDate: { criteria: "DATE_IS_VALID_DATE" },
  requireDateAfter: { criteria: "DATE_AFTER" },
  requireDateBefore: { criteria: "DATE_BEFORE" },
  requireDateBetween: { criteria: "DATE_BETWEEN" },
  requireDateEqualTo: { criteria: "DATE_EQUAL_TO" },
  requireDateNotBetween: { criteria: "DATE_NOT_BETWEEN" },
  requireDateOnOrAfter: { criteria: "DATE_ON_OR_AFTER" },
  requireDateOnOrBefore: { criteria: "DATE_ON_OR_BEFORE" },
  requireNumberBetween: { criteria: "NUMBER_BETWEEN" },
  requireNumberEqualTo: { criteria: "NUMBER_EQUAL_TO" },
  requireNumberGreaterThan: { criteria: "NUMBER_GREATER_THAN" },
  requireNumberGreaterThanOrEqualTo: { criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO" },
  requireNumberLessThan: { criteria: "NUMBER_LESS_THAN" },
  requireNumberLessThanOrEqualTo: { criteria: "NUMBER_LESS_THAN_OR_EQUAL_TO" },
  requireNumberNotBetween: { criteria: "NUMBER_NOT_BETWEEN" },
  requireNumberNotEqualTo: { criteria: "NUMBER_NOT_EQUAL_TO" },
  requireTextContains: { criteria: "TEXT_CONTAINS" },
  requireTextDoesNotContain: { criteria: "TEXT_DOES_NOT_CONTAIN" },
  requireTextEqualTo: { criteria: "TEXT_EQUAL_TO" },
  requireTextIsEmail: { criteria: "TEXT_IS_VALID_EMAIL" },
  requireTextIsUrl: { criteria: "TEXT_IS_VALID_URL" },
  requireFormulaSatisfied: { criteria: "CUSTOM_FORMULA" },
};

export function makeValidationBuilder(kernel: Kernel, from?: ValidationState): GBuilder {
  const state: ValidationState = from
    ? { ...from, values: [...from.values] }
    : { criteria: "", values: [], allowInvalid: true, helpText: null };
  const call = (m: string): void => kernel.call(`SpreadsheetApp.DataValidationBuilder.${m}`);
  const builder: Record<string, unknown> = {
    build(): GValidation {
      call("build");
      if (!state.criteria)
        throw new Error("You must specify a criteria before building a data validation rule.");
      return makeValidation(kernel, { ...state, values: [...state.values] });
    },
    copy(): GBuilder {
      call("copy");
      return makeValidationBuilder(kernel, state);
    },
    setAllowInvalid(allow: boolean): GBuilder {
      call("setAllowInvalid");
      state.allowInvalid = allow;
      return self;
    },
    setHelpText(text: string): GBuilder {
      call("setHelpText");
      state.helpText = text;
      return self;
    },
    getAllowInvalid: () => (call("getAllowInvalid"), state.allowInvalid),
    getCriteriaType: () => (call("getCriteriaType"), state.criteria),
    getCriteriaValues: () => (call("getCriteriaValues"), [...state.values]),
    getHelpText: () => (call("getHelpText"), state.helpText),
  };
  for (const [name, spec] of Object.entries(REQUIRE)) {
    builder[name] = (...args: unknown[]): GBuilder => {
      call(name);
      state.criteria = spec.criteria;
      state.values = spec.values ? spec.values(args) : args.map(plain);
      return self;
    };
  }
  const self = strict(
    builder,
    "spreadsheet",
    "DataValidationBuilder",
    "SpreadsheetApp.DataValidationBuilder",
  ) as unknown as GBuilder;
  return self;
}

export function makeValidation(kernel: Kernel, state: ValidationState): GValidation {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.DataValidation.${m}`);
  const rule = {
    copy: (): GBuilder => (call("copy"), makeValidationBuilder(kernel, state)),
    getAllowInvalid: () => (call("getAllowInvalid"), state.allowInvalid),
    getCriteriaType: () => (call("getCriteriaType"), state.criteria),
    getCriteriaValues: () => (
      call("getCriteriaValues"),
      state.values.map((v) => (Array.isArray(v) ? [...v] : isRangeValue(v) ? toRangeObject(kernel, v) : v))
    ),
    getHelpText: () => (call("getHelpText"), state.helpText ?? ""),
  };
  const proxy = strict(rule, "spreadsheet", "DataValidation", "SpreadsheetApp.DataValidation");
  states.set(proxy, state);
  return proxy as unknown as GValidation;
}

/** Whether a value a user types meets the rule (blank always does). Used for rules that reject invalid input. */
export function meetsValidation(state: ValidationState, v: CellValue): boolean {
  if (v === "") return true;
  const [a, b] = state.values as [unknown, unknown];
  const num = typeof v === "number" ? v : NaN;
  const time = v instanceof Date ? v.getTime() : NaN;
  const t = (x: unknown): number => (x instanceof Date ? x.getTime() : NaN);
  switch (state.criteria) {
    case "VALUE_IN_LIST":
      return (a as unknown[]).map(String).includes(String(v));
    case "CHECKBOX":
      return state.values.length ? state.values.map(String).includes(String(v)) : typeof v === "boolean";
    case "DATE_IS_VALID_DATE":
      return v instanceof Date;
    case "DATE_AFTER":
      return time > t(a);
    case "DATE_BEFORE":
      return time < t(a);
    case "DATE_ON_OR_AFTER":
      return time >= t(a);
    case "DATE_ON_OR_BEFORE":
      return time <= t(a);
    case "DATE_BETWEEN":
      return time >= t(a) && time <= t(b);
    case "NUMBER_BETWEEN":
      return num >= Number(a) && num <= Number(b);
    case "NUMBER_GREATER_THAN":
      return num > Number(a);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return num >= Number(a);
    case "NUMBER_LESS_THAN":
      return num < Number(a);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return num <= Number(a);
    case "NUMBER_EQUAL_TO":
      return num === Number(a);
    case "TEXT_CONTAINS":
      return String(v).includes(String(a));
    case "TEXT_DOES_NOT_CONTAIN":
      return !String(v).includes(String(a));
    case "TEXT_EQUAL_TO":
      return String(v) === String(a);
    case "TEXT_IS_VALID_EMAIL":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(v));
    case "TEXT_IS_VALID_URL":
      return /^(https?:\/\/)?[^\s.]+\.[^\s]+$/.test(String(v));
    default:
      return true;
  }
}
