// Writes the Summary tab in one batch above the keep-marker, and its three charts, updated in place.
import type { SummarySheet } from "../core/summary/sheet";
import type { ChartSpec } from "../core/summary/charts";
import { KEEP_MARKER, SUMMARY_TITLE, WIDTH } from "../core/summary/sheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/**
 * How many rows at the top are ours, from one read of column A: down to the keep-marker; if a person deleted
 * the marker but the tab still starts with our title, the block's size at the last rebuild less the marker;
 * 0 when nothing there is ours.
 */
function blockEnd(sheet: Sheet, lastBuiltRows: number): { end: number; last: number } {
  const last = sheet.getLastRow();
  if (!last) return { end: 0, last };
  const col = sheet.getRange(1, 1, last, 1).getValues();
  const i = col.findIndex((r) => String(r[0] ?? "").trim() === KEEP_MARKER);
  if (i >= 0) return { end: i + 1, last };
  // Without its marker the old block is one row shorter, and the user's rows moved up by one.
  const ours = String(col[0]?.[0] ?? "").trim() === SUMMARY_TITLE && lastBuiltRows > 1;
  return { end: ours ? Math.min(lastBuiltRows - 1, last) : 0, last };
}

/**
 * Our block occupies rows 1…N (the marker is its last row). Rows below the old marker are the user's: the
 * block grows by inserting rows above them, shrinks by deleting its own rows, so they move but never change.
 */
function fitBlock(sheet: Sheet, rows: number, lastBuiltRows: number): void {
  const { end, last } = blockEnd(sheet, lastBuiltRows);
  if (!end) {
    // First build: what setup wrote (title, a line) is replaced; anything else a user typed moves below.
    if (last > 2) sheet.insertRowsBefore(1, rows);
    else if (last) sheet.getRange(1, 1, last, WIDTH).clearContent();
    if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    return;
  }
  if (end < rows) sheet.insertRowsAfter(end, rows - end);
  else if (end > rows) sheet.deleteRows(rows + 1, end - rows);
}

function chartTitle(c: Chart): string {
  return String(c.getOptions().get("title") ?? "");
}

function build(
  b: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  sheet: Sheet,
  spec: ChartSpec,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  b.clearRanges().setChartType(Charts.ChartType[spec.type]);
  for (const r of spec.ranges) b.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
  b.setNumHeaders(1).setPosition(spec.anchor.row, spec.anchor.column, 0, 0);
  for (const [k, v] of Object.entries(spec.options)) b.setOption(k, v);
  return b;
}

/** Each chart by its title: modified in place when there, inserted once when not; a second copy is removed. */
export function writeCharts(sheet: Sheet, specs: readonly ChartSpec[]): Chart[] {
  const existing = sheet.getCharts();
  const out: Chart[] = [];
  for (const spec of specs) {
    const same = existing.filter((c) => chartTitle(c) === spec.title);
    same.slice(1).forEach((c) => sheet.removeChart(c));
    if (same.length) sheet.updateChart(build(same[0].modify(), sheet, spec).build());
    else sheet.insertChart(build(sheet.newChart(), sheet, spec).build());
  }
  // One read back gives the charts as they are now (with their ids), for the Monday email's images.
  for (const c of sheet.getCharts()) if (specs.some((s) => s.title === chartTitle(c))) out.push(c);
  return out;
}

/** Values, formats and weights in one call each, over rows 1…N; the charts beside them. */
export function writeSummarySheet(sheet: Sheet, layout: SummarySheet, lastBuiltRows = 0): Chart[] {
  const n = layout.values.length;
  fitBlock(sheet, n, lastBuiltRows);
  const range = sheet.getRange(1, 1, n, WIDTH);
  range.setValues(layout.values);
  range.setNumberFormats(layout.formats);
  range.setFontWeights(layout.weights);
  return writeCharts(sheet, layout.charts);
}
