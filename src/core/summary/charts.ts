// The Summary tab's three charts, beside the block: the funnel, leads in by source per week, and leads in vs won.
import { WIDTH } from "./sheet";

/** The column the charts start in: one blank column right of the block. */
export const CHART_COLUMN = WIDTH + 2;

export const CHART_TITLES = {
  funnel: "Funnel, last 90 days",
  bySource: "Leads in by source, per week",
  trend: "Leads in vs won, 12 weeks",
} as const;

export interface ChartSpec {
  title: string;
  type: "BAR" | "COLUMN" | "LINE";
  /** 1-based row, column and size of each range, in the Summary tab. */
  ranges: { row: number; column: number; numRows: number; numColumns: number }[];
  options: Record<string, unknown>;
  anchor: { row: number; column: number };
}

/** Where the tables the charts read sit: each header row (1-based) and how many rows or columns follow it. */
export interface ChartTables {
  funnelHeader: number;
  funnelRows: number;
  kindsHeader: number;
  kindColumns: number;
  flowHeader: number;
  weeks: number;
}

/** The charts, each reading its table in the block and anchored beside it. */
export function summaryCharts(t: ChartTables): ChartSpec[] {
  const table = (row: number, column: number, numRows: number, numColumns = 1) => ({
    row,
    column,
    numRows,
    numColumns,
  });
  return [
    {
      title: CHART_TITLES.funnel,
      type: "BAR",
      ranges: [table(t.funnelHeader, 1, t.funnelRows + 1, 2)],
      options: {
        title: CHART_TITLES.funnel,
        legend: { position: "none" },
        hAxis: { title: "Leads", minValue: 0 },
        series: { 0: { dataLabel: "value" } },
      },
      anchor: { row: 1, column: CHART_COLUMN },
    },
    {
      title: CHART_TITLES.bySource,
      type: "COLUMN",
      ranges: [table(t.kindsHeader, 1, t.weeks + 1, t.kindColumns + 1)],
      options: {
        title: CHART_TITLES.bySource,
        isStacked: true,
        legend: { position: "right" },
        vAxis: { title: "Leads in", minValue: 0 },
      },
      anchor: { row: 21, column: CHART_COLUMN },
    },
    {
      title: CHART_TITLES.trend,
      type: "LINE",
      ranges: [
        table(t.flowHeader, 1, t.weeks + 1),
        table(t.flowHeader, 2, t.weeks + 1),
        table(t.flowHeader, 6, t.weeks + 1),
      ],
      options: {
        title: CHART_TITLES.trend,
        legend: { position: "bottom" },
        vAxis: { title: "Leads", minValue: 0 },
      },
      anchor: { row: 41, column: CHART_COLUMN },
    },
  ];
}
