// Embedded charts: Sheet.newChart()'s builder and the chart it builds, recorded with type, ranges and options.
import { strict } from "../strict";
import type { ChartState } from "./state";
import type { Where } from "./cells";
import { rangeRef, toRange } from "./conditional";
import { chartTable } from "./chart-data";
import { renderChartPng, vegaLiteSpec } from "./chart-render";
import { SandboxBlob } from "../base/blob";

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** The Charts global's enums the spreadsheet side uses. */
export const CHART_TYPES = [
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
];

const charts = new WeakMap<object, ChartState>();

function copy(c: ChartState): ChartState {
  return { ...c, ranges: [...c.ranges], options: { ...c.options }, position: { ...c.position } };
}

export function chartOf(chart: GChart): ChartState {
  const state = charts.get(chart as object);
  if (!state)
    throw new Error(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.insertChart.",
    );
  return copy(state);
}

export function makeChartBuilder(where: Where, from?: ChartState): GBuilder {
  const state: ChartState = from
    ? copy(from)
    : { id: 0, type: "", ranges: [], options: {}, position: { row: 1, col: 1, offsetX: 0, offsetY: 0 } };
  const call = (m: string): void => where.kernel.call(`SpreadsheetApp.EmbeddedChartBuilder.${m}`);
  const a1 = (r: GRange): string => rangeRef(r, "SpreadsheetApp.EmbeddedChartBuilder.addRange").a1;
  const b = {
    addRange: (range: GRange) => (call("addRange"), state.ranges.push(a1(range)), self),
    removeRange: (range: GRange) => (
      call("removeRange"),
      (state.ranges = state.ranges.filter((r) => r !== a1(range))),
      self
    ),
    clearRanges: () => (call("clearRanges"), (state.ranges = []), self),
    setChartType: (type: GoogleAppsScript.Charts.ChartType) => (
      call("setChartType"),
      (state.type = String(type)),
      self
    ),
    getChartType: () => (call("getChartType"), state.type),
    getRanges: () => (call("getRanges"), state.ranges.map((s) => toRange({ where, a1: s }))),
    setOption: (option: string, value: unknown) => (call("setOption"), (state.options[option] = value), self),
    setNumHeaders: (n: number) => (call("setNumHeaders"), (state.options.numHeaders = n), self),
    setTransposeRowsAndColumns: (t: boolean) => (
      call("setTransposeRowsAndColumns"),
      (state.options.transposeRowsAndColumns = t),
      self
    ),
    setPosition: (row: number, col: number, offsetX: number, offsetY: number) => (
      call("setPosition"),
      (state.position = { row, col, offsetX, offsetY }),
      self
    ),
    build(): GChart {
      call("build");
      if (!state.type) throw new Error("A chart type must be set before the chart is built.");
      return makeChart(where, copy(state));
    },
  };
  const self = strict(
    b,
    "spreadsheet",
    "EmbeddedChartBuilder",
    "SpreadsheetApp.EmbeddedChartBuilder",
  ) as unknown as GBuilder;
  return self;
}

export function makeChart(where: Where, state: ChartState): GChart {
  const call = (m: string): void => where.kernel.call(`SpreadsheetApp.EmbeddedChart.${m}`);
  const chart = strict(
    {
      getChartId: () => (call("getChartId"), state.id || null),
      getRanges: () => (call("getRanges"), state.ranges.map((s) => toRange({ where, a1: s }))),
      getNumHeaders: () => (call("getNumHeaders"), (state.options.numHeaders as number) ?? -1),
      getTransposeRowsAndColumns: () => (
        call("getTransposeRowsAndColumns"),
        !!state.options.transposeRowsAndColumns
      ),
      getOptions: () => (call("getOptions"), { get: (option: string) => state.options[option] ?? null }),
      modify: (): GBuilder => (call("modify"), makeChartBuilder(where, state)),
      getId: () => (call("getId"), state.id ? `u${state.id}` : null),
      getAs: (contentType: string) => (call("getAs"), chartBlob(where, state, contentType)),
      getBlob: () => (call("getBlob"), chartBlob(where, state, "image/png")),
    },
    "spreadsheet",
    "EmbeddedChart",
    "SpreadsheetApp.EmbeddedChart",
  );
  charts.set(chart, state);
  return chart as unknown as GChart;
}

/** The chart drawn from its sheet's current values (as Google renders it on request); PNG only. */
export function chartPng(where: Where, state: ChartState): Uint8Array {
  return renderChartPng(vegaLiteSpec(state.type, chartTable(where, state), state.options));
}

function chartBlob(where: Where, state: ChartState, contentType: string): GoogleAppsScript.Base.Blob {
  if (contentType !== "image/png")
    throw new Error(`EmbeddedChart.getAs(${contentType}) is not implemented in the sandbox (image/png is)`);
  const title =
    typeof state.options.title === "string" && state.options.title ? state.options.title : "Chart";
  return new SandboxBlob(where.kernel, chartPng(where, state), "image/png", `${title}.png`);
}
