// The test-facing handle on the spreadsheet side (sandbox.sheets): the UI context, recorded menus and toasts,
// and the raw state of a workbook for assertions.
import type { Kernel } from "../kernel";
import { cellAt, sheetsState, type MenuState, type SpreadsheetState } from "./state";
import { parseA1 } from "./a1";
import { ruleFor } from "./conditional-eval";
import { activeBookId } from "./app";
import {
  readTab,
  filterColumn,
  fireSpreadsheetTriggers,
  insertUserColumn,
  moveColumn,
  sortSheet,
  typeInto,
  type EditTarget,
} from "./user-edits";
import type { Handlers, ScriptControl, TriggerRun } from "../script/control";

export interface SheetsRuntime {
  /** True while code runs where Google allows SpreadsheetApp.getUi() (a menu, a sidebar, onOpen). */
  uiAvailable: boolean;
}

const runtimes = new WeakMap<Kernel, SheetsRuntime>();

export function sheetsRuntime(kernel: Kernel): SheetsRuntime {
  let rt = runtimes.get(kernel);
  if (!rt) runtimes.set(kernel, (rt = { uiAvailable: false }));
  return rt;
}

export class SheetsControl {
  constructor(
    private readonly kernel: Kernel,
    private readonly script: ScriptControl,
    private readonly user: string,
  ) {}

  /** Runs `fn` as code started from the spreadsheet's UI (a menu item, onOpen), where getUi() works. */
  withUi<T>(fn: () => T): T {
    const rt = sheetsRuntime(this.kernel);
    const before = rt.uiAvailable;
    rt.uiAvailable = true;
    try {
      return fn();
    } finally {
      rt.uiAvailable = before;
    }
  }

  menus(): MenuState[] {
    return sheetsState(this.kernel).menus;
  }

  /** The id of the spreadsheet the script is bound to (created on first use). */
  activeId(): string {
    return activeBookId(this.kernel);
  }

  /** The raw persisted state of a workbook (the bound one by default): charts, rules, cells, toasts. */
  book(id = this.activeId()): SpreadsheetState {
    const book = sheetsState(this.kernel).books[id];
    if (!book) throw new Error(`no spreadsheet ${id} in the sandbox`);
    return book;
  }

  /**
   * A person types into the bound spreadsheet (a value, or rows of values at a block): Sheets' coercion,
   * rejected when a validation rule refuses invalid input, then the installable onEdit triggers fire with
   * {range, value, oldValue, source, user}. Returns each trigger run (with its error, if any).
   */
  edit(target: EditTarget, values: unknown, handlers: Handlers = {}): TriggerRun[] {
    return typeInto(this.kernel, this.script, this.activeId(), target, values, handlers, this.user);
  }

  /** The spreadsheet is opened: installable onOpen triggers fire. */
  open(handlers: Handlers = {}): TriggerRun[] {
    return this.withUi(() =>
      fireSpreadsheetTriggers(this.kernel, this.script, this.activeId(), "ON_OPEN", handlers, {}),
    );
  }

  /** The user sorts a tab by a column (rows under the frozen header). */
  sortByColumn(sheet: string, column: number, ascending = true): void {
    sortSheet(this.kernel, this.activeId(), sheet, column, ascending);
  }

  /** The user drags a column to another position. */
  moveColumn(sheet: string, from: number, to: number): void {
    moveColumn(this.kernel, this.activeId(), sheet, from, to);
  }

  /** The user inserts a column of their own, with a header. */
  insertColumn(sheet: string, after: number, header: string): void {
    insertUserColumn(this.kernel, this.activeId(), sheet, after, header);
  }

  /** The user filters a tab (turning its filter on over the data if needed): rows showing `hidden` in `column` hide. */
  filterBy(sheet: string, column: number, hidden: string[]): void {
    filterColumn(this.kernel, this.activeId(), sheet, column, hidden);
  }

  /**
   * A tab's data range of the bound spreadsheet as a script would read it (values, formulas or display
   * values), for assertions: not a script call, nothing is counted.
   */
  read(sheet: string, what: "values" | "formulas" | "display" = "values"): unknown[][] {
    return readTab(this.kernel, this.activeId(), sheet, what);
  }

  /**
   * The background a person sees on one cell of the bound spreadsheet: the first conditional format rule that
   * applies there (custom formulas evaluated relative to the rule's range), else the cell's own, else white.
   */
  background(sheet: string, a1: string): string {
    const book = this.book();
    const tab = book.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    const ref = parseA1(a1);
    if (!tab || !ref) throw new Error(`no cell ${sheet}!${a1} in the sandbox spreadsheet`);
    const where = { kernel: this.kernel, bookId: book.id, sheetId: tab.id };
    const rule = ruleFor(where, book, tab, ref.row, ref.col);
    return rule?.condition.background ?? cellAt(tab, ref.row - 1, ref.col - 1)?.bg ?? "#ffffff";
  }
}
