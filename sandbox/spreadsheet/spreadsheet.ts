// SpreadsheetApp.Spreadsheet: a workbook; its tabs, time zone, url and toasts.
import { notImplemented, type Kernel } from "../kernel";
import { strict } from "../strict";
import { parseA1 } from "./a1";
import { activeSheetOf, newSheetState, sheetsState, type SpreadsheetState } from "./state";
import { ERRORS, bookState } from "./cells";
import { makeSheet, rangeFromA1 } from "./sheet";

type GBook = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type Implemented =
  | "getId"
  | "getName"
  | "rename"
  | "getSheets"
  | "getSheetByName"
  | "getSheetById"
  | "insertSheet"
  | "deleteSheet"
  | "getNumSheets"
  | "getSpreadsheetTimeZone"
  | "setSpreadsheetTimeZone"
  | "getSpreadsheetLocale"
  | "getUrl"
  | "toast"
  | "getActiveSheet"
  | "setActiveSheet"
  | "getRange";

export class FakeSpreadsheet implements Pick<GBook, Implemented> {
  constructor(
    readonly kernel: Kernel,
    readonly bookId: string,
  ) {}

  private call(method: string): SpreadsheetState {
    this.kernel.call(`SpreadsheetApp.Spreadsheet.${method}`);
    return bookState(this.kernel, this.bookId);
  }

  private sheet(id: number): GSheet {
    return makeSheet({ kernel: this.kernel, bookId: this.bookId, sheetId: id });
  }

  getId(): string {
    return this.call("getId").id;
  }

  getName(): string {
    return this.call("getName").name;
  }

  rename(newName: string): void {
    this.call("rename").name = newName;
  }

  getSheets(): GSheet[] {
    return this.call("getSheets").sheets.map((s) => this.sheet(s.id));
  }

  getNumSheets(): number {
    return this.call("getNumSheets").sheets.length;
  }

  getSheetByName(name: string): GSheet | null {
    const found = this.call("getSheetByName").sheets.find(
      (s) => s.name.toLowerCase() === String(name).toLowerCase(),
    );
    return found ? this.sheet(found.id) : null;
  }

  getSheetById(id: number): GSheet | null {
    const found = this.call("getSheetById").sheets.find((s) => s.id === id);
    return found ? this.sheet(found.id) : null;
  }

  insertSheet(a?: string | number | { template?: GSheet }, b?: number | { template?: GSheet }): GSheet {
    const book = this.call("insertSheet");
    if (typeof a === "object" || typeof b === "object") return notBuilt("insertSheet(options)");
    let name = typeof a === "string" ? a : undefined;
    const index = typeof a === "number" ? a : b;
    if (name === undefined) {
      let n = book.sheets.length + 1;
      while (book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (book.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase()))
      throw new Error(ERRORS.sheetExists(name));
    const all = sheetsState(this.kernel);
    const state = newSheetState(all.nextId++, name);
    const at = index === undefined ? book.sheets.length : Math.max(0, Math.min(index, book.sheets.length));
    book.sheets.splice(at, 0, state);
    return this.sheet(state.id);
  }

  deleteSheet(sheet: GSheet): void {
    const book = this.call("deleteSheet");
    const id = (sheet as unknown as { where?: { sheetId: number } }).where?.sheetId;
    const i = book.sheets.findIndex((s) => s.id === id);
    if (i < 0) throw new Error(ERRORS.sheetGone);
    if (book.sheets.length === 1) throw new Error(ERRORS.lastSheet);
    book.sheets.splice(i, 1);
  }

  getSpreadsheetTimeZone(): string {
    return this.call("getSpreadsheetTimeZone").timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    const book = this.call("setSpreadsheetTimeZone");
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    } catch {
      throw new Error(`Invalid argument: ${timezone}`);
    }
    book.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.call("getSpreadsheetLocale").locale;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.call("getUrl").id}/edit`;
  }

  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.call("toast").toasts.push({ message: String(msg), title: title ?? "" });
  }

  getActiveSheet(): GSheet {
    return this.sheet(activeSheetOf(this.call("getActiveSheet")).id);
  }

  setActiveSheet(sheet: GSheet): GSheet {
    const book = this.call("setActiveSheet");
    const id = (sheet as unknown as { where?: { sheetId: number } }).where?.sheetId;
    if (!book.sheets.some((s) => s.id === id)) throw new Error(ERRORS.sheetGone);
    book.activeSheetId = id;
    return sheet;
  }

  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const book = this.call("getRange");
    const ref = parseA1(a1Notation);
    const target =
      ref?.sheet === undefined
        ? book.sheets[0]
        : book.sheets.find((s) => s.name.toLowerCase() === ref.sheet!.toLowerCase());
    if (!ref || !target) throw new Error(ERRORS.rangeNotFound);
    return rangeFromA1({ kernel: this.kernel, bookId: this.bookId, sheetId: target.id }, target, {
      ...ref,
      sheet: undefined,
    });
  }
}

function notBuilt(what: string): never {
  return notImplemented(`SpreadsheetApp.Spreadsheet.${what}`);
}

export function makeSpreadsheet(kernel: Kernel, bookId: string): GBook {
  return strict(
    new FakeSpreadsheet(kernel, bookId),
    "spreadsheet",
    "Spreadsheet",
    "SpreadsheetApp.Spreadsheet",
  ) as unknown as GBook;
}

/** Creates a workbook with one empty "Sheet1" tab. */
export function createBook(
  kernel: Kernel,
  name: string,
  rows?: number,
  cols?: number,
  timeZone = "America/New_York",
): SpreadsheetState {
  const all = sheetsState(kernel);
  let id = `sandbox-sheet-${(all.nextId++).toString(36).padStart(6, "0")}`;
  while (all.books[id]) id = `sandbox-sheet-${(all.nextId++).toString(36).padStart(6, "0")}`;
  const book: SpreadsheetState = {
    id,
    name,
    timeZone,
    locale: "en_US",
    sheets: [newSheetState(all.nextId++, "Sheet1", rows, cols)],
    toasts: [],
  };
  all.books[id] = book;
  return book;
}
