// Column layout of the ledger's tabs: widths (dates never show "###"), wrapped long text, and the Stage dropdown
// over the whole column. Each column is laid out once in the ledger's life (recorded in a property), and a width
// the user already set is kept: re-running setup never undoes what a person arranged.
import type { ColumnSpec } from "../core/ledger/columns";
import { STAGES } from "../core/ledger/columns";
import { columnLayout } from "../core/ledger/layout";
import type { PropsStore } from "./props";
import { setDropdown } from "./sheet-setup";

export const LAYOUT_KEY = "ledger.layout";
/** The width Sheets gives a column nobody has resized. */
const DEFAULT_WIDTH = 100;

export interface LaidOutTab {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Header key → 1-based column. */
  columns: Record<string, number>;
  spec: readonly ColumnSpec[];
}

/** Lays out every column not laid out before; returns what changed ("Leads: 24 columns"). */
export function layOutTabs(props: PropsStore, tabs: Record<string, LaidOutTab>): string[] {
  const done = props.getJson<Record<string, string[]>>(LAYOUT_KEY, {});
  const changed: string[] = [];
  for (const [tab, { sheet, columns, spec }] of Object.entries(tabs)) {
    const before = new Set(done[tab] ?? []);
    const now: string[] = [];
    const rows = Math.max(sheet.getMaxRows() - 1, 1);
    for (const [key, col] of Object.entries(columns)) {
      if (before.has(key)) continue;
      const kind = spec.find((c) => c.key === key)?.kind ?? "text";
      now.push(key);
      if (kind === "system") continue; // hidden
      const layout = columnLayout(tab, key, kind);
      if (sheet.getColumnWidth(col) === DEFAULT_WIDTH) sheet.setColumnWidth(col, layout.width);
      if (layout.wrap) sheet.getRange(2, col, rows, 1).setWrap(true);
      // The Stage dropdown on every row (a ledger set up before it had one gets it too), unless the user has their own.
      if (tab === "Leads" && key === "stage" && !sheet.getRange(2, col).getDataValidation())
        setDropdown(sheet, col, STAGES);
    }
    if (now.length) {
      done[tab] = [...before, ...now];
      changed.push(`${tab}: layout of ${now.length} column${now.length === 1 ? "" : "s"}`);
    }
  }
  if (changed.length) props.setJson(LAYOUT_KEY, done);
  return changed;
}
