// The Range fake's text layout: wrapping and rich text (a link over a cell's whole text).
import { cellAt, cellFor, type CellState } from "./state";
import { RangeFormatting } from "./range-format";
import type { GRange } from "./range-base";
import { makeRichText, RichTextValueFake, type GRichText } from "./rich-text";

export class RangeText extends RangeFormatting {
  setWrap(isWrapEnabled: boolean): GRange {
    const sheet = this.call("setWrap");
    this.grid((r, c) => (isWrapEnabled ? (cellFor(sheet, r, c).wrap = true) : cellAt(sheet, r, c) && delete cellFor(sheet, r, c).wrap));
    return this.self();
  }

  getWrap(): boolean {
    const sheet = this.call("getWrap");
    return !!cellAt(sheet, this.row - 1, this.col - 1)?.wrap;
  }

  getWraps(): boolean[][] {
    const sheet = this.call("getWraps");
    return this.grid((r, c) => !!cellAt(sheet, r, c)?.wrap);
  }

  setRichTextValues(values: GRichText[][]): GRange {
    const sheet = this.call("setRichTextValues");
    const data = this.checkShape(values) as unknown[][];
    this.grid((r, c) => {
      const v = data[r - this.row + 1][c - this.col + 1];
      if (!(v instanceof RichTextValueFake))
        throw new Error("The parameters (Object[][]) don't match the method signature for SpreadsheetApp.Range.setRichTextValues.");
      writeRich(cellFor(sheet, r, c), v);
    });
    return this.self();
  }

  setRichTextValue(value: GRichText): GRange {
    const sheet = this.call("setRichTextValue");
    if (!(value instanceof RichTextValueFake))
      throw new Error("The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setRichTextValue.");
    this.grid((r, c) => writeRich(cellFor(sheet, r, c), value));
    return this.self();
  }

  getRichTextValues(): (GRichText | null)[][] {
    const sheet = this.call("getRichTextValues");
    return this.grid((r, c) => richOf(cellAt(sheet, r, c)));
  }

  getRichTextValue(): GRichText | null {
    const sheet = this.call("getRichTextValue");
    return richOf(cellAt(sheet, this.row - 1, this.col - 1));
  }
}

/** Rich text is always text: it is never read as a formula or a number. */
function writeRich(cell: CellState, value: RichTextValueFake): void {
  delete cell.f;
  cell.v = value.text;
  if (!value.text) delete cell.v;
  if (value.link) cell.link = value.link;
  else delete cell.link;
}

/** Google gives null for a cell whose value is not text (a number, a date, a formula's result). */
function richOf(cell: CellState | null | undefined): GRichText | null {
  if (cell?.f !== undefined || (cell?.v !== undefined && typeof cell.v !== "string")) return null;
  return makeRichText(typeof cell?.v === "string" ? cell.v : "", cell?.link ?? null);
}
