// More spreadsheet functions: lookups (INDEX, MATCH, VLOOKUP), array maths (SUMPRODUCT), dates (EDATE, EOMONTH,
// WEEKNUM), TEXT and a few tests; merged into the main function table.
import {
  FormulaError,
  compare,
  scalar,
  toBool,
  toNumber,
  toText,
  type Arg,
  type EvalContext,
  type Fn,
  type Matrix,
  type Result,
  type Scalar,
} from "./evaluator";
import { fromSerial, fromWallClock, wallClock } from "../dates";
import { displayValue } from "../values";

const matrix = (r: Result): Matrix => (Array.isArray(r) ? r : [[r]]);

function dateArg(a: Arg, ctx: EvalContext): Date | FormulaError {
  const v = scalar(a());
  if (v instanceof Date) return v;
  const n = toNumber(v, ctx.book.timeZone);
  return n instanceof FormulaError ? n : fromSerial(n, ctx.book.timeZone);
}

function numArg(a: Arg | undefined, ctx: EvalContext, fallback: number): number | FormulaError {
  return a ? toNumber(scalar(a()), ctx.book.timeZone) : fallback;
}

/** A date `months` later; `end` gives that month's last day (EOMONTH) instead of the same day (EDATE). */
function shiftMonths(end: boolean): Fn {
  return ([date, months], ctx) => {
    const d = dateArg(date, ctx);
    const n = numArg(months, ctx, 0);
    if (d instanceof FormulaError) return d;
    if (n instanceof FormulaError) return n;
    const tz = ctx.book.timeZone;
    const w = wallClock(d, tz);
    const target = new Date(Date.UTC(w.y, w.m - 1 + Math.trunc(n) + (end ? 1 : 0), 1));
    const last = new Date(target.getTime() - 86400000);
    const lastDay = new Date(Date.UTC(w.y, w.m + Math.trunc(n), 0)).getUTCDate();
    return end
      ? fromWallClock(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate(), 0, 0, 0, tz)
      : fromWallClock(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(w.d, lastDay), 0, 0, 0, tz);
  };
}

/** Position (1-based) of `value` in a one-row or one-column range: exact (0), or the last not greater (1). */
function position(value: Scalar, cells: Scalar[], type: number, tz: string): number | FormulaError {
  if (type === 0) {
    const i = cells.findIndex((c) => c !== null && compare(c, value, tz) === 0);
    return i < 0 ? new FormulaError("#N/A") : i + 1;
  }
  let found = -1;
  cells.forEach((c, i) => {
    if (c !== null && (type > 0 ? compare(c, value, tz) <= 0 : compare(c, value, tz) >= 0)) found = i;
  });
  return found < 0 ? new FormulaError("#N/A") : found + 1;
}

export const MORE_FUNCTIONS: Record<string, Fn> = {
  TEXT: ([value, format], ctx) => {
    const v = scalar(value());
    const f = toText(scalar(format()), ctx.book.timeZone);
    if (v instanceof FormulaError) return v;
    if (f instanceof FormulaError) return f;
    return displayValue(v ?? "", f, ctx.book.timeZone);
  },
  EDATE: shiftMonths(false),
  EOMONTH: shiftMonths(true),
  WEEKNUM: ([date, type], ctx) => {
    const d = dateArg(date, ctx);
    const t = numArg(type, ctx, 1);
    if (d instanceof FormulaError) return d;
    if (t instanceof FormulaError) return t;
    const w = wallClock(d, ctx.book.timeZone);
    const jan1 = new Date(Date.UTC(w.y, 0, 1)).getUTCDay();
    const offset = t === 2 ? (jan1 + 6) % 7 : jan1;
    const dayOfYear = (Date.UTC(w.y, w.m - 1, w.d) - Date.UTC(w.y, 0, 1)) / 86400000;
    return Math.floor((dayOfYear + offset) / 7) + 1;
  },
  INDEX: ([range, row, col], ctx) => {
    const m = matrix(range());
    const r = numArg(row, ctx, 1);
    const c = numArg(col, ctx, 1);
    if (r instanceof FormulaError) return r;
    if (c instanceof FormulaError) return c;
    const rr = m.length === 1 && !col ? 1 : r;
    const cc = m.length === 1 && !col ? r : c;
    return m[rr - 1]?.[cc - 1] ?? new FormulaError("#REF!");
  },
  MATCH: ([value, range, type], ctx) => {
    const t = numArg(type, ctx, 1);
    return t instanceof FormulaError
      ? t
      : position(scalar(value()), matrix(range()).flat(), t, ctx.book.timeZone);
  },
  VLOOKUP: ([value, range, index, sorted], ctx) => {
    const m = matrix(range());
    const i = numArg(index, ctx, 1);
    const approx = sorted ? toBool(scalar(sorted())) : true;
    if (i instanceof FormulaError) return i;
    if (approx instanceof FormulaError) return approx;
    const at = position(
      scalar(value()),
      m.map((row) => row[0] ?? null),
      approx ? 1 : 0,
      ctx.book.timeZone,
    );
    return at instanceof FormulaError ? at : (m[at - 1][i - 1] ?? new FormulaError("#REF!"));
  },
  SUMPRODUCT: (args) => {
    const arrays = args.map((a) => matrix(a()).flat());
    let sum = 0;
    for (let k = 0; k < Math.max(...arrays.map((x) => x.length)); k++) {
      let p = 1;
      for (const x of arrays) {
        const v = x[k] ?? null;
        if (v instanceof FormulaError) return v;
        p *= typeof v === "number" ? v : typeof v === "boolean" && arrays.length > 1 ? Number(v) : 0;
      }
      sum += p;
    }
    return sum;
  },
  IFS: (args) => {
    for (let i = 0; i + 1 < args.length; i += 2) {
      const c = toBool(scalar(args[i]()));
      if (c instanceof FormulaError) return c;
      if (c) return args[i + 1]();
    }
    return new FormulaError("#N/A");
  },
  IFNA: ([value, fallback]) => {
    const v = value();
    const s = scalar(v);
    return s instanceof FormulaError && s.code === "#N/A" ? fallback() : v;
  },
  COUNTUNIQUE: (args) =>
    new Set(
      args
        .flatMap((a) => matrix(a()).flat())
        .filter((v) => v !== null && v !== "")
        .map((v) => (v instanceof Date ? v.getTime() : JSON.stringify(v))),
    ).size,
  ARRAYFORMULA: ([inner]) => inner(),
  ISTEXT: ([a]) => typeof scalar(a()) === "string",
  VALUE: ([a], ctx) => toNumber(scalar(a()), ctx.book.timeZone),
};
