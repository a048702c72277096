// The Summary tab's cells built row by row: each row's values (written literally), number formats and weight.
import { toCell, type CellValue } from "../ledger/literal";
import { WIDTH, type Weight } from "./sheet";

/** Number formats of the summary's cells. */
export const F = {
  int: "0",
  change: "+0;-0;0",
  avg: "0.0",
  pct: "0%",
  hours: "0.0",
  week: "d mmm yyyy",
  text: "@",
  any: "",
};

/** A formula the summary itself writes (only our own text and numbers inside): never made from outside text. */
export class OwnFormula {
  constructor(readonly text: string) {}
}
type Cell = CellValue | OwnFormula | null;

/** The block being built: one entry per row in each of values, formats and weights. */
export class Grid {
  values: CellValue[][] = [];
  formats: string[][] = [];
  weights: Weight[][] = [];
  /** Appends a row (values written literally: names from outside stay text); returns its 1-based number. */
  row(cells: Cell[], formats: string[] = [], bold = false): number {
    const v: CellValue[] = [];
    const f: string[] = [];
    for (let i = 0; i < WIDTH; i++) {
      const c = cells[i];
      v.push(c instanceof OwnFormula ? c.text : toCell(c));
      f.push(formats[i] ?? (typeof c === "number" ? F.int : F.any));
    }
    this.values.push(v);
    this.formats.push(f);
    this.weights.push(new Array<Weight>(WIDTH).fill(bold ? "bold" : "normal"));
    return this.values.length;
  }
  heading(text: string): number {
    if (this.values.length) this.row([]);
    return this.row([text], [], true);
  }
}
