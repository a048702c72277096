// What a person does in the Sheets UI: typing into cells (validated, then installable onEdit triggers fire),
// sorting, moving and inserting columns. None of it counts as a script call.
import type { Kernel } from "../kernel";
import { formatA1, parseA1 } from "./a1";
import { cellAt, cellFor, sheetsState, type SheetState } from "./state";
import {
  lastColumnWithContent,
  lastRowWithContent,
  readDisplay,
  readValue,
  writeInput,
  type Where,
} from "./cells";
import { meetsValidation } from "./validation";
import { sortRows } from "./sort";
import { addColumns } from "./shape";
import { AXIS, remapBook } from "./formula/rewrite";
import { makeRange } from "./range";
import { makeSpreadsheet } from "./spreadsheet";
import { scriptState } from "../script/state";
import type { Handlers, ScriptControl, TriggerRun } from "../script/control";
import { strict } from "../strict";

/** The message Sheets shows when typed input breaks a rule that rejects invalid data. */
export const REJECTED = (a1: string) =>
  `There was a problem: the data you entered in cell ${a1} violates the data validation rules set on this cell.`;

export interface EditTarget {
  sheet: string;
  /** A1 notation of the cell or block typed into. */
  a1: string;
}

function locate(kernel: Kernel, bookId: string, name: string): { where: Where; sheet: SheetState } {
  const sheet = sheetsState(kernel).books[bookId]?.sheets.find(
    (s) => s.name.toLowerCase() === name.toLowerCase(),
  );
  if (!sheet) throw new Error(`no tab "${name}" in the sandbox spreadsheet`);
  return { where: { kernel, bookId, sheetId: sheet.id }, sheet };
}

/** Types `values` (one value or rows of values) at `target`, as a person would; then fires onEdit triggers. */
export function typeInto(
  kernel: Kernel,
  script: ScriptControl,
  bookId: string,
  target: EditTarget,
  values: unknown,
  handlers: Handlers,
  user: string,
): TriggerRun[] {
  const { where, sheet } = locate(kernel, bookId, target.sheet);
  const ref = parseA1(target.a1);
  if (!ref) throw new Error(`bad A1 reference ${target.a1}`);
  const grid: unknown[][] = Array.isArray(values) ? (values as unknown[][]) : [[values]];
  const r0 = ref.row - 1;
  const c0 = ref.col - 1;
  grid.forEach((row, i) =>
    row.forEach((v, j) => {
      const dv = cellAt(sheet, r0 + i, c0 + j)?.dv;
      if (!dv || dv.allowInvalid) return;
      const probe: SheetState = { ...sheet, rows: [] };
      writeInput(where, probe, 0, 0, v);
      const typed = probe.rows[0]?.[0]?.v ?? "";
      if (!meetsValidation(dv, typed)) throw new Error(REJECTED(target.a1));
    }),
  );
  const single = grid.length === 1 && grid[0].length === 1;
  const oldValue = single ? readValue(where, sheet, r0, c0) : undefined;
  grid.forEach((row, i) => row.forEach((v, j) => writeInput(where, sheet, r0 + i, c0 + j, v)));
  const range = makeRange(
    where,
    sheet,
    ref.row,
    ref.col,
    grid.length,
    Math.max(...grid.map((r) => r.length)),
  );
  const event: Record<string, unknown> = {
    range,
    source: makeSpreadsheet(kernel, bookId),
    user: strict(
      { getEmail: () => (kernel.call("Session.User.getEmail"), user) },
      "base",
      "User",
      "Session.User",
    ),
  };
  if (single) {
    event.value = grid[0][0] === null || grid[0][0] === undefined ? undefined : String(grid[0][0]);
    if (oldValue !== "") event.oldValue = String(oldValue);
  }
  return fireSpreadsheetTriggers(kernel, script, bookId, "ON_EDIT", handlers, event);
}

/** Simple triggers: the function Apps Script runs by its name alone, with limited authorization. */
const SIMPLE: Record<string, string> = { ON_EDIT: "onEdit", ON_OPEN: "onOpen" };

/**
 * Fires what Apps Script fires for `eventType` on the spreadsheet: the simple trigger (`onEdit`/`onOpen`, when
 * `handlers` has it, with authMode LIMITED) and then each installable trigger, each as its own execution.
 */
export function fireSpreadsheetTriggers(
  kernel: Kernel,
  script: ScriptControl,
  bookId: string,
  eventType: string,
  handlers: Handlers,
  event: Record<string, unknown>,
): TriggerRun[] {
  const runs: TriggerRun[] = [];
  const simple = SIMPLE[eventType];
  if (simple && handlers[simple])
    runs.push(script.runFunction(simple, "simple", handlers, { authMode: "LIMITED", ...event }));
  const due = scriptState(kernel).triggers.filter((t) => t.eventType === eventType && t.sourceId === bookId);
  for (const t of due) runs.push(script.runHandler(t, handlers, { ...event, triggerUid: t.id }));
  return runs;
}

/** Sorts the rows under the frozen header by a column, as the column menu's "Sort sheet A → Z" does. */
export function sortSheet(
  kernel: Kernel,
  bookId: string,
  sheetName: string,
  column: number,
  ascending: boolean,
): void {
  const { where, sheet } = locate(kernel, bookId, sheetName);
  const rows = sheet.rows.length - sheet.frozenRows;
  if (rows > 0) sortRows(where, sheet, sheet.frozenRows, rows, 0, sheet.maxCols, { column, ascending });
}

/** Drags column `from` so it lands at position `to` (1-based), with its cells, hidden state and width. */
export function moveColumn(
  kernel: Kernel,
  bookId: string,
  sheetName: string,
  from: number,
  to: number,
): void {
  const { sheet } = locate(kernel, bookId, sheetName);
  remapBook(sheetsState(kernel).books[bookId], { sheetName: sheet.name, cols: AXIS.moved(from, to) });
  const move = <T>(arr: T[]): void => {
    while (arr.length < Math.max(from, to)) arr.push(null as T);
    const [cell] = arr.splice(from - 1, 1);
    arr.splice(to - 1, 0, cell);
  };
  for (const row of sheet.rows) if (row) move(row);
  const order = Array.from({ length: sheet.maxCols }, (_, i) => i + 1);
  move(order);
  const position = (c: number): number => order.indexOf(c) + 1;
  sheet.hiddenCols = sheet.hiddenCols.map(position).sort((a, b) => a - b);
  sheet.colWidths = Object.fromEntries(
    Object.entries(sheet.colWidths).map(([c, w]) => [position(Number(c)), w]),
  );
}

/** Inserts a column of the user's own after `after` (0 = first), with `header` in row 1. */
export function insertUserColumn(
  kernel: Kernel,
  bookId: string,
  sheetName: string,
  after: number,
  header: string,
): void {
  const { sheet } = locate(kernel, bookId, sheetName);
  addColumns(sheetsState(kernel).books[bookId], sheet, after, 1);
  cellFor(sheet, 0, after).v = header;
}

/** Turns on the sheet's filter over its data (if off) and hides rows whose `column` shows one of `hidden`. */
export function filterColumn(
  kernel: Kernel,
  bookId: string,
  sheetName: string,
  column: number,
  hidden: string[],
): void {
  const { sheet } = locate(kernel, bookId, sheetName);
  sheet.filter ??= {
    range: formatA1(1, 1, Math.max(1, lastRowWithContent(sheet)), Math.max(1, lastColumnWithContent(sheet))),
    hidden: {},
  };
  sheet.filter.hidden[column] = hidden.map(String);
}

/** The data range of a tab (values, formulas or display values), read outside any count. */
export function readTab(
  kernel: Kernel,
  bookId: string,
  sheetName: string,
  what: "values" | "formulas" | "display",
): unknown[][] {
  const book = sheetsState(kernel).books[bookId];
  const sheet = book?.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) return [];
  const where: Where = { kernel, bookId, sheetId: sheet.id };
  const rows = lastRowWithContent(sheet);
  const cols = lastColumnWithContent(sheet);
  return Array.from({ length: rows }, (_r, r) =>
    Array.from({ length: cols }, (_c, c) =>
      what === "formulas"
        ? (cellAt(sheet, r, c)?.f ?? "")
        : what === "display"
          ? readDisplay(where, sheet, r, c)
          : readValue(where, sheet, r, c),
    ),
  );
}
