// The common ground of SpreadsheetApp.Sheet's fake, and its rules, charts and filter side.
import type { SheetState } from "./state";
import { sheetState, type Where } from "./cells";
import { makeRule, ruleOf } from "./conditional";
import { makeFilter, rowHiddenByFilter } from "./filter";
import { chartOf, makeChart, makeChartBuilder } from "./charts";

export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SheetExtras {
  constructor(readonly where: Where) {}

  protected call(method: string): SheetState {
    this.where.kernel.call(`SpreadsheetApp.Sheet.${method}`);
    return sheetState(this.where);
  }

  protected self(): GSheet {
    return this as unknown as GSheet;
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return this.call("getFilter").filter ? makeFilter(this.where) : null;
  }

  isRowHiddenByFilter(rowPosition: number): boolean {
    return rowHiddenByFilter(this.where, this.call("isRowHiddenByFilter"), rowPosition);
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    const sheet = this.call("getConditionalFormatRules");
    return sheet.rules.map((r) => makeRule(this.where, r));
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const sheet = this.call("setConditionalFormatRules");
    sheet.rules = rules.map((r) => ruleOf(r, sheet));
  }

  clearConditionalFormatRules(): void {
    this.call("clearConditionalFormatRules").rules = [];
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.call("newChart");
    return makeChartBuilder(this.where);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const sheet = this.call("insertChart");
    const state = chartOf(chart);
    state.id = Math.max(0, ...sheet.charts.map((c) => c.id)) + 1;
    sheet.charts.push(state);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    const sheet = this.call("getCharts");
    return sheet.charts.map((c) => makeChart(this.where, c));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const sheet = this.call("removeChart");
    const id = chartOf(chart).id;
    sheet.charts = sheet.charts.filter((c) => c.id !== id);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const sheet = this.call("updateChart");
    const state = chartOf(chart);
    const i = sheet.charts.findIndex((c) => c.id === state.id);
    if (i < 0) throw new Error("The chart you are trying to update does not exist on this sheet.");
    sheet.charts[i] = state;
  }
}
