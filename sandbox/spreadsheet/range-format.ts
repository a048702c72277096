// SpreadsheetApp.Range's formatting side: number formats, data validation, font weight, backgrounds, clearing.
import { cellAt, cellFor } from "./state";
import { makeValidation, validationOf } from "./validation";
import { RangeBase, clearContentOf, clearFormatOf, type GRange } from "./range-base";

const AUTO_FORMAT = "0.###############";

export class RangeFormatting extends RangeBase {
  setNumberFormat(numberFormat: string): GRange {
    const sheet = this.call("setNumberFormat");
    this.grid((r, c) => (cellFor(sheet, r, c).nf = numberFormat));
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    const sheet = this.call("setNumberFormats");
    const data = this.checkShape(numberFormats);
    this.grid((r, c) => (cellFor(sheet, r, c).nf = String(data[r - this.row + 1][c - this.col + 1])));
    return this.self();
  }

  getNumberFormat(): string {
    const sheet = this.call("getNumberFormat");
    return cellAt(sheet, this.row - 1, this.col - 1)?.nf ?? AUTO_FORMAT;
  }

  getNumberFormats(): string[][] {
    const sheet = this.call("getNumberFormats");
    return this.grid((r, c) => cellAt(sheet, r, c)?.nf ?? AUTO_FORMAT);
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const sheet = this.call("setDataValidation");
    const state = rule ? validationOf(rule) : undefined;
    this.grid((r, c) => {
      if (state) cellFor(sheet, r, c).dv = state;
      else if (cellAt(sheet, r, c)) delete cellFor(sheet, r, c).dv;
    });
    return this.self();
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    const sheet = this.call("setDataValidations");
    const data = this.checkShape(rules) as (GoogleAppsScript.Spreadsheet.DataValidation | null)[][];
    this.grid((r, c) => {
      const rule = data[r - this.row + 1][c - this.col + 1];
      if (rule) cellFor(sheet, r, c).dv = validationOf(rule);
      else if (cellAt(sheet, r, c)) delete cellFor(sheet, r, c).dv;
    });
    return this.self();
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const sheet = this.call("getDataValidation");
    const dv = cellAt(sheet, this.row - 1, this.col - 1)?.dv;
    return dv ? makeValidation(this.where.kernel, dv) : null;
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    const sheet = this.call("getDataValidations");
    return this.grid((r, c) => {
      const dv = cellAt(sheet, r, c)?.dv;
      return dv ? makeValidation(this.where.kernel, dv) : null;
    });
  }

  clearDataValidations(): GRange {
    const sheet = this.call("clearDataValidations");
    this.grid((r, c) => cellAt(sheet, r, c) && delete cellFor(sheet, r, c).dv);
    return this.self();
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): GRange {
    const sheet = this.call("clear");
    const all = !options || (!options.contentsOnly && !options.formatOnly && !options.validationsOnly);
    this.grid((r, c) => {
      const cell = cellAt(sheet, r, c);
      if (!cell) return;
      if (all || options?.contentsOnly) clearContentOf(cell);
      if (all || options?.formatOnly) clearFormatOf(cell);
      if (all || options?.validationsOnly) delete cell.dv;
    });
    return this.self();
  }

  clearContent(): GRange {
    const sheet = this.call("clearContent");
    this.grid((r, c) => {
      const cell = cellAt(sheet, r, c);
      if (cell) clearContentOf(cell);
    });
    return this.self();
  }

  clearFormat(): GRange {
    const sheet = this.call("clearFormat");
    this.grid((r, c) => {
      const cell = cellAt(sheet, r, c);
      if (cell) clearFormatOf(cell);
    });
    return this.self();
  }

  setFontWeight(fontWeight: string | null): GRange {
    const sheet = this.call("setFontWeight");
    this.grid((r, c) =>
      fontWeight && fontWeight !== "normal"
        ? (cellFor(sheet, r, c).fw = fontWeight)
        : cellAt(sheet, r, c) && delete cellFor(sheet, r, c).fw,
    );
    return this.self();
  }

  setFontWeights(fontWeights: (string | null)[][]): GRange {
    const sheet = this.call("setFontWeights");
    const data = this.checkShape(fontWeights);
    this.grid((r, c) => {
      const w = data[r - this.row + 1][c - this.col + 1];
      if (w && w !== "normal") cellFor(sheet, r, c).fw = String(w);
      else if (cellAt(sheet, r, c)) delete cellFor(sheet, r, c).fw;
    });
    return this.self();
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    const sheet = this.call("getFontWeight");
    return (cellAt(sheet, this.row - 1, this.col - 1)?.fw ??
      "normal") as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    const sheet = this.call("getFontWeights");
    return this.grid(
      (r, c) => (cellAt(sheet, r, c)?.fw ?? "normal") as GoogleAppsScript.Spreadsheet.FontWeight,
    );
  }

  setBackground(color: string | null): GRange {
    const sheet = this.call("setBackground");
    this.grid((r, c) =>
      color ? (cellFor(sheet, r, c).bg = color) : cellAt(sheet, r, c) && delete cellFor(sheet, r, c).bg,
    );
    return this.self();
  }

  getBackground(): string {
    const sheet = this.call("getBackground");
    return cellAt(sheet, this.row - 1, this.col - 1)?.bg ?? "#ffffff";
  }

  getBackgrounds(): string[][] {
    const sheet = this.call("getBackgrounds");
    return this.grid((r, c) => cellAt(sheet, r, c)?.bg ?? "#ffffff");
  }
}
