// The SpreadsheetApp and Charts globals: opening and creating workbooks, builders, enums, flush and the Ui.
import { makeRichTextBuilder } from "./rich-text";
import type { Kernel } from "../kernel";
import { strict, declaredEnums } from "../strict";
import { activeSheetOf, sheetsState } from "./state";
import { ERRORS, bookState } from "./cells";
import { createBook, makeSpreadsheet } from "./spreadsheet";
import { makeSheet } from "./sheet";
import { makeValidationBuilder } from "./validation";
import { makeRuleBuilder } from "./conditional";
import { makeFilterCriteriaBuilder } from "./filter";
import { sheetsRuntime } from "./control";
import { makeUi } from "./ui";

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GBook = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The workbook the script is bound to, created (empty, "Sheet1") on first use. */
export function activeBookId(kernel: Kernel): string {
  const all = sheetsState(kernel);
  if (!all.activeId || !all.books[all.activeId]) all.activeId = createBook(kernel, "Untitled spreadsheet").id;
  return all.activeId;
}

export function createSpreadsheetApp(kernel: Kernel): GApp {
  const call = (m: string): void => kernel.call(`SpreadsheetApp.${m}`);
  const app = {
    ...declaredEnums("spreadsheet"),
    getActiveSpreadsheet: (): GBook => (
      call("getActiveSpreadsheet"),
      makeSpreadsheet(kernel, activeBookId(kernel))
    ),
    getActive: (): GBook => (call("getActive"), makeSpreadsheet(kernel, activeBookId(kernel))),
    getActiveSheet: () => {
      call("getActiveSheet");
      const id = activeBookId(kernel);
      return makeSheet({ kernel, bookId: id, sheetId: activeSheetOf(bookState(kernel, id)).id });
    },
    openById: (id: string): GBook => {
      call("openById");
      if (!sheetsState(kernel).books[id]) throw new Error(ERRORS.noSpreadsheet("openById"));
      return makeSpreadsheet(kernel, id);
    },
    openByUrl: (url: string): GBook => {
      call("openByUrl");
      const id = /\/d\/([\w-]+)/.exec(url)?.[1];
      if (!id || !sheetsState(kernel).books[id]) throw new Error(ERRORS.noSpreadsheet("openByUrl"));
      return makeSpreadsheet(kernel, id);
    },
    create: (name: string, rows?: number, columns?: number): GBook => {
      call("create");
      return makeSpreadsheet(kernel, createBook(kernel, name, rows, columns).id);
    },
    flush: (): void => call("flush"),
    newDataValidation: () => (call("newDataValidation"), makeValidationBuilder(kernel)),
    newConditionalFormatRule: () => (call("newConditionalFormatRule"), makeRuleBuilder(kernel)),
    // Building rich text is local in Apps Script (no round trip): not a counted call.
    newRichTextValue: () => makeRichTextBuilder(),
    newFilterCriteria: () => (call("newFilterCriteria"), makeFilterCriteriaBuilder(kernel)),
    getUi: () => {
      call("getUi");
      // A Workspace add-on has no simple triggers, no menu and no container UI: getUi() always fails there.
      const addon = (kernel.state.account as { deployment?: string } | undefined)?.deployment === "addon";
      if (addon || !sheetsRuntime(kernel).uiAvailable) throw new Error(ERRORS.ui);
      return makeUi(kernel);
    },
  };
  return strict(app, "spreadsheet", "SpreadsheetApp", "SpreadsheetApp") as unknown as GApp;
}

export function createCharts(kernel: Kernel): unknown {
  void kernel;
  return strict({ ...declaredEnums("charts") }, "charts", "Charts", "Charts");
}
