// A recorded chart's data, read from its ranges as Sheets does: the first column the domain, the others series.
import { parseA1 } from "./a1";
import { readDisplay, readValue, sheetState, type Where } from "./cells";
import type { ChartState } from "./state";
import type { ChartTable } from "./chart-render";

export function chartTable(where: Where, state: ChartState): ChartTable {
  if (state.options.transposeRowsAndColumns)
    throw new Error("Rendering a transposed chart is not implemented in the sandbox");
  const sheet = sheetState(where);
  const columns: { display: string[]; values: unknown[] }[] = [];
  for (const a1 of state.ranges) {
    const ref = parseA1(a1);
    if (!ref) throw new Error(`Chart range ${a1} is not A1 notation`);
    const endRow = ref.endRow ?? ref.row;
    const endCol = ref.endCol ?? ref.col;
    for (let c = ref.col; c <= endCol; c++) {
      const col = { display: [] as string[], values: [] as unknown[] };
      for (let r = ref.row; r <= endRow; r++) {
        col.display.push(readDisplay(where, sheet, r - 1, c - 1));
        col.values.push(readValue(where, sheet, r - 1, c - 1));
      }
      columns.push(col);
    }
  }
  if (columns.length < 2) throw new Error("A chart needs a domain column and at least one series");
  const given = Number(state.options.numHeaders ?? -1);
  // numHeaders -1 (not set) means Sheets guesses: a text first row above numbers is a header.
  const headers = given >= 0 ? given : typeof columns[1].values[0] === "number" ? 0 : 1;
  const n = Math.max(...columns.map((c) => c.values.length));
  const rows: ChartTable["rows"] = [];
  for (let r = headers; r < n; r++) {
    const label = columns[0].display[r] ?? "";
    if (label === "" && columns.slice(1).every((c) => c.values[r] === "" || c.values[r] === undefined))
      continue;
    rows.push({
      label,
      values: columns.slice(1).map((c) => (typeof c.values[r] === "number" ? (c.values[r] as number) : 0)),
    });
  }
  return {
    domain: headers ? columns[0].display[0] : "",
    series: columns.slice(1).map((c, i) => (headers ? c.display[0] : "") || `Series ${i + 1}`),
    rows,
  };
}
