// The Summary tab as a rebuild writes it: the block's width, its title and keep-marker rows, its cells and charts.
import type { CellValue } from "../ledger/literal";
import type { ChartSpec } from "./charts";

/** Columns the block uses (A…I); the charts sit to the right of it. */
export const WIDTH = 9;
/** The line below which the user's own content is kept. */
export const KEEP_MARKER = "▼ Your own notes go below this line: the summary never changes them ▼";
/** The tab's first cell: how a rebuild knows the rows at the top are its own when the marker was deleted. */
export const SUMMARY_TITLE = "Lead Ledger summary";

export type Weight = "bold" | "normal";

export interface SummarySheet {
  values: CellValue[][];
  formats: string[][];
  weights: Weight[][];
  charts: ChartSpec[];
}
