// What Sheets does with a value written to a cell (formulas, apostrophes, automatic coercion of numbers,
// booleans and dates), what getValues returns, and what getDisplayValues shows for a number format.
import type { CellState, CellValue } from "./state";
import { fromSerial, fromWallClock, toSerial, wallClock } from "./dates";

export const TEXT_FORMAT = "@";
const DATE_TIME_FORMAT = "M/d/yyyy H:mm:ss";

/** A value as Apps Script code passes it to setValue(s). */
export type Input = unknown;

/** The content a written value becomes: a formula, or a stored value with the format Sheets infers. */
export function interpret(
  input: Input,
  nf: string | undefined,
  tz: string,
): { v?: CellValue; f?: string; nf?: string } {
  if (input === null || input === undefined || input === "") return { v: "" };
  if (input instanceof Date) return { v: new Date(input.getTime()), nf: nf ?? DATE_TIME_FORMAT };
  if (typeof input === "number" || typeof input === "boolean") return { v: input };
  const s = typeof input === "string" ? input : String(input);
  if (nf === TEXT_FORMAT) return { v: s };
  if (s.length > 1 && s.startsWith("=")) return { f: s };
  if (s.startsWith("'")) return { v: s.slice(1) };
  const coerced = coerce(s, nf, tz);
  // Text that starts like a signed number but is not one is read as a formula ("+1 416-555-0142" → #ERROR!).
  if (typeof coerced.v === "string" && /^[+-]./.test(s.trim())) return { f: `=${s.trim()}` };
  return coerced;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Sheets' automatic parsing of typed text (en_US locale): numbers, percents, currency, booleans, dates, times. */
function coerce(s: string, nf: string | undefined, tz: string): { v: CellValue; nf?: string } {
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return { v: t.toLowerCase() === "true" };
  if (/\d/.test(t) && NUMBER.test(t)) return { v: Number(t.replace(/,/g, "")) };
  const pct = /^([+-]?\d+(?:\.\d+)?)\s?%$/.exec(t);
  if (pct) return { v: Number(pct[1]) / 100, nf: nf ?? "0%" };
  const money = /^([+-]?)\$(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(t);
  if (money)
    return { v: Number(money[1] + money[2].replace(/,/g, "") + (money[3] ?? "")), nf: nf ?? "$#,##0.00" };
  const date = parseDate(t, tz);
  if (date) return { v: date.value, nf: nf ?? date.format };
  return { v: s };
}

function parseDate(t: string, tz: string): { value: Date; format: string } | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6], m[4] ? "yyyy-mm-dd h:mm:ss" : "yyyy-mm-dd");
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m)
    return build(
      +m[3] < 100 ? 2000 + +m[3] : +m[3],
      +m[1],
      +m[2],
      m[4],
      m[5],
      m[6],
      m[4] ? DATE_TIME_FORMAT : "M/d/yyyy",
    );
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t);
  const month = m ? MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1 : 0;
  if (m && month) return build(+m[3], month, +m[2], undefined, undefined, undefined, "mmm d, yyyy");
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t);
  const month2 = m ? MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1 : 0;
  if (m && month2) return build(+m[3], month2, +m[1], undefined, undefined, undefined, "d mmm yyyy");
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m && +m[1] < 24) return build(1899, 12, 30, m[1], m[2], m[3], "h:mm:ss");
  return null;

  function build(
    y: number,
    mo: number,
    d: number,
    h?: string,
    mi?: string,
    s?: string,
    format = "",
  ): { value: Date; format: string } | null {
    if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
    if (Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) return null;
    return { value: fromWallClock(y, mo, d, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), tz), format };
  }
}

export function isDateFormat(nf: string | undefined): boolean {
  if (!nf || nf === TEXT_FORMAT) return false;
  const bare = nf.replace(/"[^"]*"|\\./g, "");
  return /[ydhs]/i.test(bare) || (/m/i.test(bare) && !/[0#]/.test(bare));
}

/** What getValue(s) returns for a stored or computed value: Dates for date-formatted numbers, "" when empty. */
export function outputValue(v: CellValue | undefined | null, nf: string | undefined, tz: string): CellValue {
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return new Date(v.getTime());
  if (typeof v === "number" && isDateFormat(nf)) return fromSerial(v, tz);
  return v;
}

export function cellNumberFormat(cell: CellState | null): string {
  return cell?.nf ?? "General";
}

/** The text Sheets shows for a value under a number format. */
export function displayValue(v: CellValue, nf: string | undefined, tz: string): string {
  if (v === "") return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (nf === TEXT_FORMAT) return v instanceof Date ? formatDate(v, DATE_TIME_FORMAT, tz) : String(v);
  if (v instanceof Date) return formatDate(v, isDateFormat(nf) ? nf! : DATE_TIME_FORMAT, tz);
  if (typeof v === "string") return v;
  if (isDateFormat(nf)) return formatDate(fromSerial(v, tz), nf!, tz);
  if (!nf || nf === "General") return autoNumber(v);
  return formatNumber(v, nf);
}

function autoNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e15) return n.toExponential(2).toUpperCase().replace("E+", "E+");
  return String(Number(n.toPrecision(15)));
}

function formatNumber(n: number, nf: string): string {
  const sections = nf.split(";");
  // positive;negative;zero, as in Sheets: a zero uses the third section when there is one.
  const section =
    n === 0 && sections[2] !== undefined ? sections[2] : n < 0 && sections[1] ? sections[1] : sections[0];
  const neg = n < 0 && !sections[1];
  // The prefix is whatever comes before the first digit placeholder ("+0" is a sign, then the number).
  const m = /^([^#0.]*)([#0,]*\.?[#0]*)(.*)$/.exec(section.replace(/\\(.)|"([^"]*)"/g, "$1$2"))!;
  const [, prefix, core, suffix] = m;
  let x = Math.abs(n) * (suffix.includes("%") ? 100 : 1);
  const decimals = (core.split(".")[1] ?? "").length;
  x = Number(x.toFixed(decimals));
  const [whole, frac] = x.toFixed(decimals).split(".");
  let int = whole;
  if (core.includes(",")) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (/^#/.test(core) && int === "0" && !core.includes("0.") && !core.endsWith("0")) int = "";
  return `${neg ? "-" : ""}${prefix}${int}${frac !== undefined ? "." + frac : ""}${suffix}`;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Formats a date with Sheets' date-time tokens (yyyy, mm, dd, hh, mm after h = minutes, ss, am/pm). */
export function formatDate(date: Date, nf: string, tz: string): string {
  const w = wallClock(date, tz);
  const ampm = /am\/pm|a\/p/i.test(nf);
  const tokens =
    nf.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|[^"\\ymdhsa]+|./gi) ?? [];
  let out = "";
  let lastWasHour = false;
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase() ?? "";
    const minutes = (lower === "m" || lower === "mm") && (lastWasHour || next.startsWith("s"));
    const hour12 = ((w.h + 11) % 12) + 1;
    const map: Record<string, () => string> = {
      yyyy: () => String(w.y),
      yy: () => String(w.y % 100).padStart(2, "0"),
      mmmm: () => MONTH_NAMES[w.m - 1],
      mmm: () => MONTH_NAMES[w.m - 1].slice(0, 3),
      mm: () => String(minutes ? w.mi : w.m).padStart(2, "0"),
      m: () => String(minutes ? w.mi : w.m),
      dddd: () => DAY_NAMES[w.weekday],
      ddd: () => DAY_NAMES[w.weekday].slice(0, 3),
      dd: () => String(w.d).padStart(2, "0"),
      d: () => String(w.d),
      hh: () => String(ampm ? hour12 : w.h).padStart(2, "0"),
      h: () => String(ampm ? hour12 : w.h),
      ss: () => String(w.s).padStart(2, "0"),
      s: () => String(w.s),
      "am/pm": () => (w.h < 12 ? "AM" : "PM"),
      "a/p": () => (w.h < 12 ? "A" : "P"),
    };
    if (map[lower]) out += map[lower]();
    else out += tok.startsWith('"') ? tok.slice(1, -1) : tok.startsWith("\\") ? tok.slice(1) : tok;
    if (/^[a-z]/i.test(lower)) lastWasHour = lower.startsWith("h");
  });
  return out;
}

export { toSerial, fromSerial };
