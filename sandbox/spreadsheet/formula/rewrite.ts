// References follow their cells, as in Sheets: when rows or columns are inserted, deleted or moved, or a tab is
// renamed, formulas (in cells and conditional formats), rule ranges and chart ranges are rewritten.
import { columnLetters, columnNumber, quoteSheetName } from "../a1";
import type { SpreadsheetState } from "../state";
import { tokenizeAll, FormulaSyntaxError } from "./parser";

/** Old 1-based position -> new position, or null when it was deleted. */
export type AxisMap = (n: number) => number | null;

export interface Remap {
  /** The tab that changed, by its name before the change. */
  sheetName: string;
  rows?: AxisMap;
  cols?: AxisMap;
  /** The tab's new name, when it was renamed. */
  newName?: string;
}

const PREFIXED = /^('(?:[^']|'')+'|[A-Za-z_][\w.]*)!(.*)$/;
const ENDPOINT = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

interface Endpoint {
  colAbs: string;
  col?: number;
  rowAbs: string;
  row?: number;
}

function parseEndpoint(text: string): Endpoint | null {
  const m = ENDPOINT.exec(text);
  if (!m) return null;
  return {
    colAbs: m[1],
    col: m[2] ? columnNumber(m[2]) : undefined,
    rowAbs: m[3],
    row: m[4] ? Number(m[4]) : undefined,
  };
}

function formatEndpoint(e: Endpoint): string {
  return `${e.col !== undefined ? e.colAbs + columnLetters(e.col) : ""}${e.row !== undefined ? e.rowAbs + e.row : ""}`;
}

/** The first surviving position scanning from `from` toward `to` (inclusive), mapped; null if none survives. */
function firstSurviving(map: AxisMap, from: number, to: number): number | null {
  const step = from <= to ? 1 : -1;
  for (let n = from; step > 0 ? n <= to : n >= to; n += step) {
    const m = map(n);
    if (m !== null) return m;
  }
  return null;
}

/** Rewrites one reference ("A1", "B2:C9", "'My tab'!A:A") that `host`'s formula holds; "#REF!" when its cells are gone. */
export function rewriteRef(text: string, host: string, remap: Remap): string {
  const p = PREFIXED.exec(text);
  const sheet = p ? p[1].replace(/^'|'$/g, "").replace(/''/g, "'") : host;
  if (sheet.toLowerCase() !== remap.sheetName.toLowerCase()) return text;
  const prefix = p ? (remap.newName !== undefined ? `${quoteSheetName(remap.newName)}!` : `${p[1]}!`) : "";
  const body = p ? p[2] : text;
  const ends = body.split(":").map(parseEndpoint);
  if (ends.some((e) => !e)) return text;
  const [a, b] = ends as Endpoint[];
  const axes: [keyof Endpoint & ("col" | "row"), AxisMap | undefined][] = [
    ["col", remap.cols],
    ["row", remap.rows],
  ];
  for (const [key, map] of axes) {
    if (!map || a[key] === undefined) continue;
    if (!b) {
      const m = map(a[key]!);
      if (m === null) return "#REF!";
      a[key] = m;
      continue;
    }
    if (b[key] === undefined) continue;
    const start = firstSurviving(map, a[key]!, b[key]!);
    const end = firstSurviving(map, b[key]!, a[key]!);
    if (start === null || end === null) return "#REF!";
    [a[key], b[key]] = [Math.min(start, end), Math.max(start, end)];
  }
  return prefix + (b ? `${formatEndpoint(a)}:${formatEndpoint(b)}` : formatEndpoint(a));
}

/** Rewrites every reference in a formula held on tab `host`; a formula that cannot be read is left as it is. */
export function rewriteFormula(formula: string, host: string, remap: Remap): string {
  try {
    const tokens = tokenizeAll(formula.replace(/^=/, ""));
    return "=" + tokens.map((t) => (t.type === "ref" ? rewriteRef(t.text, host, remap) : t.text)).join("");
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return formula;
    throw e;
  }
}

/**
 * Applies a change of one tab to the whole workbook (call it before renaming the tab): cell formulas
 * everywhere, and that tab's conditional format rules and chart ranges.
 */
export function remapBook(book: SpreadsheetState, remap: Remap): void {
  for (const sheet of book.sheets) {
    const host = sheet.name;
    for (const row of sheet.rows)
      for (const cell of row ?? []) if (cell?.f !== undefined) cell.f = rewriteFormula(cell.f, host, remap);
    if (host.toLowerCase() !== remap.sheetName.toLowerCase()) continue;
    for (const rule of sheet.rules) {
      rule.ranges = rule.ranges.map((r) => rewriteRef(r, host, remap)).filter((r) => r !== "#REF!");
      if (rule.condition.criteria === "CUSTOM_FORMULA" && typeof rule.condition.values[0] === "string")
        rule.condition.values[0] = rewriteFormula(rule.condition.values[0], host, remap);
    }
    sheet.rules = sheet.rules.filter((r) => r.ranges.length > 0);
    if (sheet.filter) {
      const range = rewriteRef(sheet.filter.range, host, remap);
      const cols = remap.cols;
      const hidden = Object.entries(sheet.filter.hidden).map(
        ([c, v]) => [cols ? cols(Number(c)) : Number(c), v] as const,
      );
      sheet.filter =
        range === "#REF!" ? null : { range, hidden: Object.fromEntries(hidden.filter(([c]) => c !== null)) };
    }
    for (const chart of sheet.charts)
      chart.ranges = chart.ranges.map((r) => rewriteRef(r, host, remap)).filter((r) => r !== "#REF!");
  }
}

/** Maps for the usual changes: `n` inserted after `after`; `n` deleted from `from`; one moved from `from` to `to`. */
export const AXIS = {
  inserted:
    (after: number, n: number): AxisMap =>
    (k) =>
      k > after ? k + n : k,
  deleted:
    (from: number, n: number): AxisMap =>
    (k) =>
      k < from ? k : k < from + n ? null : k - n,
  moved:
    (from: number, to: number): AxisMap =>
    (k) => {
      if (k === from) return to;
      if (from < to && k > from && k <= to) return k - 1;
      if (from > to && k >= to && k < from) return k + 1;
      return k;
    },
};
