// The test-facing handle on the spreadsheet side (sandbox.sheets): the UI context, recorded menus and toasts,
// and the raw state of a workbook for assertions.
import type { Kernel } from "../kernel";
import { sheetsState, type MenuState, type SpreadsheetState } from "./state";
import { activeBookId } from "./app";

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
  constructor(private readonly kernel: Kernel) {}

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
}
