// The spreadsheet functions the sandbox evaluates (what a ledger and its summary use); others give #NAME?.
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
import { fromWallClock, wallClock } from "../dates";
import { MORE_FUNCTIONS } from "./functions-more";
import { toSerial } from "../values";

const flat = (r: Result): Scalar[] => (Array.isArray(r) ? r.flat() : [r]);
const matrix = (r: Result): Matrix => (Array.isArray(r) ? r : [[r]]);
const firstError = (vs: Scalar[]): FormulaError | undefined =>
  vs.find((v): v is FormulaError => v instanceof FormulaError);

/** Numbers among range values (text and blanks in ranges are skipped, as Sheets does). */
function numbersOf(args: Arg[], ctx: EvalContext): number[] | FormulaError {
  const out: number[] = [];
  for (const a of args) {
    const r = a();
    for (const v of flat(r)) {
      if (v instanceof FormulaError) return v;
      if (typeof v === "number") out.push(v);
      else if (v instanceof Date) out.push(toSerial(v, ctx.book.timeZone));
      else if (!Array.isArray(r) && v !== null) {
        const n = toNumber(v, ctx.book.timeZone);
        if (n instanceof FormulaError) return n;
        out.push(n);
      }
    }
  }
  return out;
}

/** COUNTIF-style criterion: "Won", ">=5", "<>", "", "a*", a number, a date. */
function criterion(c: Scalar, tz: string): (v: Scalar) => boolean {
  if (c instanceof Date) c = toSerial(c, tz);
  if (typeof c === "number" || typeof c === "boolean")
    return (v) => v !== null && compare(v, c, tz) === 0 && typeof v !== "string";
  const text = c === null || c instanceof FormulaError ? "" : c;
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(text)!;
  const op = m[1] ?? "=";
  const operand = m[2];
  const num = operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  if (operand === "") return op === "<>" ? (v) => v !== null && v !== "" : (v) => v === null || v === "";
  if (num !== null) {
    return (v) => {
      const x =
        v instanceof Date
          ? toSerial(v, tz)
          : typeof v === "number"
            ? v
            : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))
              ? Number(v)
              : null;
      if (x === null) return op === "<>";
      return { "=": x === num, "<>": x !== num, "<": x < num, ">": x > num, "<=": x <= num, ">=": x >= num }[
        op
      ]!;
    };
  }
  const wildcard = wildcardPattern(operand);
  return (v) => {
    const s =
      v === null
        ? ""
        : typeof v === "boolean"
          ? v
            ? "TRUE"
            : "FALSE"
          : String(v instanceof Date ? toSerial(v, tz) : v);
    if (op === "=") return wildcard.test(s);
    if (op === "<>") return !wildcard.test(s);
    if (typeof v !== "string") return false;
    const c2 = compare(v, operand, tz);
    return { "<": c2 < 0, ">": c2 > 0, "<=": c2 <= 0, ">=": c2 >= 0 }[op]!;
  };
}

/** A criterion's text as a case-insensitive pattern: * and ? are wildcards, ~* and ~? are literal. */
function wildcardPattern(text: string): RegExp {
  let src = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~" && (text[i + 1] === "*" || text[i + 1] === "?")) src += "\\" + text[++i];
    else if (ch === "*") src += "[\\s\\S]*";
    else if (ch === "?") src += "[\\s\\S]";
    else src += ch.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
  }
  return new RegExp(`^${src}$`, "i");
}

/** Cells (row-major positions) of a range that meet every (range, criterion) pair. */
function matching(pairs: Arg[], ctx: EvalContext, size?: number): boolean[] | FormulaError {
  let hits: boolean[] | null = null;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const cells = flat(pairs[i]());
    const test = criterion(scalar(pairs[i + 1]()), ctx.book.timeZone);
    const n = Math.max(size ?? 0, cells.length, hits?.length ?? 0);
    const next: boolean[] = [];
    for (let k = 0; k < n; k++) next.push((hits ? (hits[k] ?? false) : true) && test(cells[k] ?? null));
    hits = next;
  }
  return hits ?? new FormulaError("#N/A");
}

function sumWhere(values: Scalar[], hits: boolean[], tz: string): number {
  let s = 0;
  hits.forEach((h, k) => {
    const v = values[k];
    if (h && (typeof v === "number" || v instanceof Date)) s += typeof v === "number" ? v : toSerial(v, tz);
  });
  return s;
}

const num1 = (a: Arg, ctx: EvalContext): number | FormulaError => toNumber(scalar(a()), ctx.book.timeZone);
const text1 = (a: Arg, ctx: EvalContext): string | FormulaError => toText(scalar(a()), ctx.book.timeZone);

function textFn(f: (s: string, args: Arg[], ctx: EvalContext) => Result): Fn {
  return (args, ctx) => {
    const s = text1(args[0], ctx);
    return s instanceof FormulaError ? s : f(s, args, ctx);
  };
}

function dateFn(f: (w: ReturnType<typeof wallClock>) => number): Fn {
  return ([a], ctx) => {
    const v = scalar(a());
    const n = toNumber(v, ctx.book.timeZone);
    if (n instanceof FormulaError) return n;
    const d = v instanceof Date ? v : fromWallClock(1899, 12, 30 + Math.floor(n), 0, 0, 0, "UTC");
    return f(wallClock(d, v instanceof Date ? ctx.book.timeZone : "UTC"));
  };
}

export const FUNCTIONS: Record<string, Fn> = {
  ...MORE_FUNCTIONS,
  SUM: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    return ns instanceof FormulaError ? ns : ns.reduce((a, b) => a + b, 0);
  },
  MAX: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    return ns instanceof FormulaError ? ns : ns.length ? Math.max(...ns) : 0;
  },
  MIN: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    return ns instanceof FormulaError ? ns : ns.length ? Math.min(...ns) : 0;
  },
  AVERAGE: (args, ctx) => {
    const ns = numbersOf(args, ctx);
    if (ns instanceof FormulaError) return ns;
    return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : new FormulaError("#DIV/0!");
  },
  COUNT: (args) =>
    args.flatMap((a) => flat(a())).filter((v) => typeof v === "number" || v instanceof Date).length,
  COUNTA: (args) => args.flatMap((a) => flat(a())).filter((v) => v !== null).length,
  COUNTBLANK: (args) => flat(args[0]()).filter((v) => v === null || v === "").length,
  COUNTIF: (args, ctx) => {
    const hits = matching(args, ctx);
    return hits instanceof FormulaError ? hits : hits.filter(Boolean).length;
  },
  COUNTIFS: (args, ctx) => {
    const hits = matching(args, ctx);
    return hits instanceof FormulaError ? hits : hits.filter(Boolean).length;
  },
  SUMIF: (args, ctx) => {
    const values = flat((args[2] ?? args[0])());
    const hits = matching(args.slice(0, 2), ctx, values.length);
    return hits instanceof FormulaError ? hits : sumWhere(values, hits, ctx.book.timeZone);
  },
  SUMIFS: (args, ctx) => {
    const values = flat(args[0]());
    const hits = matching(args.slice(1), ctx, values.length);
    return hits instanceof FormulaError ? hits : sumWhere(values, hits, ctx.book.timeZone);
  },
  IF: ([cond, yes, no]) => {
    const c = toBool(scalar(cond()));
    if (c instanceof FormulaError) return c;
    return c ? (yes ? yes() : true) : no ? no() : false;
  },
  IFERROR: ([value, fallback]) => {
    const v = value();
    return scalar(v) instanceof FormulaError ? (fallback ? fallback() : "") : v;
  },
  AND: (args) => {
    const vs = args
      .flatMap((a) => flat(a()))
      .filter((v) => v !== null)
      .map(toBool);
    return firstError(vs as Scalar[]) ?? vs.every(Boolean);
  },
  OR: (args) => {
    const vs = args
      .flatMap((a) => flat(a()))
      .filter((v) => v !== null)
      .map(toBool);
    return firstError(vs as Scalar[]) ?? vs.some(Boolean);
  },
  NOT: ([a]) => {
    const b = toBool(scalar(a()));
    return b instanceof FormulaError ? b : !b;
  },
  ISBLANK: ([a]) => scalar(a()) === null,
  // Dates and times are numbers in Sheets: ISNUMBER of a date cell is TRUE.
  ISNUMBER: ([a]) => {
    const v = scalar(a());
    return typeof v === "number" || v instanceof Date;
  },
  ISERROR: ([a]) => scalar(a()) instanceof FormulaError,
  TODAY: (_args, ctx) => {
    const w = wallClock(ctx.now, ctx.book.timeZone);
    return fromWallClock(w.y, w.m, w.d, 0, 0, 0, ctx.book.timeZone);
  },
  NOW: (_args, ctx) => new Date(ctx.now.getTime()),
  DATE: ([y, m, d], ctx) => {
    const parts = [y, m, d].map((a) => num1(a, ctx));
    const err = firstError(parts);
    if (err) return err;
    const [yy, mm, dd] = parts as number[];
    const utc = new Date(Date.UTC(yy, mm - 1, dd));
    return fromWallClock(
      utc.getUTCFullYear(),
      utc.getUTCMonth() + 1,
      utc.getUTCDate(),
      0,
      0,
      0,
      ctx.book.timeZone,
    );
  },
  YEAR: dateFn((w) => w.y),
  MONTH: dateFn((w) => w.m),
  DAY: dateFn((w) => w.d),
  WEEKDAY: dateFn((w) => w.weekday + 1),
  HYPERLINK: ([url, label], ctx) => (label ? scalar(label()) : text1(url, ctx)),
  LEN: textFn((s) => s.length),
  LOWER: textFn((s) => s.toLowerCase()),
  UPPER: textFn((s) => s.toUpperCase()),
  TRIM: textFn((s) => s.trim().replace(/ +/g, " ")),
  LEFT: textFn((s, args, ctx) => s.slice(0, args[1] ? Number(num1(args[1], ctx)) : 1)),
  RIGHT: textFn((s, args, ctx) => (args[1] ? s.slice(s.length - Number(num1(args[1], ctx))) : s.slice(-1))),
  CONCATENATE: (args, ctx) =>
    args
      .map((a) =>
        flat(a())
          .map((v) => toText(v, ctx.book.timeZone))
          .join(""),
      )
      .join(""),
  ROUND: ([a, places], ctx) => {
    const n = num1(a, ctx);
    const p = places ? num1(places, ctx) : 0;
    if (n instanceof FormulaError) return n;
    if (p instanceof FormulaError) return p;
    return Math.round(n * 10 ** p) / 10 ** p;
  },
  ABS: ([a], ctx) => {
    const n = num1(a, ctx);
    return n instanceof FormulaError ? n : Math.abs(n);
  },
  FILTER: ([range, ...conds]) => {
    const rows = matrix(range());
    const tests = conds.map((c) => flat(c()));
    const kept = rows.filter((_row, i) => tests.every((t) => toBool(t[i] ?? null) === true));
    return kept.length ? kept : new FormulaError("#N/A");
  },
  UNIQUE: ([range]) => {
    const seen = new Set<string>();
    return matrix(range()).filter((row) => {
      const key = JSON.stringify(row);
      return !seen.has(key) && !!seen.add(key);
    });
  },
};
