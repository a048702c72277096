// The spreadsheet side's persisted state: plain JSON (Dates allowed) kept in the kernel's "sheets" slice.
import type { Kernel } from "../kernel";

export type CellValue = string | number | boolean | Date;

export interface CellState {
  /** The stored value (for a formula: nothing; it is computed on read). */
  v?: CellValue;
  /** A formula, as written, starting with "=". */
  f?: string;
  /** Number format; absent = automatic. */
  nf?: string;
  dv?: ValidationState;
  bg?: string;
  fw?: string;
  /** Text wraps within the column's width. */
  wrap?: boolean;
  /** A link over the cell's whole text (a rich-text hyperlink). */
  link?: string;
}

export interface ValidationState {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ConditionState {
  criteria: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface RuleState {
  /** A1 ranges on the same sheet. */
  ranges: string[];
  condition: ConditionState;
}

export interface ChartState {
  id: number;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
}

export interface FilterState {
  /** A1 notation of the filtered range, header row first. */
  range: string;
  /** Column (1-based, of the sheet) -> display values hidden by the filter. */
  hidden: Record<string, string[]>;
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  /** rows[r][c], 0-based; a missing row or cell is empty. */
  rows: (CellState | null)[][];
  frozenRows: number;
  frozenCols: number;
  hiddenCols: number[];
  colWidths: Record<string, number>;
  rules: RuleState[];
  charts: ChartState[];
  filter?: FilterState | null;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  toasts: { message: string; title: string }[];
  /** The tab a person (or setActiveSheet/activate) last selected; the first tab when unset or deleted. */
  activeSheetId?: number;
}

/** The selected tab of a workbook. */
export function activeSheetOf(book: SpreadsheetState): SheetState {
  return book.sheets.find((s) => s.id === book.activeSheetId) ?? book.sheets[0];
}

export interface MenuState {
  name: string;
  items: ({ caption: string; functionName: string } | "separator")[];
}

export interface SheetsState {
  books: Record<string, SpreadsheetState>;
  /** The spreadsheet the script is bound to (getActiveSpreadsheet). */
  activeId: string | null;
  nextId: number;
  menus: MenuState[];
}

export function sheetsState(kernel: Kernel): SheetsState {
  return kernel.slice<SheetsState>("sheets", () => ({ books: {}, activeId: null, nextId: 1, menus: [] }));
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

export function newSheetState(
  id: number,
  name: string,
  rows = DEFAULT_ROWS,
  cols = DEFAULT_COLS,
): SheetState {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    rows: [],
    frozenRows: 0,
    frozenCols: 0,
    hiddenCols: [],
    colWidths: {},
    rules: [],
    charts: [],
  };
}

export function cellAt(sheet: SheetState, r: number, c: number): CellState | null {
  return sheet.rows[r]?.[c] ?? null;
}

/** The cell at 0-based (r, c), created when missing. */
export function cellFor(sheet: SheetState, r: number, c: number): CellState {
  const row = (sheet.rows[r] ??= []);
  for (let i = sheet.rows.length - 2; i >= 0 && sheet.rows[i] == null; i--) sheet.rows[i] = [];
  for (let i = row.length; i < c; i++) row[i] = null;
  return (row[c] ??= {});
}

export function hasContent(cell: CellState | null): boolean {
  return !!cell && (cell.f !== undefined || (cell.v !== undefined && cell.v !== ""));
}
