// A sheet's basic filter: created on a range, hiding rows by the values of its columns. Values stay readable
// by scripts (getValues returns hidden rows too, as in Google); only the rows' visibility changes.
import type { Kernel } from "../kernel";
import { strict } from "../strict";
import { parseA1 } from "./a1";
import type { FilterState, SheetState } from "./state";
import { readDisplay, sheetState, type Where } from "./cells";
import { makeRange } from "./range";
import { sortRows } from "./sort";

type GFilter = GoogleAppsScript.Spreadsheet.Filter;
type GCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;

export const FILTER_ERRORS = {
  exists: "You can't create a filter in a sheet that already has a filter.",
  outside: "The column position is outside the filter range.",
} as const;

const criteriaState = new WeakMap<object, string[]>();

/** SpreadsheetApp.newFilterCriteria(): only hidden-value criteria (what a person ticks off in the filter menu). */
export function makeFilterCriteriaBuilder(
  kernel: Kernel,
  hidden: string[] = [],
): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.FilterCriteriaBuilder.${m}`);
  let values = [...hidden];
  const self = strict(
    {
      setHiddenValues: (v: string[]) => (call("setHiddenValues"), (values = v.map(String)), self),
      getHiddenValues: () => (call("getHiddenValues"), [...values]),
      build: () => (call("build"), makeCriteria(kernel, values)),
      copy: () => (call("copy"), makeFilterCriteriaBuilder(kernel, values)),
    },
    "spreadsheet",
    "FilterCriteriaBuilder",
    "SpreadsheetApp.FilterCriteriaBuilder",
  ) as unknown as GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;
  return self;
}

function makeCriteria(kernel: Kernel, hidden: string[]): GCriteria {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.FilterCriteria.${m}`);
  const c = strict(
    {
      getHiddenValues: () => (call("getHiddenValues"), [...hidden]),
      copy: () => (call("copy"), makeFilterCriteriaBuilder(kernel, hidden)),
    },
    "spreadsheet",
    "FilterCriteria",
    "SpreadsheetApp.FilterCriteria",
  );
  criteriaState.set(c, [...hidden]);
  return c as unknown as GCriteria;
}

function bounds(filter: FilterState): { row: number; col: number; endRow: number; endCol: number } {
  const ref = parseA1(filter.range)!;
  return { row: ref.row, col: ref.col, endRow: ref.endRow ?? ref.row, endCol: ref.endCol ?? ref.col };
}

export function makeFilter(where: Where): GFilter {
  const call = (m: string): { sheet: SheetState; filter: FilterState } => {
    where.kernel.call(`SpreadsheetApp.Filter.${m}`);
    const sheet = sheetState(where);
    if (!sheet.filter) throw new Error("The filter you are trying to access has been removed.");
    return { sheet, filter: sheet.filter };
  };
  const inside = (filter: FilterState, col: number): void => {
    const b = bounds(filter);
    if (col < b.col || col > b.endCol) throw new Error(FILTER_ERRORS.outside);
  };
  const self = strict(
    {
      getRange: () => {
        const { sheet, filter } = call("getRange");
        const b = bounds(filter);
        return makeRange(where, sheet, b.row, b.col, b.endRow - b.row + 1, b.endCol - b.col + 1);
      },
      remove: () => void (call("remove").sheet.filter = null),
      getColumnFilterCriteria: (col: number) => {
        const { filter } = call("getColumnFilterCriteria");
        inside(filter, col);
        const hidden = filter.hidden[col];
        return hidden ? makeCriteria(where.kernel, hidden) : null;
      },
      setColumnFilterCriteria: (col: number, criteria: GCriteria | null) => {
        const { filter } = call("setColumnFilterCriteria");
        inside(filter, col);
        if (criteria) filter.hidden[col] = criteriaState.get(criteria as object) ?? [];
        else delete filter.hidden[col];
        return self;
      },
      removeColumnFilterCriteria: (col: number) => {
        const { filter } = call("removeColumnFilterCriteria");
        inside(filter, col);
        delete filter.hidden[col];
        return self;
      },
      sort: (col: number, ascending: boolean) => {
        const { sheet, filter } = call("sort");
        inside(filter, col);
        const b = bounds(filter);
        sortRows(where, sheet, b.row, b.endRow - b.row, b.col - 1, b.endCol - b.col + 1, {
          column: col,
          ascending,
        });
        return self;
      },
    },
    "spreadsheet",
    "Filter",
    "SpreadsheetApp.Filter",
  ) as unknown as GFilter;
  return self;
}

/** Whether a filter hides row `row` (1-based): the header row never is; others when a column's value is hidden. */
export function rowHiddenByFilter(where: Where, sheet: SheetState, row: number): boolean {
  const filter = sheet.filter;
  if (!filter) return false;
  const b = bounds(filter);
  if (row <= b.row || row > b.endRow) return false;
  return Object.entries(filter.hidden).some(([col, hidden]) =>
    hidden.includes(readDisplay(where, sheet, row - 1, Number(col) - 1)),
  );
}
