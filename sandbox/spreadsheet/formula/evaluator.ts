// Formula evaluator: walks a parsed formula against the workbook's cells, with Sheets' coercions and errors.
import type { CellValue, SheetState, SpreadsheetState } from "../state";
import { outputValue, toSerial, fromSerial } from "../values";
import { parseFormula, FormulaSyntaxError, type Node } from "./parser";
import type { GridRef } from "../a1";
import { FUNCTIONS } from "./functions";

/** A formula error value (#NAME?, #VALUE!, #REF!, #DIV/0!, #N/A). */
export class FormulaError {
  constructor(readonly code: string) {}
}

/** A scalar inside a formula; null is an empty cell. */
export type Scalar = number | string | boolean | Date | FormulaError | null;
export type Matrix = Scalar[][];
export type Result = Scalar | Matrix;

export interface EvalContext {
  book: SpreadsheetState;
  sheet: SheetState;
  now: Date;
  /** Cells being computed, "sheetId:r:c": a reference back to one of them is a circular reference. */
  visiting: Set<string>;
}

/** A lazily evaluated argument: functions like IF and IFERROR evaluate only what they need. */
export type Arg = () => Result;

export type Fn = (args: Arg[], ctx: EvalContext) => Result;

const parsed = new Map<string, Node | FormulaError>();

/** Computes a formula cell's value (an error code string when it fails, as getValues shows it). */
export function evaluateFormula(formula: string, ctx: EvalContext): CellValue {
  let tree = parsed.get(formula);
  if (!tree) {
    try {
      tree = parseFormula(formula);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      tree = new FormulaError("#ERROR!");
    }
    parsed.set(formula, tree);
  }
  const result = tree instanceof FormulaError ? tree : evaluate(tree, ctx);
  const v = Array.isArray(result) ? (result[0]?.[0] ?? null) : result;
  if (v instanceof FormulaError) return v.code;
  return v === null ? "" : v;
}

export function evaluate(node: Node, ctx: EvalContext): Result {
  switch (node.k) {
    case "num":
    case "str":
    case "bool":
      return node.v;
    case "err":
      return new FormulaError(node.v);
    case "ref":
      return readRef(node.ref, ctx);
    case "neg":
      return elementwise(evaluate(node.a, ctx), 0, (x) => binary("-", 0, x, ctx));
    case "pct":
      return elementwise(evaluate(node.a, ctx), 100, (x, y) => binary("/", x, y, ctx));
    case "bin":
      return elementwise(evaluate(node.a, ctx), evaluate(node.b, ctx), (x, y) => binary(node.op, x, y, ctx));
    case "fn": {
      const fn = FUNCTIONS[node.name];
      if (!fn) return new FormulaError("#NAME?");
      return fn(
        node.args.map((a) => () => evaluate(a, ctx)),
        ctx,
      );
    }
  }
}

function readRef(ref: GridRef, ctx: EvalContext): Result {
  const sheet =
    ref.sheet === undefined
      ? ctx.sheet
      : ctx.book.sheets.find((s) => s.name.toLowerCase() === ref.sheet!.toLowerCase());
  if (!sheet) return new FormulaError("#REF!");
  const endRow = Math.min(ref.endRow ?? sheet.maxRows, sheet.maxRows, Math.max(sheet.rows.length, ref.row));
  const endCol = Math.min(ref.endCol ?? sheet.maxCols, sheet.maxCols);
  if (ref.row > sheet.maxRows || ref.col > sheet.maxCols) return new FormulaError("#REF!");
  const out: Matrix = [];
  for (let r = ref.row - 1; r < endRow; r++) {
    const row: Scalar[] = [];
    for (let c = ref.col - 1; c < endCol; c++) row.push(cellScalar(sheet, r, c, ctx));
    out.push(row);
  }
  return ref.endRow === ref.row && ref.endCol === ref.col ? out[0][0] : out;
}

function cellScalar(sheet: SheetState, r: number, c: number, ctx: EvalContext): Scalar {
  const cell = sheet.rows[r]?.[c];
  if (!cell) return null;
  if (cell.f !== undefined) {
    const key = `${sheet.id}:${r}:${c}`;
    if (ctx.visiting.has(key)) return new FormulaError("#REF!");
    ctx.visiting.add(key);
    try {
      const v = evaluateFormula(cell.f, { ...ctx, sheet });
      return typeof v === "string" && /^#[A-Z/0!?]+$/.test(v) ? new FormulaError(v) : v;
    } finally {
      ctx.visiting.delete(key);
    }
  }
  if (cell.v === undefined || cell.v === "") return null;
  return outputValue(cell.v, cell.nf, ctx.book.timeZone);
}

/**
 * Applies a scalar operation to two operands; when either is a range the result is a range of the same
 * shape (a scalar or a single row/column is repeated), as in array formulas (FILTER, SUMPRODUCT).
 */
function elementwise(a: Result, b: Result, op: (x: Scalar, y: Scalar) => Scalar): Result {
  if (!Array.isArray(a) && !Array.isArray(b)) return op(a, b);
  const rows = Math.max(Array.isArray(a) ? a.length : 1, Array.isArray(b) ? b.length : 1);
  const cols = Math.max(
    Array.isArray(a) ? (a[0]?.length ?? 0) : 1,
    Array.isArray(b) ? (b[0]?.length ?? 0) : 1,
  );
  const at = (m: Result, r: number, c: number): Scalar =>
    Array.isArray(m) ? (m[m.length === 1 ? 0 : r]?.[m[0]?.length === 1 ? 0 : c] ?? null) : m;
  return Array.from({ length: rows }, (_r, r) =>
    Array.from({ length: cols }, (_c, c) => op(at(a, r, c), at(b, r, c))),
  );
}

/** The top-left value of a range used where one value is expected. */
export function scalar(r: Result): Scalar {
  return Array.isArray(r) ? (r[0]?.[0] ?? null) : r;
}

export function toNumber(v: Scalar, tz = "UTC"): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Date) return toSerial(v, tz);
  const n = Number(v.replace(/,/g, "").trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : new FormulaError("#VALUE!");
}

export function toText(v: Scalar, tz = "UTC"): string | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return String(toSerial(v, tz));
  return String(v);
}

export function toBool(v: Scalar): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "string") {
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v) || v === "") return false;
    return new FormulaError("#VALUE!");
  }
  return !!(v instanceof Date ? 1 : v);
}

/** Sheets' ordering across types: numbers (and dates) < text < booleans; text compares case-insensitively. */
export function compare(a: Scalar, b: Scalar, tz = "UTC"): number {
  const rank = (v: Scalar): number => (typeof v === "boolean" ? 2 : typeof v === "string" ? 1 : 0);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (a instanceof Date) a = toSerial(a, tz);
  if (b instanceof Date) b = toSerial(b, tz);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") return a.toLowerCase().localeCompare(String(b).toLowerCase());
  return Number(a) - Number(b);
}

function binary(op: string, a: Scalar, b: Scalar, ctx: EvalContext): Scalar {
  const tz = ctx.book.timeZone;
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (op === "&") return `${toText(a, tz)}${toText(b, tz)}`;
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const c = compare(a, b, tz);
    return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
  }
  const x = toNumber(a, tz);
  const y = toNumber(b, tz);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  const dated =
    (a instanceof Date || b instanceof Date) &&
    (op === "+" || op === "-") &&
    !(a instanceof Date && b instanceof Date);
  const n =
    op === "+"
      ? x + y
      : op === "-"
        ? x - y
        : op === "*"
          ? x * y
          : op === "/"
            ? y === 0
              ? NaN
              : x / y
            : Math.pow(x, y);
  if (op === "/" && y === 0) return new FormulaError("#DIV/0!");
  return dated ? fromSerial(n, tz) : n;
}
